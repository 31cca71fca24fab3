using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators.Analyzers.Activities;
using Microsoft.CodeAnalysis;

namespace Dossier.CodeFixes.Activities;

/// <summary>
/// One activity PII013 proposes: what the declaration says, and the members whose tagging attributes name it instead
/// of repeating it.
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

    /// <summary>
    /// The group a PII013 diagnostic proposes, read from the compilation the diagnostic came from: the diagnostic points to
    /// a few members only, the compilation knows them all. <c>null</c> when the code no longer has that group.
    /// </summary>
    public static async Task<ActivityGroup?> FindAsync(Project project, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Location.IsInSource ||
            await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation ||
            ActivityUses.For(compilation, cancellationToken).GroupAt(diagnostic.Location.SourceTree?.FilePath, diagnostic.Location.SourceSpan) is not { } group)
        {
            return null;
        }

        var properties = group.Properties;
        if (!properties.TryGetValue(RepeatedDeclarationAnalyzer.NameKey, out var name) || name is null ||
            !properties.TryGetValue(RepeatedDeclarationAnalyzer.PurposeKey, out var purpose) || purpose is null ||
            !properties.TryGetValue(RepeatedDeclarationAnalyzer.LegalBasisKey, out var legalBasis) || legalBasis is null)
        {
            return null;
        }

        properties.TryGetValue(RepeatedDeclarationAnalyzer.RetentionKey, out var retention);
        var recipients = properties.TryGetValue(RepeatedDeclarationAnalyzer.RecipientsKey, out var list) && list is not null
            ? list.Split(RepeatedDeclarationAnalyzer.Separator)
            : null;
        return new ActivityGroup(name, purpose, legalBasis, retention, recipients, group.Members.Select(member => member.Location).ToList());
    }

    /// <summary>The groups of several diagnostics, one per activity name.</summary>
    public static async Task<IReadOnlyList<ActivityGroup>> FindAllAsync(Project project, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, ActivityGroup>(System.StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (await FindAsync(project, diagnostic, cancellationToken).ConfigureAwait(false) is { } group && !groups.ContainsKey(group.Name))
            {
                groups[group.Name] = group;
            }
        }

        return groups.Values.OrderBy(group => group.Name, System.StringComparer.Ordinal).ToList();
    }
}
