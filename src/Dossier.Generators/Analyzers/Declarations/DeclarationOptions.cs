using System;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// Reads <c>dossier.required_fields</c>, the fields PII004 requires. Unknown values fall back to the
/// defaults, so a typo in a configuration file never turns a rule off by accident.
/// </summary>
internal static class DeclarationOptions
{
    public const string RequiredFieldsKey = "dossier.required_fields";

    /// <summary>
    /// The fields PII004 requires, as argument names: <c>Purpose</c> and <c>LegalBasis</c> by default,
    /// <c>Retention</c> when configured. Accepts <c>purpose, legal_basis, retention</c> and the argument names.
    /// </summary>
    public static RequiredFields RequiredFields(AnalyzerConfigOptionsProvider options, SyntaxTree? tree)
    {
        var value = OptionValues.ForFile(options, tree, RequiredFieldsKey);
        if (value is null)
        {
            return Declarations.RequiredFields.Default;
        }

        var result = Declarations.RequiredFields.None;
        var recognised = false;
        foreach (var item in OptionValues.SplitList(value))
        {
            switch (item.Replace("_", string.Empty).ToLowerInvariant())
            {
                case "purpose": result |= Declarations.RequiredFields.Purpose; recognised = true; break;
                case "legalbasis": result |= Declarations.RequiredFields.LegalBasis; recognised = true; break;
                case "retention": result |= Declarations.RequiredFields.Retention; recognised = true; break;
                case "none": recognised = true; break;
            }
        }

        return recognised ? result : Declarations.RequiredFields.Default;
    }
}

/// <summary>The inventory fields PII004 requires.</summary>
[Flags]
internal enum RequiredFields
{
    None = 0,
    Purpose = 1,
    LegalBasis = 2,
    Retention = 4,
    Default = Purpose | LegalBasis,
}
