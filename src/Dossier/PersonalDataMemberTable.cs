using System;
using System.Collections.Generic;
using System.Text;

namespace Dossier;

/// <summary>
/// Reads the members of a type from the one string generated code declares them in. Compiling a string literal
/// costs almost nothing, where a constructor call per member costs the compiler an overload resolution and a dozen
/// bound arguments in every build; the string is read once, the first time the members are needed.
/// </summary>
/// <remarks>
/// Members are separated by a line feed, and fields within a member by a tab. A container member is its name
/// alone. A tagged member has, in order: name, category, purpose, legal basis, retention, erasure, retention
/// reason, flags, then one field per recipient, then, when the member serves processing activities, the field
/// <c>\a</c> and one field per activity name (resolved against the assembly's <see cref="PersonalDataActivityCatalog"/>).
/// Enums are written by name. Flags are letters: <c>X</c> not
/// exported, <c>E</c> encrypted, <c>A</c> audited (generated code records each access), <c>a</c> audit asked for
/// but each access not recorded (<see cref="PersonalDataMember.AuditRequested"/> without <see cref="PersonalDataMember.Audited"/>). An empty purpose, retention or retention reason is
/// <c>null</c>; in text, <c>\\</c>, <c>\t</c> and <c>\n</c> stand for a backslash, a tab and a line feed, and
/// <c>\e</c> alone for the empty string.
/// </remarks>
internal static class PersonalDataMemberTable
{
    public const char MemberSeparator = '\n';
    public const char FieldSeparator = '\t';
    private const int FixedFields = 8;

    /// <summary>The field after the recipients that starts a member's activities: no escaped text reads this way.</summary>
    private const string ActivitiesMarker = "\\a";

    public static PersonalDataMember[] Decode(string table, PersonalDataActivityCatalog? activities = null)
    {
        if (table.Length == 0)
        {
            return new PersonalDataMember[0];
        }

        var members = new List<PersonalDataMember>();
        foreach (var line in table.Split(MemberSeparator))
        {
            members.Add(DecodeMember(line, activities));
        }

        return members.ToArray();
    }

    private static PersonalDataMember DecodeMember(string line, PersonalDataActivityCatalog? catalog)
    {
        var fields = line.Split(FieldSeparator);
        if (fields.Length == 1)
        {
            return PersonalDataMember.Container(Unescape(fields[0]) ?? string.Empty);
        }

        if (fields.Length < FixedFields)
        {
            throw new FormatException("A member of the generated member table has " + fields.Length + " fields: '" + line + "'.");
        }

        var marker = Array.IndexOf(fields, ActivitiesMarker, FixedFields);
        var end = marker < 0 ? fields.Length : marker;
        var recipients = new string[end - FixedFields];
        for (var i = 0; i < recipients.Length; i++)
        {
            recipients[i] = Unescape(fields[FixedFields + i]) ?? string.Empty;
        }

        var activities = new PersonalDataActivity[marker < 0 ? 0 : fields.Length - marker - 1];
        for (var i = 0; i < activities.Length; i++)
        {
            var name = Unescape(fields[marker + 1 + i]) ?? string.Empty;

            // A name no declaration has is reported at build time (PII008); the export still names it.
            activities[i] = catalog?.Find(name) ?? new PersonalDataActivity(name);
        }

        var flags = fields[7];
        var audited = flags.IndexOf('A') >= 0;
        return new PersonalDataMember(
            Unescape(fields[0]) ?? string.Empty,
            isTagged: true,
            Parse<DataCategory>(fields[1]),
            Unescape(fields[2]),
            Parse<LegalBasis>(fields[3]),
            Unescape(fields[4]),
            Parse<Erasure>(fields[5]),
            Unescape(fields[6]),
            recipients,
            export: flags.IndexOf('X') < 0,
            encrypted: flags.IndexOf('E') >= 0,
            audited: audited,
            auditRequested: audited || flags.IndexOf('a') >= 0,
            activities: activities);
    }

    internal static TEnum Parse<TEnum>(string name) where TEnum : struct, Enum =>
        (TEnum)Enum.Parse(typeof(TEnum), name, ignoreCase: false);

    internal static string? Unescape(string field)
    {
        if (field.Length == 0)
        {
            return null;
        }

        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        if (field == "\\e")
        {
            return string.Empty;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var character = field[i];
            if (character == '\\' && i + 1 < field.Length)
            {
                character = field[++i] switch
                {
                    't' => '\t',
                    'n' => '\n',
                    _ => field[i],
                };
            }

            text.Append(character);
        }

        return text.ToString();
    }
}
