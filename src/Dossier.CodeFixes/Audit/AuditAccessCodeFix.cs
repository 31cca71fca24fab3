using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Dossier.CodeFixes.Audit;

/// <summary>
/// PII010: makes the member's access recorded. Adds <c>[Audited]</c> beside the attribute that tags it where it is
/// missing, and declares an auto-property <c>partial</c> where that is missing, so that the generator implements
/// its accessors. Whether the result is recorded depends on more than the member (the containing types, the
/// language version, a hand-written implementation part), so the fix builds the changed document and asks
/// <see cref="AuditedAccess"/>, the same judge as the analyzer, before it offers anything: a fix that is offered
/// always clears the warning.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AuditAccessCodeFix)), Shared]
public sealed class AuditAccessCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "Dossier.AuditAccess";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.Unlogged.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan(root, model, diagnostic, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            var marker = new SyntaxAnnotation();
            var candidate = document.WithSyntaxRoot(root.ReplaceNode(plan.Property, plan.Apply().WithAdditionalAnnotations(marker)));
            if (!await IsRecordedAsync(candidate, marker, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(plan.Title, _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(plan.Property, plan.Apply()))), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>What the fix would change on the property the diagnostic is about, or <c>null</c> when it cannot help.</summary>
    private static Change? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(diagnostic.Location.SourceSpan) ||
            root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not PropertyDeclarationSyntax property ||
            property.Identifier.Span != diagnostic.Location.SourceSpan ||
            model.GetDeclaredSymbol(property, cancellationToken) is not { } symbol)
        {
            return null;
        }

        var addAudited = !AttributeReader.IsAudited(symbol);
        var addPartial = !property.Modifiers.Any(SyntaxKind.PartialKeyword);
        if ((addPartial && !CanBecomePartialDefinition(property)) || (!addAudited && !addPartial))
        {
            return null;
        }

        var tag = diagnostic.AdditionalLocations.FirstOrDefault() is { IsInSource: true } location
            ? property.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(attribute => attribute.Span == location.SourceSpan)
            : null;
        return new Change(property, tag, addAudited, addPartial);
    }

    /// <summary>
    /// An auto-property that turns into a partial property definition by adding <c>partial</c>: accessors without
    /// bodies, no initializer (a definition cannot have one), and nothing that cannot be partial.
    /// </summary>
    private static bool CanBecomePartialDefinition(PropertyDeclarationSyntax property) =>
        property.Initializer is null &&
        property.ExpressionBody is null &&
        property.ExplicitInterfaceSpecifier is null &&
        !property.Modifiers.Any(modifier => modifier.IsKind(SyntaxKind.AbstractKeyword) || modifier.IsKind(SyntaxKind.ExternKeyword)) &&
        property.AccessorList is { } accessors &&
        accessors.Accessors.Any(accessor => accessor.IsKind(SyntaxKind.GetAccessorDeclaration)) &&
        accessors.Accessors.All(accessor =>
            accessor.Kind() is SyntaxKind.GetAccessorDeclaration or SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration &&
            accessor.Body is null && accessor.ExpressionBody is null);

    private static async Task<bool> IsRecordedAsync(Document candidate, SyntaxAnnotation marker, CancellationToken cancellationToken)
    {
        var root = await candidate.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await candidate.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root?.GetAnnotatedNodes(marker).OfType<PropertyDeclarationSyntax>().FirstOrDefault() is { } property &&
            model?.GetDeclaredSymbol(property, cancellationToken) is { } symbol &&
            AuditedAccess.Classify(symbol, out _) == AccessLogging.Recorded;
    }

    private sealed class Change(PropertyDeclarationSyntax property, AttributeSyntax? tag, bool addAudited, bool addPartial)
    {
        public PropertyDeclarationSyntax Property { get; } = property;

        public string Title => (addAudited, addPartial) switch
        {
            (true, true) => "Mark as [Audited] and make it a partial property (record each access)",
            (true, false) => "Mark as [Audited] (record each access)",
            _ => "Make it a partial property (record each access)",
        };

        public PropertyDeclarationSyntax Apply()
        {
            var updated = addAudited ? AddAudited(Property) : Property;
            return addPartial ? AddPartial(updated) : updated;
        }

        /// <summary>Adds <c>[Audited]</c> after the tagging attribute, in its list; or as a list of its own when the tag is elsewhere.</summary>
        private PropertyDeclarationSyntax AddAudited(PropertyDeclarationSyntax declaration)
        {
            var audited = SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::Dossier.Audited").WithAdditionalAnnotations(Simplifier.Annotation));
            if (tag is { Parent: AttributeListSyntax list })
            {
                var updated = list.WithAttributes(list.Attributes.Insert(list.Attributes.IndexOf(tag) + 1, audited)).WithAdditionalAnnotations(Formatter.Annotation);
                return declaration.ReplaceNode(list, updated);
            }

            return declaration.AddAttributeLists(SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(audited)).WithAdditionalAnnotations(Formatter.Annotation));
        }

        /// <summary>Adds <c>partial</c> last among the modifiers: it must come right before the property's type.</summary>
        private static PropertyDeclarationSyntax AddPartial(PropertyDeclarationSyntax declaration)
        {
            var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            if (declaration.Modifiers.Count == 0)
            {
                partial = partial.WithLeadingTrivia(declaration.Type.GetLeadingTrivia());
                declaration = declaration.WithType(declaration.Type.WithoutLeadingTrivia());
            }

            return declaration.WithModifiers(declaration.Modifiers.Add(partial));
        }
    }
}
