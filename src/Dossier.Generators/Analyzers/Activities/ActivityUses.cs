using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Analyzers.Activities;

/// <summary>
/// What the members and types of a compilation say about processing activities, read once per compilation by a walk
/// over its source types: which activity names they use, which special-category members serve each, and which members
/// repeat the same inline purpose and legal basis. The activity rules need the whole compilation to answer, yet report
/// where the IDE shows diagnostics as code is typed (on a member, or in the file of a declaration), so they ask this
/// index instead of waiting for the end of the compilation.
/// </summary>
internal sealed class ActivityUses
{
    private static readonly ConditionalWeakTable<Compilation, Holder> s_byCompilation = new();

    private readonly Dictionary<string, List<string>> specialMembers;
    private readonly Dictionary<ISymbol, (RepeatedGroup Group, InlineDeclaration Member)> groups;

    private ActivityUses(Dictionary<string, List<string>> specialMembers, Dictionary<ISymbol, (RepeatedGroup, InlineDeclaration)> groups)
    {
        this.specialMembers = specialMembers;
        this.groups = groups;
    }

    /// <summary>
    /// The index of <paramref name="compilation"/>, built once, on first use: the analyzers' threads that ask meanwhile
    /// wait for it rather than each walking the compilation. A walk that is cancelled stores nothing, and the next
    /// caller walks again.
    /// </summary>
    public static ActivityUses For(Compilation compilation, CancellationToken cancellationToken)
    {
        var holder = s_byCompilation.GetValue(compilation, _ => new Holder());
        if (Volatile.Read(ref holder.Value) is { } built)
        {
            return built;
        }

        lock (holder)
        {
            return holder.Value ??= Build(compilation, cancellationToken);
        }
    }

    /// <summary>Whether a member or type names the activity.</summary>
    public bool IsUsed(string activity) => specialMembers.ContainsKey(activity);

    /// <summary>The special-category members ("Type.Member") that serve the activity, in order; empty when none does.</summary>
    public IReadOnlyList<string> SpecialMembersOf(string activity) =>
        specialMembers.TryGetValue(activity, out var members) ? members : (IReadOnlyList<string>)Array.Empty<string>();

    /// <summary>The group of members that repeat the member's inline purpose and legal basis, or <c>null</c> when it repeats nobody's.</summary>
    public RepeatedGroup? GroupOf(ISymbol member) => groups.TryGetValue(member, out var entry) ? entry.Group : null;

    /// <summary>The member's inline declaration as its group holds it, or <c>null</c> when it is in no group.</summary>
    public InlineDeclaration? DeclarationOf(ISymbol member) => groups.TryGetValue(member, out var entry) ? entry.Member : null;

    /// <summary>
    /// The group of the member whose tagging attribute is at <paramref name="span"/> of the file <paramref name="path"/>,
    /// or <c>null</c>: how PII013's fix finds the whole group from one diagnostic without the diagnostic carrying it.
    /// </summary>
    public RepeatedGroup? GroupAt(string? path, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        groups.Values.FirstOrDefault(entry =>
            entry.Member.Location.SourceSpan == span && string.Equals(entry.Member.Location.SourceTree?.FilePath, path, StringComparison.Ordinal)).Group;

    private static ActivityUses Build(Compilation compilation, CancellationToken cancellationToken)
    {
        var special = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var inline = new List<InlineDeclaration>();
        var types = new Stack<INamespaceOrTypeSymbol>();
        types.Push(compilation.Assembly.GlobalNamespace);
        while (types.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = types.Pop();
            foreach (var nested in current.GetTypeMembers())
            {
                types.Push(nested);
            }

            if (current is INamespaceSymbol ns)
            {
                foreach (var child in ns.GetNamespaceMembers())
                {
                    types.Push(child);
                }

                continue;
            }

            var type = (INamedTypeSymbol)current;
            foreach (var name in AttributeReader.TypeActivities(type) ?? default)
            {
                Use(special, name);
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && TaggedMember.From(member, cancellationToken) is { Tag.Source: TagSource.Dossier } tagged)
                {
                    Read(tagged, special, inline);
                }
            }
        }

        return new ActivityUses(
            special.ToDictionary(pair => pair.Key, pair => pair.Value.ToList(), StringComparer.Ordinal),
            RepeatedGroup.Find(inline, ActivityDeclarations.Read(compilation.Assembly).Select(activity => activity.Name)));
    }

    private static void Read(TaggedMember member, Dictionary<string, SortedSet<string>> special, List<InlineDeclaration> inline)
    {
        var display = member.Symbol.ContainingType is { } containing ? containing.Name + "." + member.Symbol.Name : member.Symbol.Name;
        foreach (var name in AttributeReader.ActivitiesOf(member.Tag, member.Symbol))
        {
            var members = Use(special, name);
            if (CategoryPolicy.IsSpecial(member.Tag.Category))
            {
                members.Add(display);
            }
        }

        if (InlineDeclaration.From(member, display) is { } declaration)
        {
            inline.Add(declaration);
        }
    }

    private static SortedSet<string> Use(Dictionary<string, SortedSet<string>> special, string name)
    {
        if (!special.TryGetValue(name, out var members))
        {
            special[name] = members = new SortedSet<string>(StringComparer.Ordinal);
        }

        return members;
    }

    private sealed class Holder
    {
        public ActivityUses? Value;
    }
}

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
