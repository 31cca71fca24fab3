using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dossier.Generators.Common;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inventory;

/// <summary>
/// Builds the record of processing by activity (GDPR Art. 30(1)(b)-(g)) from the inventory's members: every declared
/// <c>[assembly: ProcessingActivity]</c>, used or not, and every distinct inline <c>Purpose</c>, which is an activity of
/// its own named by its text. Each lists its data subjects, the categories of personal data with the members that hold
/// them, its recipients and which of them are third-country transfers, its retention, and its security measures: the
/// declared text beside what the code shows (encrypted members, members whose access is recorded).
/// </summary>
internal sealed class ActivityRecords
{
    private readonly AssemblyFacts _facts;
    private readonly Func<InventoryEntry, TagModel?> _tagOf;
    private readonly SortedDictionary<string, Record> _declared = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Record> _inline = new(StringComparer.Ordinal);

    /// <param name="tagOf">The parsed tag of an entry's member: its own recipients and retention, before activities are added to them.</param>
    public ActivityRecords(AssemblyFacts facts, Func<InventoryEntry, TagModel?> tagOf)
    {
        _facts = facts;
        _tagOf = tagOf;
        foreach (var activity in facts.Activities)
        {
            var record = new Record(activity.Name, declared: true);
            record.Subjects.UnionWith(activity.DataSubjects.Where(subject => !string.IsNullOrWhiteSpace(subject)));
            record.Recipients.UnionWith(activity.Recipients.Where(name => !string.IsNullOrWhiteSpace(name)));
            _declared.Add(activity.Name, record);
        }
    }

    /// <summary>The activities of the members of <paramref name="groups"/>, sorted by name (a declared activity before an inline purpose of the same text).</summary>
    public IReadOnlyList<InventoryActivity> Build(IEnumerable<InventoryGroup> groups, CancellationToken cancellationToken)
    {
        foreach (var group in groups)
        {
            foreach (var entry in group.Members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var own = _tagOf(entry);
                foreach (var name in entry.Tag.Activities)
                {
                    _declared[name].Add(group.SubjectName, entry, own);
                }

                if (!string.IsNullOrWhiteSpace(entry.Tag.Purpose))
                {
                    var purpose = entry.Tag.Purpose!;
                    if (!_inline.TryGetValue(purpose, out var record))
                    {
                        _inline.Add(purpose, record = new Record(purpose, declared: false));
                    }

                    record.Add(group.SubjectName, entry, own);
                    record.LegalBases.Add(entry.Tag.LegalBasis);
                    record.Retentions.Add(own?.Retention ?? entry.Tag.Retention);
                }
            }
        }

        var declarations = _facts.Activities.ToDictionary(activity => activity.Name, StringComparer.Ordinal);
        return _declared.Values.Select(record => ToActivity(record, declarations[record.Name]))
            .Concat(_inline.Values.Select(record => ToActivity(record, null)))
            .OrderBy(activity => activity.Name, StringComparer.Ordinal).ThenBy(activity => activity.Declared ? 0 : 1)
            .ToList();
    }

    private InventoryActivity ToActivity(Record record, ActivityDeclaration? declaration)
    {
        var bases = record.LegalBases.Where(basis => basis != "Unspecified").ToList();
        var recipients = record.Recipients.ToList();
        return new InventoryActivity(
            record.Name,
            record.Declared,
            declaration is null ? record.Name : declaration.Purpose,
            declaration is null ? (bases.Count == 0 ? "Unspecified" : string.Join(", ", bases)) : EnumNames.LegalBasis(declaration.LegalBasis),
            declaration is null ? RetentionLength.Longest(record.Retentions) : declaration.Retention,
            record.Subjects.ToList(),
            record.Categories.Select(pair => new ActivityCategory(pair.Key, record.SpecialCategories.Contains(pair.Key), pair.Value.ToList())).ToList(),
            recipients,
            recipients.Where(name => _facts.Recipients.FirstOrDefault(recipient => recipient.Name == name) is { } declared && ThirdCountries.IsTransfer(declared)).ToList(),
            declaration?.SecurityMeasures,
            record.Encrypted.ToList(),
            record.AccessLogged.ToList());
    }

    /// <summary>What the members of one activity add up to, kept sorted as it grows.</summary>
    private sealed class Record(string name, bool declared)
    {
        public string Name { get; } = name;

        public bool Declared { get; } = declared;

        public SortedSet<string> Subjects { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, SortedSet<string>> Categories { get; } = new(StringComparer.Ordinal);

        public HashSet<string> SpecialCategories { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Recipients { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Encrypted { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> AccessLogged { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> LegalBases { get; } = new(StringComparer.Ordinal);

        public List<string?> Retentions { get; } = new();

        /// <summary>Adds a member reached from <paramref name="subject"/> (<c>null</c> when no data subject reaches it).</summary>
        public void Add(string? subject, InventoryEntry entry, TagModel? own)
        {
            if (subject is not null)
            {
                Subjects.Add(subject);
            }

            if (!Categories.TryGetValue(entry.Tag.Category, out var members))
            {
                Categories.Add(entry.Tag.Category, members = new SortedSet<string>(StringComparer.Ordinal));
            }

            members.Add(entry.Path);
            if (entry.Tag.IsSpecialCategory)
            {
                SpecialCategories.Add(entry.Tag.Category);
            }

            // The member's own recipients receive it whatever it is processed for; its activities' recipients are each
            // their own activity's, not every activity's the member serves.
            Recipients.UnionWith((own is null ? entry.Tag.Recipients : own.Recipients.ToArray()).Where(recipient => !string.IsNullOrWhiteSpace(recipient)));
            if (entry.Tag.Encrypted)
            {
                Encrypted.Add(entry.Path);
            }

            if (entry.Tag.Audited)
            {
                AccessLogged.Add(entry.Path);
            }
        }
    }
}
