using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Dossier.CodeFixes.Declarations;
using Dossier.Generators.Analyzers.Activities;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Activities;

/// <summary>
/// PII014: adds the type's activities the member's own list leaves out, for when leaving them out was not meant. When it
/// was, the note is silenced instead; no edit can tell the two apart.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeepTypeActivitiesCodeFix)), Shared]
public sealed class KeepTypeActivitiesCodeFix : AttributeCodeFix
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "Dossier.KeepTypeActivities";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ActivitiesReplaced.Id);

    /// <inheritdoc/>
    private protected override IEnumerable<AttributeEdit> Edits(Diagnostic diagnostic, AttributeSyntax attribute)
    {
        if (!diagnostic.Properties.TryGetValue(ProcessingActivityAnalyzer.DroppedKey, out var list) || string.IsNullOrEmpty(list) ||
            AttributeEditing.NamedArgument(attribute, "Activities") is not { Expression: var array } ||
            array is not (ImplicitArrayCreationExpressionSyntax or ArrayCreationExpressionSyntax { Initializer: not null } or CollectionExpressionSyntax))
        {
            yield break;
        }

        var dropped = list!.Split(ProcessingActivityAnalyzer.Separator);
        var names = string.Join(", ", dropped.Select(name => "'" + name + "'"));
        yield return new AttributeEdit($"Serve the type's {names} too", a => Add(a, dropped), EquivalenceKey);
    }

    private static AttributeSyntax Add(AttributeSyntax attribute, IEnumerable<string> names)
    {
        var argument = AttributeEditing.NamedArgument(attribute, "Activities")!;
        var updated = argument.Expression;
        foreach (var name in names)
        {
            updated = ActivityDeclarer.Append(updated, name);
        }

        return attribute.ReplaceNode(argument.Expression, updated.WithTriviaFrom(argument.Expression));
    }
}
