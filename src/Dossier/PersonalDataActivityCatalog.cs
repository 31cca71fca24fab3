using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace Dossier;

/// <summary>
/// The processing activities one assembly declares with <c>[assembly: ProcessingActivity]</c>. Generated code makes
/// one per assembly (<c>Dossier.Generated.ProcessingActivities.Catalog</c>) and hands it to the descriptions of the
/// assembly's types, whose members name the activities they serve; the activities are read from one string the
/// first time they are needed, like the members.
/// </summary>
/// <remarks>
/// Activities are separated by a line feed and their fields by a tab: name, purpose, legal basis, retention, then
/// one field per recipient, escaped as in the member table.
/// </remarks>
public sealed class PersonalDataActivityCatalog
{
    private const int FixedFields = 4;

    private readonly string _table;
    private PersonalDataActivity[]? _activities;

    /// <summary>Describes an assembly's activities in the form generated code writes them.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public PersonalDataActivityCatalog(string activities) => _table = activities ?? throw new ArgumentNullException(nameof(activities));

    /// <summary>The declared activities, in declaration order.</summary>
    public IReadOnlyList<PersonalDataActivity> Activities => ActivityArray;

    /// <summary>The activity called <paramref name="name"/> (ordinal comparison), or <c>null</c> when none is declared.</summary>
    public PersonalDataActivity? Find(string name)
    {
        foreach (var activity in ActivityArray)
        {
            if (string.Equals(activity.Name, name, StringComparison.Ordinal))
            {
                return activity;
            }
        }

        return null;
    }

    private PersonalDataActivity[] ActivityArray
    {
        get
        {
            if (Volatile.Read(ref _activities) is { } activities)
            {
                return activities;
            }

            var decoded = Decode(_table);
            return Interlocked.CompareExchange(ref _activities, decoded, null) ?? decoded;
        }
    }

    private static PersonalDataActivity[] Decode(string table)
    {
        if (table.Length == 0)
        {
            return new PersonalDataActivity[0];
        }

        var lines = table.Split(PersonalDataMemberTable.MemberSeparator);
        var activities = new PersonalDataActivity[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split(PersonalDataMemberTable.FieldSeparator);
            if (fields.Length < FixedFields)
            {
                throw new FormatException("An activity of the generated activity table has " + fields.Length + " fields: '" + lines[i] + "'.");
            }

            var recipients = new string[fields.Length - FixedFields];
            for (var r = 0; r < recipients.Length; r++)
            {
                recipients[r] = PersonalDataMemberTable.Unescape(fields[FixedFields + r]) ?? string.Empty;
            }

            activities[i] = new PersonalDataActivity(
                PersonalDataMemberTable.Unescape(fields[0]) ?? string.Empty,
                PersonalDataMemberTable.Unescape(fields[1]),
                PersonalDataMemberTable.Parse<LegalBasis>(fields[2]),
                PersonalDataMemberTable.Unescape(fields[3]),
                recipients);
        }

        return activities;
    }
}
