using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Analyzers.Activities;

/// <summary>A member that states its purpose and legal basis inline, as plain values, with where its attribute is.</summary>
internal sealed class InlineDeclaration
{
    private InlineDeclaration(ISymbol symbol, string name, Location location, string purpose, int legalBasis, string? retention, IReadOnlyList<string> recipients)
    {
        Symbol = symbol;
        Name = name;
        Location = location;
        Purpose = purpose;
        LegalBasis = legalBasis;
        Retention = retention;
        Recipients = recipients;
    }

    public ISymbol Symbol { get; }

    /// <summary>"Type.Member".</summary>
    public string Name { get; }

    /// <summary>The tagging attribute, where the fix edits.</summary>
    public Location Location { get; }

    public string Purpose { get; }

    public int LegalBasis { get; }

    public string? Retention { get; }

    public IReadOnlyList<string> Recipients { get; }

    /// <summary>
    /// The member's inline declaration, or <c>null</c> when it has none to share: it must state a real purpose (not a
    /// placeholder) and a defined legal basis, in an attribute well-formed enough for the fix to edit.
    /// </summary>
    public static InlineDeclaration? From(TaggedMember member, string name)
    {
        if (member is not { IsWellFormed: true, SharesAttributeWithEarlierField: false, Syntax: { } syntax } ||
            Placeholders.IsUnstated(member.Tag.Purpose) ||
            member.Tag.LegalBasis <= PersonalDataTag.LegalBasisUnspecified || member.Tag.LegalBasis > PersonalDataTag.MaxLegalBasis)
        {
            return null;
        }

        return new InlineDeclaration(member.Symbol, name, syntax.GetLocation(), member.Tag.Purpose!, member.Tag.LegalBasis,
            member.HasNamedArgument("Retention") ? member.Tag.Retention : null, member.Tag.Recipients.ToList());
    }
}

/// <summary>
/// Members that repeat one inline purpose and legal basis, in source order, and the activity PII013's fix would declare
/// for them: a name not yet declared, and the retention and recipients when every member writes the same ones.
/// </summary>
internal sealed class RepeatedGroup
{
    /// <summary>The longest name derived from a purpose; a longer purpose is cut at a word.</summary>
    private const int NameLength = 40;

    private RepeatedGroup(IReadOnlyList<InlineDeclaration> members, ImmutableDictionary<string, string?> properties)
    {
        Members = members;
        Properties = properties;
    }

    public IReadOnlyList<InlineDeclaration> Members { get; }

    /// <summary>The activity to declare, as <see cref="RepeatedDeclarationAnalyzer"/>'s diagnostic properties.</summary>
    public ImmutableDictionary<string, string?> Properties { get; }

    /// <summary>
    /// The groups among <paramref name="members"/>: by purpose (ordinal) and legal basis, two members or more, each member
    /// mapped to its group. Names are given in source order, so they are the same from run to run.
    /// </summary>
    public static Dictionary<ISymbol, (RepeatedGroup, InlineDeclaration)> Find(IEnumerable<InlineDeclaration> members, IEnumerable<string> declared)
    {
        var taken = new HashSet<string>(declared, StringComparer.OrdinalIgnoreCase);
        var byMember = new Dictionary<ISymbol, (RepeatedGroup, InlineDeclaration)>(SymbolEqualityComparer.Default);
        var groups = members
            .GroupBy(member => (member.Purpose, member.LegalBasis))
            .Where(group => group.Count() > 1)
            .Select(group => group.OrderBy(member => member.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(member => member.Location.SourceSpan.Start).ToList())
            .OrderBy(group => group[0].Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(group => group[0].Location.SourceSpan.Start);
        foreach (var list in groups)
        {
            var group = new RepeatedGroup(list, PropertiesOf(list, UniqueName(list[0].Purpose, taken)));
            foreach (var member in list)
            {
                byMember[member.Symbol] = (group, member);
            }
        }

        return byMember;
    }

    private static ImmutableDictionary<string, string?> PropertiesOf(List<InlineDeclaration> group, string name)
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(RepeatedDeclarationAnalyzer.NameKey, name)
            .Add(RepeatedDeclarationAnalyzer.PurposeKey, group[0].Purpose)
            .Add(RepeatedDeclarationAnalyzer.LegalBasisKey, EnumNames.LegalBasis(group[0].LegalBasis));
        if (group[0].Retention is { } retention && group.All(member => member.Retention == retention))
        {
            properties = properties.Add(RepeatedDeclarationAnalyzer.RetentionKey, retention);
        }

        var recipients = group[0].Recipients;
        if (recipients.Count > 0 && recipients.All(recipient => recipient.IndexOf(RepeatedDeclarationAnalyzer.Separator) < 0) &&
            group.All(member => member.Recipients.SequenceEqual(recipients, StringComparer.Ordinal)))
        {
            properties = properties.Add(RepeatedDeclarationAnalyzer.RecipientsKey, string.Join(RepeatedDeclarationAnalyzer.Separator.ToString(), recipients));
        }

        return properties;
    }

    /// <summary>
    /// The name for an activity with <paramref name="purpose"/>: the purpose itself when short, else its first words,
    /// numbered when the name is taken (ignoring case, so it cannot be mistaken for a declared one).
    /// </summary>
    private static string UniqueName(string purpose, HashSet<string> taken)
    {
        var name = purpose.Trim();
        if (name.Length > NameLength)
        {
            var cut = name.LastIndexOf(' ', NameLength);
            name = (cut > 0 ? name.Substring(0, cut) : name.Substring(0, NameLength)).TrimEnd(',', ';', ':', '.', '-', ' ');
        }

        var candidate = name;
        for (var number = 2; !taken.Add(candidate); number++)
        {
            candidate = name + " " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
