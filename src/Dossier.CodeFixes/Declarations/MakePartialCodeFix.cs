using System.Collections.Generic;
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

namespace Dossier.CodeFixes.Declarations;

/// <summary>
/// PII006 reported with the property <c>MakePartial = true</c>: adds <c>partial</c> to the type at (or around) the
/// diagnostic and to every type that contains it, so that generated code can extend them. Fix All works per
/// document, because several diagnostics often share a containing type that must be changed once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
public sealed class MakePartialCodeFix : CodeFixProvider
{
    /// <summary>The <see cref="Diagnostic.Properties"/> key the PII006 analyzer sets when making types partial fixes it.</summary>
    public const string MakePartialKey = "MakePartial";

    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "Dossier.MakePartial";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.Unreachable.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || !Applies(diagnostic) || TypesToChange(root, diagnostic).Count == 0)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create("Make the type partial", token => FixAsync(document, ImmutableArray.Create(diagnostic), token), EquivalenceKey),
                diagnostic);
        }
    }

    private static Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        FixAsync(document, diagnostics, context.CancellationToken)!;

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var types = new HashSet<TypeDeclarationSyntax>(diagnostics.Where(Applies).SelectMany(diagnostic => TypesToChange(root, diagnostic)));
        return types.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(types, (_, current) => AddPartial(current)));
    }

    private static bool Applies(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MakePartialKey, out var value) && value == "true";

    /// <summary>The type declaration at the diagnostic, or the one containing it, and every containing type, that lack <c>partial</c>.</summary>
    private static List<TypeDeclarationSyntax> TypesToChange(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return new List<TypeDeclarationSyntax>();
        }

        return root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<TypeDeclarationSyntax>()
            .Where(type => !type.Modifiers.Any(SyntaxKind.PartialKeyword))
            .ToList();
    }

    /// <summary><c>partial</c> goes last among the modifiers, right before <c>class</c>, <c>struct</c>, <c>record</c> or <c>interface</c>.</summary>
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax type)
    {
        if (type.Modifiers.Count > 0)
        {
            return type.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        var keyword = type.Keyword;
        var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return type.WithKeyword(keyword.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
