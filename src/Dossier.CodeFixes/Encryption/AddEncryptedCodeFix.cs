using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Dossier.CodeFixes.Encryption;

/// <summary>
/// PII001: adds <c>[Encrypted]</c> beside the attribute that tags the member. The attribute states a fact,
/// so the fix is only right once the member really is stored encrypted; the title says so.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEncryptedCodeFix)), Shared]
public sealed class AddEncryptedCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "Dossier.AddEncrypted";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotEncrypted.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || diagnostic.AdditionalLocations.FirstOrDefault() is not { IsInSource: true } tagLocation ||
                !root.FullSpan.Contains(tagLocation.SourceSpan) ||
                root.FindNode(tagLocation.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is not { Parent: AttributeListSyntax } tag)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Mark as [Encrypted] (store it encrypted at rest)", token => AddAsync(context.Document, tag, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddAsync(Document document, AttributeSyntax tag, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || tag.Parent is not AttributeListSyntax list)
        {
            return document;
        }

        var encrypted = SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::Dossier.Encrypted").WithAdditionalAnnotations(Simplifier.Annotation));
        var updated = list.WithAttributes(list.Attributes.Insert(list.Attributes.IndexOf(tag) + 1, encrypted)).WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(list, updated));
    }
}
