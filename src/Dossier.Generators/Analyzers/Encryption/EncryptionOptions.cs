using System.Collections.Generic;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Encryption;

/// <summary>
/// Reads PII001's <c>.editorconfig</c> keys. An unknown scope keeps the default, so a typo in a configuration file
/// never turns the rule off by accident.
/// </summary>
internal static class EncryptionOptions
{
    public const string EncryptionRequiredKey = "dossier.encryption_required";
    public const string EncryptedTypesKey = "dossier.encrypted_types";

    /// <summary>Which tagged members PII001 requires to be encrypted at rest; <see cref="CategoryScope.Sensitive"/> by default.</summary>
    public static CategoryScope EncryptionRequired(AnalyzerConfigOptionsProvider options, SyntaxTree? tree) =>
        CategoryPolicy.Parse(OptionValues.ForFile(options, tree, EncryptionRequiredKey), CategoryScope.Sensitive);

    /// <summary>The full names of wrapper types that encrypt what they hold, e.g. <c>Acme.Security.EncryptedString</c>.</summary>
    public static IReadOnlyCollection<string> EncryptedTypes(AnalyzerConfigOptionsProvider options, SyntaxTree? tree) =>
        OptionValues.SplitList(OptionValues.ForFile(options, tree, EncryptedTypesKey));
}
