using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Dossier.CodeFixes.Declarations;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Activities;

/// <summary>
/// PII012: writes <c>LegalBasis = LegalBasis.ExplicitConsent</c> where plain consent covers special categories, on a
/// member's <c>[PersonalData]</c> or on the <c>[assembly: ProcessingActivity]</c> its diagnostic points to. Offered as
/// the usual answer; whether the consent really is explicit is for the person applying it to know.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExplicitConsentCodeFix)), Shared]
public sealed class ExplicitConsentCodeFix : AttributeCodeFix
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "Dossier.ExplicitConsent";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ConsentOverSpecialCategory.Id);

    /// <inheritdoc/>
    private protected override IEnumerable<AttributeEdit> Edits(Diagnostic diagnostic, AttributeSyntax attribute)
    {
        if (AttributeEditing.NamedArgument(attribute, "LegalBasis") is not null)
        {
            yield return new AttributeEdit("Require explicit consent: LegalBasis = LegalBasis.ExplicitConsent",
                a => AttributeEditing.SetNamedArgument(a, "LegalBasis", AttributeEditing.DossierMember("LegalBasis", "ExplicitConsent")), EquivalenceKey);
        }
    }
}
