using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Generation;

/// <summary>
/// PII006 reported with the property <see cref="TypeParser.MakePartialProperty"/>: adds <c>partial</c> to the type at (or around) the
/// diagnostic and to every type that contains it, so that generated code can extend them. Fix All works per
/// document, because several diagnostics often share a containing type that must be changed once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
public sealed class MakePartialCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "Dossier.MakePartial";

    /// <summary>The equivalence key of the fix that makes a held type partial.</summary>
    public const string HeldTypeEquivalenceKey = "Dossier.MakeHeldTypePartial";

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
            if (IsHeldType(diagnostic))
            {
                await RegisterHeldTypeFixAsync(context, diagnostic).ConfigureAwait(false);
                continue;
            }

            if (root is null || !Applies(diagnostic) || TypesToChange(root, diagnostic.Location).Count == 0)
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

        // Held types are changed here when they are declared in the same document; Fix All reaches no further.
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        var types = new HashSet<TypeDeclarationSyntax>(diagnostics
            .Select(diagnostic => Applies(diagnostic) ? diagnostic.Location : IsHeldType(diagnostic) ? diagnostic.AdditionalLocations[0] : null)
            .Where(location => location is not null && location.SourceTree == tree)
            .SelectMany(location => TypesToChange(root, location!)));
        return types.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(types, (_, current) => AddPartial(current)));
    }

    private static bool Applies(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(TypeParser.MakePartialProperty, out var value) && value == TypeParser.MakePartialThisType;

    private static bool IsHeldType(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(TypeParser.MakePartialProperty, out var value) && value == TypeParser.MakePartialHeldType && diagnostic.AdditionalLocations.Count > 0;

    /// <summary>Makes the held type partial where it is declared, which may be another document of the solution.</summary>
    private static async Task RegisterHeldTypeFixAsync(CodeFixContext context, Diagnostic diagnostic)
    {
        var location = diagnostic.AdditionalLocations[0];
        var document = context.Document.Project.Solution.GetDocument(location.SourceTree);
        var root = document is null ? null : await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (document is null || root is null || TypesToChange(root, location).Count == 0)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Make the type it holds partial", token =>
            {
                var types = TypesToChange(root, location);
                return Task.FromResult(document.Project.Solution.WithDocumentSyntaxRoot(
                    document.Id, root.ReplaceNodes(types, (_, current) => AddPartial(current))));
            }, HeldTypeEquivalenceKey),
            diagnostic);
    }

    /// <summary>The type declaration at <paramref name="location"/>, or the one containing it, and every containing type, that lack <c>partial</c>.</summary>
    private static List<TypeDeclarationSyntax> TypesToChange(SyntaxNode root, Location location)
    {
        if (!location.IsInSource || !root.FullSpan.Contains(location.SourceSpan))
        {
            return new List<TypeDeclarationSyntax>();
        }

        return root.FindNode(location.SourceSpan).AncestorsAndSelf().OfType<TypeDeclarationSyntax>()
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
