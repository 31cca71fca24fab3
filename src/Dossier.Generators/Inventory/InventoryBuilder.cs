using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dossier.Generators.Analyzers.Audit;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Analyzers.Encryption;
using Dossier.Generators.Common;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inventory;

/// <summary>
/// Builds the <see cref="InventoryDocument"/> from the parsed types: follows each data subject through its base
/// types and the members whose values hold personal data, lists what no subject reaches, and finds the gaps.
/// </summary>
internal sealed class InventoryBuilder
{
    /// <summary>Deep enough for any real model; stops pathological generic nesting.</summary>
    private const int MaxDepth = 32;

    private readonly Dictionary<string, TypeModel> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActivityDeclaration> _activities = new(StringComparer.Ordinal);
    private readonly string? _projectDirectory;
    private readonly GapPolicies _policies;
    private readonly CancellationToken _cancellationToken;

    private InventoryBuilder(IEnumerable<TypeModel> types, AssemblyFacts facts, string? projectDirectory, GapPolicies policies, CancellationToken cancellationToken)
    {
        foreach (var type in types)
        {
            if (!_types.ContainsKey(type.FullName))
            {
                _types.Add(type.FullName, type);
            }
        }

        foreach (var activity in facts.Activities)
        {
            _activities[activity.Name] = activity;
        }

        _projectDirectory = projectDirectory;
        _policies = policies;
        _cancellationToken = cancellationToken;
    }

    /// <param name="policies">The rules' configuration for each source file, which decides the gaps.</param>
    public static InventoryDocument Build(EquatableArray<TypeModel> types, AssemblyFacts facts, string? projectDirectory, GapPolicies policies, CancellationToken cancellationToken) =>
        new InventoryBuilder(types, facts, projectDirectory, policies, cancellationToken).Build(facts);

    private InventoryDocument Build(AssemblyFacts facts)
    {
        var sorted = _types.Values.OrderBy(type => type.FullName, StringComparer.Ordinal).ToList();
        var subjects = sorted.Where(type => type.SubjectName is not null)
            .Select(type => new InventoryGroup(type.SubjectName, type.FullName, Locate(type.FilePath, type.Line), Reach(type)))
            .OrderBy(group => group.SubjectName, StringComparer.Ordinal).ThenBy(group => group.Type, StringComparer.Ordinal)
            .ToList();
        var unreached = sorted.Where(type => !_reached.Contains(type.FullName) && type.Members.Any(member => member.Tag is not null))
            .Select(type => new InventoryGroup(null, type.FullName, Locate(type.FilePath, type.Line), OwnEntries(type)))
            .ToList();
        var activities = new ActivityRecords(facts, FindTag).Build(subjects.Concat(unreached), _cancellationToken);
        return new InventoryDocument("Dossier " + ThisAssembly.Version, facts.AssemblyName, facts.Controller, facts.Recipients.ToList(), FindGaps(sorted, facts),
            activities, subjects, unreached);
    }

