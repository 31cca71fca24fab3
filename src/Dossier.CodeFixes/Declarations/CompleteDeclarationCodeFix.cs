using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Declarations;

/// <summary>
/// PII004: fills in the arguments the inventory needs. Only a person can say why data is processed or how long it
/// is kept, so <c>Purpose</c> and <c>Retention</c> get placeholder texts that compile but that PII004 keeps
/// reporting until someone writes the real answer. The legal basis is chosen from the lightbulb, one action per
/// basis, because a placeholder there would read as a decision nobody made.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CompleteDeclarationCodeFix)), Shared]
public sealed class CompleteDeclarationCodeFix : AttributeCodeFix
{
    /// <summary>The equivalence key of the fix without a legal basis; with one it is followed by <c>.</c> and the basis, such as <c>.Contract</c>.</summary>
    public const string EquivalenceKeyPrefix = "Dossier.CompleteDeclaration";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.Incomplete.Id);

    /// <inheritdoc/>
    private protected override IEnumerable<AttributeEdit> Edits(Diagnostic diagnostic, AttributeSyntax attribute)
    {
        if (!diagnostic.Properties.TryGetValue(IncompleteDeclarationAnalyzer.MissingKey, out var missingList) || missingList is null)
        {
            yield break;
        }

        var missing = missingList.Split(',');
        var texts = TextsToAdd(attribute, missing);
        if (!missing.Contains("LegalBasis"))
        {
            // With only placeholders left, the fix has nothing more to add, and a person has to write the rest.
            if (texts.Count > 0)
            {
                yield return new AttributeEdit("Add " + Describe(texts) + " to fill in", a => Fill(a, texts, null), EquivalenceKeyPrefix);
            }

            yield break;
        }

        foreach (var basis in EnumNames.LegalBases.Skip(1))
        {
            var title = texts.Count == 0 ? $"Set LegalBasis = LegalBasis.{basis}" : $"Set LegalBasis = LegalBasis.{basis}, add {Describe(texts)} to fill in";
            yield return new AttributeEdit(title, a => Fill(a, texts, basis), EquivalenceKeyPrefix + "." + basis);
        }
    }

    /// <summary>The text arguments to add with a placeholder: those not written at all. Written ones already hold one.</summary>
    private static List<KeyValuePair<string, string>> TextsToAdd(AttributeSyntax attribute, string[] missing)
    {
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var (name, placeholder) in new[] { ("Purpose", Placeholders.Purpose), ("Retention", Placeholders.Retention) })
        {
            if (missing.Contains(name) && AttributeEditing.NamedArgument(attribute, name) is null)
            {
                texts.Add(new KeyValuePair<string, string>(name, placeholder));
            }
        }

        return texts;
    }

    private static string Describe(List<KeyValuePair<string, string>> texts) => string.Join(" and ", texts.Select(text => text.Key));

    private static AttributeSyntax Fill(AttributeSyntax attribute, List<KeyValuePair<string, string>> texts, string? legalBasis)
    {
        // In the order the inventory lists them: purpose, legal basis, retention.
        var updated = attribute;
        foreach (var name in new[] { "Purpose", "LegalBasis", "Retention" })
        {
            if (name == "LegalBasis" && legalBasis is not null)
            {
                updated = AttributeEditing.SetNamedArgument(updated, name, AttributeEditing.DossierMember("LegalBasis", legalBasis));
            }
            else if (texts.FirstOrDefault(text => text.Key == name) is { Value: { } placeholder })
            {
                updated = AttributeEditing.SetNamedArgument(updated, name, AttributeEditing.StringLiteral(placeholder));
            }
        }

        return updated;
    }
}
