using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Declarations;

/// <summary>
/// PII008: writes a retention in its ISO 8601 form where the analyzer could derive one ("2 years" → <c>P2Y</c>);
/// for <c>Erasure.Retain</c> without a reason, either adds a <c>RetentionReason</c> to fill in or erases the data
/// with <c>Erasure.Delete</c> instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidArgumentCodeFix)), Shared]
public sealed class InvalidArgumentCodeFix : CodeFixProvider
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
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || !diagnostic.Properties.TryGetValue(InvalidArgumentAnalyzer.ProblemKey, out var problem) ||
                !root.FullSpan.Contains(diagnostic.Location.SourceSpan) ||
                root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
            {
                continue;
            }

            var document = context.Document;
            if (problem == InvalidArgumentAnalyzer.RetentionNotIso &&
                diagnostic.Properties.TryGetValue(InvalidArgumentAnalyzer.SuggestionKey, out var suggestion) && suggestion is not null &&
                AttributeEditing.NamedArgument(attribute, "Retention") is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Write Retention = \"{suggestion}\"",
                        token => ReplaceAsync(document, attribute, a => AttributeEditing.SetNamedArgument(a, "Retention", AttributeEditing.StringLiteral(suggestion)), token),
                        RewriteRetentionKey),
                    diagnostic);
            }
            else if (problem == InvalidArgumentAnalyzer.RetainWithoutReason && AttributeEditing.NamedArgument(attribute, "Erasure") is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Add a RetentionReason to fill in",
                        token => ReplaceAsync(document, attribute, AddReason, token),
                        AddRetentionReasonKey),
                    diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create("Erase it instead: Erasure = Erasure.Delete",
                        token => ReplaceAsync(document, attribute, DeleteInstead, token),
                        DeleteInsteadKey),
                    diagnostic);
            }
        }
    }

    /// <summary>Sets the reason to the placeholder, which PII008 keeps reporting until a person writes the Art. 17(3) exception.</summary>
    internal static AttributeSyntax AddReason(AttributeSyntax attribute) =>
        AttributeEditing.SetNamedArgument(attribute, "RetentionReason", AttributeEditing.StringLiteral(Placeholders.RetentionReason));

    private static AttributeSyntax DeleteInstead(AttributeSyntax attribute) =>
        AttributeEditing.RemoveNamedArgument(
            AttributeEditing.SetNamedArgument(attribute, "Erasure", AttributeEditing.DossierMember("Erasure", "Delete")),
            "RetentionReason");

    private static async Task<Document> ReplaceAsync(Document document, AttributeSyntax attribute, System.Func<AttributeSyntax, AttributeSyntax> edit, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(attribute, edit(attribute)));
    }
}