    private IReadOnlyList<InventoryEntry> Reach(TypeModel subject)
    {
        var entries = new List<InventoryEntry>();
        Walk(subject, subject.NameWithTypeParameters, new HashSet<string>(StringComparer.Ordinal), entries, 0);
        return entries.OrderBy(entry => entry.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Adds the tagged members of <paramref name="type"/> and its bases, and descends into nested values.</summary>
    private void Walk(TypeModel type, string path, HashSet<string> onPath, List<InventoryEntry> entries, int depth)
    {
        if (depth > MaxDepth || !onPath.Add(type.FullName))
        {
            // A reference cycle (Customer.ReferredBy): its members are listed where the walk first met the type.
            return;
        }

        foreach (var (owner, member) in MembersWithBases(type))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var memberPath = path + "." + member.Name + (member.Shape.Collection == CollectionKind.None ? string.Empty : "[]");
            if (member.Tag is not null)
            {
                entries.Add(Entry(memberPath, owner, member));
            }

            if (member.Shape.NestedTypeFullName is { } nestedName && _types.TryGetValue(StripGlobal(nestedName), out var nested))
            {
                Walk(nested, memberPath, onPath, entries, depth + 1);
            }
        }

        onPath.Remove(type.FullName);
    }

    /// <summary>The members of a type and of the bases whose code is generated separately, bases first.</summary>
    private IEnumerable<(TypeModel Owner, MemberModel Member)> MembersWithBases(TypeModel type)
    {
        var chain = new List<TypeModel>();
        for (var current = type; current is not null && chain.Count <= MaxDepth && !chain.Contains(current);
             current = current.GeneratedBaseFullName is { } baseName && _types.TryGetValue(baseName, out var found) ? found : null)
        {
            chain.Insert(0, current);
            _reached.Add(current.FullName);
        }

        return chain.SelectMany(owner => owner.Members.Select(member => (owner, member)));
    }

    private IReadOnlyList<InventoryEntry> OwnEntries(TypeModel type) => type.Members
        .Where(member => member.Tag is not null)
        .Select(member => Entry(type.NameWithTypeParameters + "." + member.Name + (member.Shape.Collection == CollectionKind.None ? string.Empty : "[]"), type, member))
        .OrderBy(entry => entry.Path, StringComparer.Ordinal)
        .ToList();

    private InventoryEntry Entry(string path, TypeModel owner, MemberModel member) =>
        new(path, owner.FullName, member.Name, ToInventory(member.Tag!), member.Shape.Collection != CollectionKind.None, Locate(member.FilePath, member.Line));

    /// <summary>
    /// The member's tag with its activities resolved: the declared ones it names, its retention (its own, else the
    /// longest of those activities') and its recipients (its own, then those of its activities it does not name itself).
    /// </summary>
    private InventoryTag ToInventory(TagModel tag)
    {
        var served = tag.Activities.Where(_activities.ContainsKey).Distinct().OrderBy(name => name, StringComparer.Ordinal).Select(name => _activities[name]).ToList();
        var retention = string.IsNullOrWhiteSpace(tag.Retention) && served.Count > 0 ? RetentionLength.Longest(served.Select(activity => activity.Retention)) : tag.Retention;
        var recipients = tag.Recipients.ToList();
        recipients.AddRange(served.SelectMany(activity => activity.Recipients).Where(name => !tag.Recipients.Contains(name)).Distinct().OrderBy(name => name, StringComparer.Ordinal));
        return new InventoryTag(tag.Category, tag.IsSpecialCategory, tag.Purpose, tag.LegalBasis, retention, tag.Erasure, tag.RetentionReason, recipients,
            tag.Export, tag.Encrypted, tag.Audited, tag.Source, served.Select(activity => activity.Name).ToList());
    }

    /// <summary>The parsed tag of the member an entry describes (the first of that name, as the inventory lists a hidden member once).</summary>
    private TagModel? FindTag(InventoryEntry entry) =>
        _types.TryGetValue(entry.Type, out var type) ? type.Members.FirstOrDefault(member => member.Name == entry.Member && member.Tag is not null)?.Tag : null;

    /// <summary>
    /// The gaps, each the verdict of the rule that reports it, asked through the rule's own predicate with the rule's
    /// configuration for the member's file: a member PII004 finds incomplete, PII001 unencrypted or PII010 unlogged, a
    /// recipient PII008 finds undeclared; and an activity name that no <c>[assembly: ProcessingActivity]</c> declares.
    /// Members that only ASP.NET Core Identity or Microsoft.Extensions.Compliance attributes tag, which PII004 leaves alone (their attributes have no place for a purpose), are listed among the
    /// missing declarations all the same: the record of processing lacks those answers whoever tagged the member.
    /// </summary>
    private InventoryGaps FindGaps(IReadOnlyList<TypeModel> types, AssemblyFacts facts)
    {
        var missing = new List<MissingDeclaration>();
        var unencrypted = new List<MemberGap>();
        var unlogged = new List<MemberGap>();
        var declared = facts.Recipients.Select(recipient => recipient.Name).ToList();
        var undeclared = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var undeclaredActivities = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var policyFor = _policies.Lookup();
        foreach (var type in types)
        {
            foreach (var member in type.Members)
            {
                var name = type.FullName + "." + member.Name;
                if (member.Tag is not { } tag || !seen.Add(name))
                {
                    continue;
                }

                var source = Locate(member.FilePath, member.Line);
                var policy = policyFor(member.FilePath);
                var lacking = DeclarationPolicy.Missing(policy.RequiredFields, tag.Facts.Stated);
                if (lacking != RequiredFields.None)
                {
                    missing.Add(new MissingDeclaration(name, DeclarationPolicy.InventoryNames(lacking), source));
                }

                if (EncryptionPolicy.IsUnencrypted(policy.EncryptionRequired, tag.Facts.Category, tag.Encrypted, tag.Facts.StoredType, policy.EncryptedTypes))
                {
                    unencrypted.Add(new MemberGap(name, tag.Category, source));
                }

                if (AuditPolicy.IsUnlogged(policy.AuditRequired, tag.Facts.Category, tag.Facts.Logging))
                {
                    unlogged.Add(new MemberGap(name, tag.Category, source));
                }

                foreach (var recipient in tag.Recipients.Where(recipient => DeclarationPolicy.IsUndeclaredRecipient(recipient, declared)))
                {
                    Add(undeclared, recipient, name);
                }

                foreach (var activity in tag.Activities.Where(activity => !_activities.ContainsKey(activity)))
                {
                    Add(undeclaredActivities, activity, name);
                }
            }
        }

        var incompleteActivities = new List<IncompleteActivity>();
        var namedByActivities = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var activity in facts.Activities)
        {
            var lacking = DeclarationPolicy.Missing(policyFor(activity.FilePath).RequiredFields, DeclarationPolicy.Stated(activity));
            if (lacking != RequiredFields.None)
            {
                incompleteActivities.Add(new IncompleteActivity(activity.Name, DeclarationPolicy.InventoryNames(lacking)));
            }

            foreach (var recipient in activity.Recipients.Where(recipient => DeclarationPolicy.IsUndeclaredRecipient(recipient, declared)))
            {
                Add(namedByActivities, recipient, activity.Name);
            }
        }

        var consent = ConsentNotExplicit(types, facts);

        static IReadOnlyList<string> NamedBy(SortedDictionary<string, SortedSet<string>> names, string recipient) =>
            names.TryGetValue(recipient, out var found) ? found.ToList() : new List<string>();

        return new InventoryGaps(
            facts.Controller is null,
            missing.OrderBy(gap => gap.Member, StringComparer.Ordinal).ToList(),
            unencrypted.OrderBy(gap => gap.Member, StringComparer.Ordinal).ToList(),
            unlogged.OrderBy(gap => gap.Member, StringComparer.Ordinal).ToList(),
            undeclared.Keys.Union(namedByActivities.Keys).OrderBy(name => name, StringComparer.Ordinal)
                .Select(name => new UndeclaredRecipient(name, NamedBy(undeclared, name), NamedBy(namedByActivities, name))).ToList(),
            undeclaredActivities.Select(pair => new UndeclaredActivity(pair.Key, pair.Value.ToList())).ToList(),
            incompleteActivities.OrderBy(gap => gap.Name, StringComparer.Ordinal).ToList(),
            consent);
    }

