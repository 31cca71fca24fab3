using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Dossier.CodeFixes.Declarations;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Generation;

/// <summary>
/// PII005: erasure cannot change the member, so offers to keep it on purpose: <c>Erasure = Erasure.Retain</c> with a
/// <c>RetentionReason</c> to fill in. A reason already written is kept. The other way out, making the member
/// settable, changes the type's design and is left to the developer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeepWithReasonCodeFix)), Shared]
public sealed class KeepWithReasonCodeFix : AttributeCodeFix
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "Dossier.KeepWithReason";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotErasable.Id);

    /// <inheritdoc/>
    private protected override bool NeedsSemanticModel => true;

    /// <inheritdoc/>
    private protected override AttributeSyntax? FindAttribute(SyntaxNode node, SemanticModel? model, CancellationToken cancellationToken) =>
        AttributeEditing.FindPersonalDataAttribute(node, model!, cancellationToken);

    /// <inheritdoc/>
    private protected override IEnumerable<AttributeEdit> Edits(Diagnostic diagnostic, AttributeSyntax attribute)
    {
        yield return new AttributeEdit("Keep it: Erasure = Erasure.Retain with a RetentionReason", Keep, EquivalenceKey);
    }

    private static AttributeSyntax Keep(AttributeSyntax attribute)
    {
        var updated = AttributeEditing.SetNamedArgument(attribute, "Erasure", AttributeEditing.DossierMember("Erasure", "Retain"));
        if (AttributeEditing.NamedArgument(updated, "RetentionReason") is not { Expression: LiteralExpressionSyntax { Token.ValueText: { Length: > 0 } reason } } ||
            string.IsNullOrWhiteSpace(reason))
        {
            updated = InvalidArgumentCodeFix.AddReason(updated);
        }

        return updated;
    }
}
