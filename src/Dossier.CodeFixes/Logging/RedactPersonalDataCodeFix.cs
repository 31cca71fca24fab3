using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators.Analyzers.Logging;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Dossier.CodeFixes.Logging;

/// <summary>
/// PII002: wraps the personal value written to a log in <c>PersonalDataRedaction.Redact(...)</c>, so the log
/// keeps its shape and loses the data.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactPersonalDataCodeFix)), Shared]
public sealed class RedactPersonalDataCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, shared by every occurrence so Fix All can apply them together.</summary>
    public const string EquivalenceKey = "Dossier.PII002.Redact";

    private const string RedactionType = "Dossier.Redaction.PersonalDataRedaction";

    private static readonly SyntaxAnnotation ImportAnnotation = new(nameof(RedactPersonalDataCodeFix));

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.WrittenToLog.Id);

    /// <inheritdoc />
    /// <remarks>
    /// Every value in a document is wrapped in one edit with one using directive; batching separate edits would
    /// make each add the same directive and leave work for a second pass.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (fixAllContext, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var values = diagnostics.Select(diagnostic => RedactableValue(root, diagnostic)).OfType<ExpressionSyntax>().ToList();
            return await RedactAsync(document, values, fixAllContext.CancellationToken).ConfigureAwait(false);
        });

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);

        // The helper ships in the Dossier runtime; a project that only runs the analyzers has nothing to call.
        if (root is null || model?.Compilation.GetTypeByMetadataName(RedactionType) is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (RedactableValue(root, diagnostic) is not { } value)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Redact with PersonalDataRedaction.Redact",
                    cancellationToken => RedactAsync(context.Document, new[] { value }, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    // The analyzer marks the values a string can replace; anything else gets no fix.
    private static ExpressionSyntax? RedactableValue(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(PersonalDataLoggingAnalyzer.CanRedactProperty, out var canRedact) ||
            canRedact != "true" ||
            !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax value &&
               value.Span == diagnostic.Location.SourceSpan
            ? value
            : null;
    }

    private static async Task<Document> RedactAsync(Document document, IReadOnlyCollection<ExpressionSyntax> values, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || values.Count == 0)
        {
            return document;
        }

        // Fully qualified, then the import adder adds the using directive and the simplifier shortens the name.
        var redacted = root.ReplaceNodes(values, (original, rewritten) => SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("global::" + RedactionType + ".Redact")
                    .WithAdditionalAnnotations(Simplifier.Annotation, ImportAnnotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(rewritten.WithoutTrivia()))))
            .WithTriviaFrom(rewritten));
        return await ImportAdder.AddImportsAsync(document.WithSyntaxRoot(redacted), ImportAnnotation, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }
}
