using System;
using System.Collections.Generic;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Common;

/// <summary>
/// One <c>[assembly: ProcessingActivity]</c> as plain values. Enum arguments are kept as numbers; out-of-range
/// values are for PII008 to report.
/// </summary>
/// <param name="Name">The name members use in <c>Activities</c>.</param>
/// <param name="HasRecipientsArgument">Whether <c>Recipients</c> was written (even empty).</param>
/// <param name="FilePath">
/// The file the declaration is written in, whose <c>.editorconfig</c> values PII004 judges it by (and so does the
/// inventory's gap); <c>null</c> for a declaration read from metadata.
/// </param>
internal sealed record ActivityDeclaration(
    string Name,
    string? Purpose,
    int LegalBasis,
    string? Retention,
    EquatableArray<string> Recipients,
    bool HasRecipientsArgument,
    EquatableArray<string> DataSubjects,
    string? SecurityMeasures,
    string? FilePath = null);

/// <summary>
/// Reads the <c>[assembly: ProcessingActivity]</c> declarations of an assembly: one reader for the generator (the
/// inventory, the generated export) and the analyzers (PII004, PII008 and the activity rules), so they agree on
/// what is declared. Activities are declared in the assembly whose members name them; a referenced assembly's
/// declarations are not read (each assembly's inventory is its own record).
/// </summary>
internal static class ActivityDeclarations
{
    /// <summary>
    /// The assembly's declarations with a usable name, first one per name, in declaration order. Blank and repeated
    /// names are left out here; the analyzers report them (PII008).
    /// </summary>
    public static EquatableArray<ActivityDeclaration> Read(IAssemblySymbol assembly)
    {
        var declared = new List<ActivityDeclaration>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in assembly.GetAttributes())
        {
            if (Read(attribute) is { } activity && IsName(activity.Name) && names.Add(activity.Name))
            {
                declared.Add(activity);
            }
        }

        return declared.ToEquatableArray();
    }

    /// <summary>The declaration an attribute makes, or <c>null</c> when it is not a <c>[ProcessingActivity]</c>.</summary>
    public static ActivityDeclaration? Read(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { } type || !AttributeReader.Is(type, KnownNames.ProcessingActivityAttribute))
        {
            return null;
        }

        var name = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Primitive
            ? attribute.ConstructorArguments[0].Value as string ?? string.Empty
            : string.Empty;
        string? purpose = null, retention = null, security = null;
        var legalBasis = 0;
        var hasRecipients = false;
        EquatableArray<string> recipients = EquatableArray<string>.Empty, subjects = EquatableArray<string>.Empty;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Purpose": purpose = named.Value.Kind == TypedConstantKind.Primitive ? named.Value.Value as string : null; break;
                case "LegalBasis": legalBasis = named.Value.Kind == TypedConstantKind.Enum && named.Value.Value is int value ? value : 0; break;
                case "Retention": retention = named.Value.Kind == TypedConstantKind.Primitive ? named.Value.Value as string : null; break;
                case "SecurityMeasures": security = named.Value.Kind == TypedConstantKind.Primitive ? named.Value.Value as string : null; break;
                case "Recipients": hasRecipients = true; recipients = AttributeReader.AsStrings(named.Value); break;
                case "DataSubjects": subjects = AttributeReader.AsStrings(named.Value); break;
            }
        }

        return new ActivityDeclaration(name, purpose, legalBasis, retention, recipients, hasRecipients, subjects, security,
            attribute.ApplicationSyntaxReference?.SyntaxTree.FilePath);
    }

    /// <summary>Whether a name can name an activity: not blank.</summary>
    public static bool IsName(string? name) => !string.IsNullOrWhiteSpace(name);
}
