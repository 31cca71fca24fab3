using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Declarations;

/// <summary>
/// PII008: writes a retention in its ISO 8601 form where the analyzer could derive one ("2 years" → <c>P2Y</c>);
/// for <c>Erasure.Retain</c> without a reason, either adds a <c>RetentionReason</c> to fill in or erases the data
/// with <c>Erasure.Delete</c> instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidArgumentCodeFix)), Shared]
public sealed class InvalidArgumentCodeFix : AttributeCodeFix
{
    /// <summary>The equivalence key of "write the retention as ISO 8601".</summary>
    public const string RewriteRetentionKey = "Dossier.RewriteRetention";
    /// <summary>The equivalence key of "add a RetentionReason to fill in".</summary>
    public const string AddRetentionReasonKey = "Dossier.AddRetentionReason";
    /// <summary>The equivalence key of "erase with Erasure.Delete instead of retaining".</summary>
    public const string DeleteInsteadKey = "Dossier.DeleteInsteadOfRetain";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidArgument.Id);

    /// <inheritdoc/>
    private protected override IEnumerable<AttributeEdit> Edits(Diagnostic diagnostic, AttributeSyntax attribute)
    {
        if (!diagnostic.Properties.TryGetValue(InvalidArgumentAnalyzer.ProblemKey, out var problem))
        {
            yield break;
        }

        if (problem == InvalidArgumentAnalyzer.RetentionNotIso &&
            diagnostic.Properties.TryGetValue(InvalidArgumentAnalyzer.SuggestionKey, out var suggestion) && suggestion is not null &&
            AttributeEditing.NamedArgument(attribute, "Retention") is not null)
        {
            yield return new AttributeEdit($"Write Retention = \"{suggestion}\"",
                a => AttributeEditing.SetNamedArgument(a, "Retention", AttributeEditing.StringLiteral(suggestion)), RewriteRetentionKey);
        }
        else if (problem == InvalidArgumentAnalyzer.RetainWithoutReason && AttributeEditing.NamedArgument(attribute, "Erasure") is not null)
        {
            yield return new AttributeEdit("Add a RetentionReason to fill in", AddReason, AddRetentionReasonKey);
            yield return new AttributeEdit("Erase it instead: Erasure = Erasure.Delete", DeleteInstead, DeleteInsteadKey);
        }
    }

    /// <summary>Sets the reason to the placeholder, which PII008 keeps reporting until a person writes the Art. 17(3) exception.</summary>
    internal static AttributeSyntax AddReason(AttributeSyntax attribute) =>
        AttributeEditing.SetNamedArgument(attribute, "RetentionReason", AttributeEditing.StringLiteral(Placeholders.RetentionReason));

    private static AttributeSyntax DeleteInstead(AttributeSyntax attribute) =>
        AttributeEditing.RemoveNamedArgument(
            AttributeEditing.SetNamedArgument(attribute, "Erasure", AttributeEditing.DossierMember("Erasure", "Delete")),
            "RetentionReason");
}