    /// <summary>PII012's verdicts: plain consent over special categories, inline and on declared activities.</summary>
    private List<ConsentNotExplicit> ConsentNotExplicit(IReadOnlyList<TypeModel> types, AssemblyFacts facts)
    {
        var inline = new SortedSet<string>(StringComparer.Ordinal);
        var byActivity = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            foreach (var member in type.Members)
            {
                if (member.Tag is not { } tag || !CategoryPolicy.IsSpecial(tag.Facts.Category))
                {
                    continue;
                }

                var name = type.FullName + "." + member.Name;
                if (DeclarationPolicy.NeedsExplicitConsent(Array.IndexOf(EnumNames.LegalBases, tag.LegalBasis), tag.Facts.Category))
                {
                    inline.Add(name);
                }

                foreach (var activity in tag.Activities)
                {
                    if (_activities.TryGetValue(activity, out var declared) && DeclarationPolicy.NeedsExplicitConsent(declared.LegalBasis, tag.Facts.Category))
                    {
                        Add(byActivity, activity, name);
                    }
                }
            }
        }

        var gaps = byActivity.Select(pair => new ConsentNotExplicit(pair.Key, pair.Value.ToList())).ToList();
        if (inline.Count > 0)
        {
            gaps.Add(new ConsentNotExplicit(null, inline.ToList()));
        }

        return gaps;
    }

    private static void Add(SortedDictionary<string, SortedSet<string>> users, string name, string member)
    {
        if (!users.TryGetValue(name, out var members))
        {
            users.Add(name, members = new SortedSet<string>(StringComparer.Ordinal));
        }

        members.Add(member);
    }

    private SourceLocation Locate(string? file, int line) => new(SourcePaths.Relative(file, _projectDirectory), line);

    private static string StripGlobal(string name) => name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
}
