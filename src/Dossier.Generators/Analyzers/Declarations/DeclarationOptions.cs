using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>Which tagged members PII001 requires to be encrypted at rest (<c>dossier.encryption_required</c>).</summary>
internal enum EncryptionRequirement
{
    /// <summary>The GDPR Art. 9 special categories and Art. 10 criminal data.</summary>
    Special,
    /// <summary>The special categories plus government ids, financial data and credentials (the default).</summary>
    Sensitive,
    /// <summary>Every tagged member.</summary>
    All,
    /// <summary>No member: PII001 is off.</summary>
    None,
}

/// <summary>
/// Reads the <c>dossier.*</c> <c>.editorconfig</c> keys of the declaration rules. Unknown values fall back to the
/// defaults, so a typo in a configuration file never turns a rule off by accident.
/// </summary>
internal static class DeclarationOptions
{
    public const string EncryptionRequiredKey = "dossier.encryption_required";
    public const string EncryptedTypesKey = "dossier.encrypted_types";
    public const string RequiredFieldsKey = "dossier.required_fields";

    public static EncryptionRequirement EncryptionRequired(AnalyzerOptions options, SyntaxTree? tree) =>
        Read(options, tree, EncryptionRequiredKey)?.Trim().ToLowerInvariant() switch
        {
            "special" => EncryptionRequirement.Special,
            "all" => EncryptionRequirement.All,
            "none" => EncryptionRequirement.None,
            _ => EncryptionRequirement.Sensitive,
        };

    /// <summary>The full names of wrapper types that encrypt what they hold, e.g. <c>Acme.Security.EncryptedString</c>.</summary>
    public static IReadOnlyCollection<string> EncryptedTypes(AnalyzerOptions options, SyntaxTree? tree) =>
        SplitList(Read(options, tree, EncryptedTypesKey));

    /// <summary>
    /// The fields PII004 requires, as argument names: <c>Purpose</c> and <c>LegalBasis</c> by default,
    /// <c>Retention</c> when configured. Accepts <c>purpose, legal_basis, retention</c> and the argument names.
    /// </summary>
    public static RequiredFields RequiredFields(AnalyzerOptions options, SyntaxTree? tree)
    {
        var value = Read(options, tree, RequiredFieldsKey);
        if (value is null)
        {
            return Declarations.RequiredFields.Default;
        }

        var result = Declarations.RequiredFields.None;
        var recognised = false;
        foreach (var item in SplitList(value))
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

    /// <summary>The value of <paramref name="key"/> for <paramref name="tree"/>, or the global one, or <c>null</c>.</summary>
    public static string? Read(AnalyzerOptions options, SyntaxTree? tree, string key)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (tree is not null && provider.GetOptions(tree).TryGetValue(key, out var local))
        {
            return local;
        }

        return provider.GlobalOptions.TryGetValue(key, out var global) ? global : null;
    }

    private static IReadOnlyCollection<string> SplitList(string? value)
    {
        var result = new List<string>();
        if (value is null)
        {
            return result;
        }

        foreach (var part in value.Split(new[] { ',', ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            result.Add(part.Trim());
        }

        return result;
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
