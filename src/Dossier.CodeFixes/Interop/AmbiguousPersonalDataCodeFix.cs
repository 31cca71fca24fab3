using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Interop;

/// <summary>
/// CS0104 on <c>[PersonalData]</c> in a file that imports both <c>Dossier</c> and <c>Microsoft.AspNetCore.Identity</c>:
/// offers Dossier's attribute, written as <c>[Dossier.PersonalData]</c> at the attribute (Fix All supported), or for the
/// whole file through the alias <c>using PersonalDataAttribute = Dossier.PersonalDataAttribute;</c>, which wins over
/// both imported namespaces. Identity's attribute stays reachable as <c>[Microsoft.AspNetCore.Identity.PersonalData]</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AmbiguousPersonalDataCodeFix)), Shared]
public sealed class AmbiguousPersonalDataCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix that qualifies one attribute, for Fix All.</summary>
    public const string QualifyKey = "Dossier.QualifyPersonalData";

    /// <summary>The equivalence key of the fix that adds the alias to the file.</summary>
    public const string AliasKey = "Dossier.AliasPersonalData";

    private const string AttributeName = "PersonalData";
    private const string AttributeTypeName = "PersonalDataAttribute";
    private const string DossierAttribute = "Dossier.PersonalDataAttribute";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CS0104");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model?.Compilation.GetTypeByMetadataName(DossierAttribute) is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (AmbiguousName(root, diagnostic) is not { } name)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create("Use Dossier's [PersonalData] here",
                    token => Replace(document, root, name, Qualified(name)), QualifyKey),
                diagnostic);
            if (!HasAlias(unit))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use Dossier's [PersonalData] in this file (alias)",
                        token => Task.FromResult(document.WithSyntaxRoot(AddAlias(unit))), AliasKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The attribute name the diagnostic is on, when it is <c>PersonalData</c> or <c>PersonalDataAttribute</c>.</summary>
    private static IdentifierNameSyntax? AmbiguousName(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is IdentifierNameSyntax
        {
            Identifier.ValueText: AttributeName or AttributeTypeName, Parent: AttributeSyntax,
        } name
            ? name
            : null;
    }

    private static NameSyntax Qualified(IdentifierNameSyntax name) =>
        SyntaxFactory.QualifiedName(SyntaxFactory.IdentifierName("Dossier"), name.WithoutTrivia()).WithTriviaFrom(name);

    private static Task<Document> Replace(Document document, SyntaxNode root, SyntaxNode old, SyntaxNode replacement) =>
        Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(old, replacement)));

    private static bool HasAlias(CompilationUnitSyntax unit) =>
        unit.Usings.Any(directive => directive.Alias?.Name.Identifier.ValueText == AttributeTypeName);

    private static CompilationUnitSyntax AddAlias(CompilationUnitSyntax unit)
    {
        var alias = SyntaxFactory.UsingDirective(
                SyntaxFactory.NameEquals(AttributeTypeName),
                SyntaxFactory.ParseName(DossierAttribute))
            .NormalizeWhitespace()
            .WithTrailingTrivia(unit.Usings.Count > 0 ? unit.Usings.Last().GetTrailingTrivia() : SyntaxFactory.TriviaList(SyntaxFactory.ElasticLineFeed));
        return unit.AddUsings(alias);
    }
}
