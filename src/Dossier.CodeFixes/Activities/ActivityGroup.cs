using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Analyzers.Activities;
using Microsoft.CodeAnalysis;

namespace Dossier.CodeFixes.Activities;

/// <summary>
/// One activity PII013 proposes, read back from a diagnostic's properties: what the declaration says, and the members
/// whose tagging attributes name it instead of repeating it (the diagnostic's location and additional locations).
/// </summary>
internal sealed class ActivityGroup
{
    private ActivityGroup(string name, string purpose, string legalBasis, string? retention, IReadOnlyList<string>? recipients, IReadOnlyList<Location> members)
    {
        Name = name;
        Purpose = purpose;
        LegalBasis = legalBasis;
        Retention = retention;
        Recipients = recipients;
        Members = members;
    }

    public string Name { get; }

    public string Purpose { get; }

    /// <summary>A <c>LegalBasis</c> member name, such as <c>Contract</c>.</summary>
    public string LegalBasis { get; }

    /// <summary>The retention the activity takes from its members, or <c>null</c> when each keeps its own.</summary>
    public string? Retention { get; }

    /// <summary>The recipients the activity takes from its members, or <c>null</c> when each keeps its own.</summary>
    public IReadOnlyList<string>? Recipients { get; }

    /// <summary>The members' tagging attributes.</summary>
    public IReadOnlyList<Location> Members { get; }

    /// <summary>The group a PII013 diagnostic proposes, or <c>null</c> when its properties are not all there.</summary>
    public static ActivityGroup? From(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(RepeatedDeclarationAnalyzer.NameKey, out var name) || name is null ||
            !properties.TryGetValue(RepeatedDeclarationAnalyzer.PurposeKey, out var purpose) || purpose is null ||
            !properties.TryGetValue(RepeatedDeclarationAnalyzer.LegalBasisKey, out var legalBasis) || legalBasis is null ||
            !diagnostic.Location.IsInSource)
        {
            return null;
        }

        properties.TryGetValue(RepeatedDeclarationAnalyzer.RetentionKey, out var retention);
        var recipients = properties.TryGetValue(RepeatedDeclarationAnalyzer.RecipientsKey, out var list) && list is not null
            ? list.Split(RepeatedDeclarationAnalyzer.Separator)
            : null;
        var members = new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations.Where(location => location.IsInSource)).ToList();
        return new ActivityGroup(name, purpose, legalBasis, retention, recipients, members);
    }

    /// <summary>The groups of several diagnostics, one per activity name, with the members of all of them.</summary>
    public static IReadOnlyList<ActivityGroup> Merge(IEnumerable<Diagnostic> diagnostics)
    {
        var groups = new Dictionary<string, ActivityGroup>(System.StringComparer.Ordinal);
        foreach (var group in diagnostics.Select(From).OfType<ActivityGroup>())
        {
            groups[group.Name] = groups.TryGetValue(group.Name, out var known)
                ? new ActivityGroup(known.Name, known.Purpose, known.LegalBasis, known.Retention, known.Recipients,
                    known.Members.Concat(group.Members).Distinct().ToList())
                : group;
        }

        return groups.Values.OrderBy(group => group.Name, System.StringComparer.Ordinal).ToList();
    }
}
