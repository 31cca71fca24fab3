using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators.Analyzers.Untagged;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Untagged;

/// <summary>
/// Fixes PII003 in one of two ways: tag the member <c>[PersonalData(DataCategory.X)]</c> with the category the
/// analyzer suggested, or state <c>[NotPersonalData]</c>. Adds <c>using Dossier;</c> when the names would not
/// resolve otherwise, or writes them fully qualified when a using would clash with the user's own names.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UntaggedPersonalDataCodeFix)), Shared]
public sealed class UntaggedPersonalDataCodeFix : CodeFixProvider
{
    /// <summary>Equivalence key of "tag as personal data"; Fix All tags each member with its own suggested category.</summary>
    public const string TagKey = "PII003.PersonalData";

    /// <summary>Equivalence key of "mark as not personal data".</summary>
    public const string NotPersonalKey = "PII003.NotPersonalData";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII003");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            (Document?)await ApplyAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Target(root, diagnostic) is null || SuggestedCategory(diagnostic) is not { } category)
            {
                continue;
            }

            var document = context.Document;
            var single = ImmutableArray.Create(diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Tag as personal data (DataCategory.{category})",
                    cancellationToken => ApplyAsync(document, single, TagKey, cancellationToken),
                    TagKey),
                diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Mark as not personal data",
                    cancellationToken => ApplyAsync(document, single, NotPersonalKey, cancellationToken),
                    NotPersonalKey),
                diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null || (equivalenceKey != TagKey && equivalenceKey != NotPersonalKey))
        {
            return document;
        }

        var tag = equivalenceKey == TagKey;
        var targets = new Dictionary<SyntaxNode, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (Target(root, diagnostic) is { } target && SuggestedCategory(diagnostic) is { } category && !targets.ContainsKey(target))
            {
                targets.Add(target, category);
            }
        }

        if (targets.Count == 0)
        {
            return document;
        }

        var naming = AttributeNaming.For(model, targets.Keys.First().SpanStart, tag);
        var newLine = unit.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } found ? found : "\n";
        var updated = unit.ReplaceNodes(targets.Keys, (original, current) =>
        {
            var attribute = tag ? naming.PersonalData(targets[original]) : naming.NotPersonalData();
            return AttributePlacement.Add(current, attribute, newLine);
        });

        if (naming.NeedsUsing)
        {
            updated = AttributePlacement.AddUsing(updated, newLine);
        }

        return document.WithSyntaxRoot(updated);
    }

    // The declaration the attribute goes on: the property, the field (with a single variable), or the
    // record's positional parameter, whose tag Dossier reads for the property made from it.
    private static SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return node.AncestorsAndSelf().FirstOrDefault(candidate => candidate is PropertyDeclarationSyntax or ParameterSyntax or VariableDeclaratorSyntax) switch
        {
            PropertyDeclarationSyntax property => property,
            ParameterSyntax { Parent.Parent: RecordDeclarationSyntax } parameter => parameter,
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } => field,
            _ => null,
        };
    }

    private static string? SuggestedCategory(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UntaggedPersonalDataAnalyzer.CategoryProperty, out var category) &&
        category is not null && Array.IndexOf(EnumNames.Categories, category) >= 0
            ? category
            : null;
}
