using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes;

/// <summary>One action of an <see cref="AttributeCodeFix"/>: its title in the lightbulb, the edit of the attribute, and its Fix All key.</summary>
internal sealed class AttributeEdit
{
    public AttributeEdit(string title, Func<AttributeSyntax, AttributeSyntax> apply, string equivalenceKey)
    {
        Title = title;
        Apply = apply;
        EquivalenceKey = equivalenceKey;
    }

    public string Title { get; }

    public Func<AttributeSyntax, AttributeSyntax> Apply { get; }

    public string EquivalenceKey { get; }
}

/// <summary>
/// What the fixes that edit a member's tagging attribute share: find the attribute the diagnostic points to, ask
/// the fix which edits apply (none when a precondition fails), and register each as an action that replaces the
/// attribute with its edited copy. Fix All batches the edits, one attribute per diagnostic.
/// </summary>
public abstract class AttributeCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = NeedsSemanticModel ? await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false) : null;
        if (root is null || (NeedsSemanticModel && model is null))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan) ||
                FindAttribute(root.FindNode(diagnostic.Location.SourceSpan), model, context.CancellationToken) is not { } attribute)
            {
                continue;
            }

            var document = context.Document;
            foreach (var edit in Edits(diagnostic, attribute))
            {
                context.RegisterCodeFix(CodeAction.Create(edit.Title, token => ReplaceAsync(document, attribute, edit.Apply, token), edit.EquivalenceKey), diagnostic);
            }
        }
    }

    /// <summary>Whether <see cref="FindAttribute"/> needs the semantic model.</summary>
    private protected virtual bool NeedsSemanticModel => false;

    /// <summary>The attribute to edit for the diagnostic at <paramref name="node"/>: by default the attribute around it.</summary>
    private protected virtual AttributeSyntax? FindAttribute(SyntaxNode node, SemanticModel? model, CancellationToken cancellationToken) =>
        node.FirstAncestorOrSelf<AttributeSyntax>();

    /// <summary>The edits that fix <paramref name="diagnostic"/> on <paramref name="attribute"/>; none when the fix does not apply.</summary>
    private protected abstract IEnumerable<AttributeEdit> Edits(Diagnostic diagnostic, AttributeSyntax attribute);

    private static async Task<Document> ReplaceAsync(Document document, AttributeSyntax attribute, Func<AttributeSyntax, AttributeSyntax> edit, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(attribute, edit(attribute)));
    }
}
