using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>Reports one PII008: where, the message, and the properties the code fixes read.</summary>
internal delegate void ReportProblem(Location location, string message, ImmutableDictionary<string, string?>? properties);

/// <summary>
/// The PII008 checks that a member's <c>[PersonalData]</c> and an <c>[assembly: ProcessingActivity]</c> share: a
/// retention that is not ISO 8601, recipients and activities that are blank, undeclared or repeated. Written once, so
/// a member and an activity are held to the same words and the same fixes.
/// </summary>
internal static class ArgumentChecks
{
    /// <summary>
    /// A written <c>Retention</c> that is not an ISO 8601 duration. <paramref name="subject"/> is how the message names
    /// its owner (<see cref="InvalidArgumentMessages.Member"/>, <see cref="InvalidArgumentMessages.Activity"/>).
    /// </summary>
    public static void Retention(string? retention, string subject, Location location, AnalyzerOptions options, SyntaxTree? tree, ReportProblem report)
    {
        if (Iso8601Duration.IsValid(retention))
        {
            return;
        }

        // PII004 already asks for a real retention where one is required; a second, build-breaking report of the
        // placeholder that PII004's fix inserted would punish using the fix.
        if (retention == Placeholders.Retention &&
            (DeclarationOptions.RequiredFields(options.AnalyzerConfigOptionsProvider, tree) & RequiredFields.Retention) != 0)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(retention))
        {
            report(location, InvalidArgumentMessages.BlankRetention(subject, retention), null);
            return;
        }

        var suggestion = Iso8601Duration.Suggest(retention);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(InvalidArgumentAnalyzer.ProblemKey, InvalidArgumentAnalyzer.RetentionNotIso);
        if (suggestion is not null)
        {
            properties = properties.Add(InvalidArgumentAnalyzer.SuggestionKey, suggestion);
        }

        report(location, InvalidArgumentMessages.RetentionNotIso(subject, retention!, suggestion), properties);
    }

    /// <summary>Each of <paramref name="recipients"/> that is blank, names no <c>[assembly: Recipient]</c>, or repeats an earlier one.</summary>
    public static void Recipients(EquatableArray<string> recipients, IReadOnlyCollection<string> declared, string subject,
        Func<int, Location> locationOf, ReportProblem report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < recipients.Count; i++)
        {
            var recipient = recipients[i];
            if (!DeclarationPolicy.IsRecipientName(recipient))
            {
                report(locationOf(i), InvalidArgumentMessages.BlankRecipient(subject), null);
            }
            else if (DeclarationPolicy.IsUndeclaredRecipient(recipient, declared))
            {
                var sameIgnoringCase = declared.FirstOrDefault(name => string.Equals(name, recipient, StringComparison.OrdinalIgnoreCase));
                report(locationOf(i), InvalidArgumentMessages.UndeclaredRecipient(subject, recipient, sameIgnoringCase, declared), null);
            }
            else if (!seen.Add(recipient))
            {
                report(locationOf(i), InvalidArgumentMessages.RepeatedRecipient(subject, recipient), null);
            }
        }
    }

    /// <summary>
    /// Each of the activity names <paramref name="names"/> that is blank, names no <c>[assembly: ProcessingActivity]</c>
    /// of this assembly, or repeats an earlier one.
    /// </summary>
    public static void Activities(EquatableArray<string> names, IReadOnlyCollection<string> declared, string subject,
        Func<int, Location> locationOf, ReportProblem report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (!DeclarationPolicy.IsActivityName(name))
            {
                report(locationOf(i), InvalidArgumentMessages.BlankActivity(subject), null);
            }
            else if (DeclarationPolicy.IsUndeclaredActivity(name, declared))
            {
                var sameIgnoringCase = declared.FirstOrDefault(activity => string.Equals(activity, name, StringComparison.OrdinalIgnoreCase));
                report(locationOf(i), InvalidArgumentMessages.UndeclaredActivity(subject, name, sameIgnoringCase, declared), null);
            }
            else if (!seen.Add(name))
            {
                report(locationOf(i), InvalidArgumentMessages.RepeatedActivity(subject, name), null);
            }
        }
    }

    /// <summary>
    /// Where each element of an array argument is written: the elements of <c>new[] { ... }</c>,
    /// <c>new string[] { ... }</c> or <c>[ ... ]</c>; empty for any other expression.
    /// </summary>
    public static IReadOnlyList<SyntaxNode> Elements(ExpressionSyntax? expression) => expression switch
    {
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        CollectionExpressionSyntax collection => collection.Elements,
        _ => Array.Empty<SyntaxNode>(),
    };

    /// <summary>
    /// A function giving the location of element <c>i</c> of an array of <paramref name="count"/> values: the element
    /// where <paramref name="elements"/> match the values one to one, else <paramref name="fallback"/>.
    /// </summary>
    public static Func<int, Location> ElementLocations(IReadOnlyList<SyntaxNode> elements, int count, Location fallback) =>
        i => elements.Count == count ? elements[i].GetLocation() : fallback;
}
