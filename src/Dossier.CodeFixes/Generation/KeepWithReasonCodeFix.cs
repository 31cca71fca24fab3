using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Dossier.CodeFixes.Declarations;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Generation;

/// <summary>
/// PII005: erasure cannot change the member, so offers to keep it on purpose: <c>Erasure = Erasure.Retain</c> with a
/// <c>RetentionReason</c> to fill in. A reason already written is kept. The other way out, making the member
/// settable, changes the type's design and is left to the developer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeepWithReasonCodeFix)), Shared]
public sealed class KeepWithReasonCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "Dossier.KeepWithReason";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotErasable.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || model is null || !root.FullSpan.Contains(diagnostic.Location.SourceSpan) ||
                AttributeEditing.FindPersonalDataAttribute(root.FindNode(diagnostic.Location.SourceSpan), model, context.CancellationToken) is not { } attribute)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create("Keep it: Erasure = Erasure.Retain with a RetentionReason", token => KeepAsync(document, attribute, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> KeepAsync(Document document, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var updated = AttributeEditing.SetNamedArgument(attribute, "Erasure", AttributeEditing.DossierMember("Erasure", "Retain"));
        if (AttributeEditing.NamedArgument(updated, "RetentionReason") is not { Expression: LiteralExpressionSyntax { Token.ValueText: { Length: > 0 } reason } } ||
            string.IsNullOrWhiteSpace(reason))
        {
            updated = InvalidArgumentCodeFix.AddReason(updated);
        }

        return document.WithSyntaxRoot(root.ReplaceNode(attribute, updated));
    }
}
