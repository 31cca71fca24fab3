using System.Collections.Generic;
using System.Text;
using Dossier.Generators.Common;
using Dossier.Generators.Model;

namespace Dossier.Generators.Emitting;

/// <summary>
/// Writes a type's members in the one string the runtime's <c>PersonalDataMemberTable</c> reads: members separated by a
/// line feed, fields by a tab; a container is its name alone; a tagged member is name, category, purpose, legal basis,
/// retention, erasure, retention reason, flags (<c>X</c> not exported, <c>E</c> encrypted, <c>A</c> audited, <c>a</c>
/// audit asked for but each access not recorded, which EF Core's audit interceptor still records saves of), then its
/// recipients, then, for a member that serves processing activities, the field <c>\a</c> and the activities' names.
/// An empty field is <c>null</c>, <c>\e</c> the empty string; <c>\\</c>, <c>\t</c>, <c>\n</c> escape (so no text
/// field reads <c>\a</c>).
/// </summary>
internal static class MemberTable
{
    /// <summary>What the table's fields are, for the comment above it in generated code.</summary>
    public const string Layout = "name, category, purpose, legal basis, retention, erasure, retention reason, flags (X not exported, E encrypted, A audited, a audit not recorded), recipients";

    /// <summary>The comment line for a type whose members name activities.</summary>
    public const string LayoutWithActivities = Layout + ", then \\a and the activities served";

    /// <summary>The field that starts a member's activities.</summary>
    private const string ActivitiesMarker = "\\a";

    public static string Encode(EquatableArray<MemberModel> members)
    {
        var table = new StringBuilder();
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                table.Append('\n');
            }

            var member = members[i];
            Field(table, member.Name);
            if (member.Tag is not { } tag)
            {
                continue;
            }

            table.Append('\t').Append(tag.Category).Append('\t');
            Field(table, tag.Purpose);
            table.Append('\t').Append(tag.LegalBasis).Append('\t');
            Field(table, tag.Retention);
            table.Append('\t').Append(tag.Erasure).Append('\t');
            Field(table, tag.RetentionReason);
            table.Append('\t');
            if (!tag.Export) table.Append('X');
            if (tag.Encrypted) table.Append('E');
            if (tag.Audited) table.Append('A');
            else if (tag.Facts.Logging == AccessLogging.CannotRecord) table.Append('a');
            foreach (var recipient in tag.Recipients)
            {
                table.Append('\t');
                Field(table, recipient.Length == 0 ? null : recipient);
            }

            var activities = ActivitiesOf(tag);
            if (activities.Count > 0)
            {
                table.Append('\t').Append(ActivitiesMarker);
                foreach (var activity in activities)
                {
                    table.Append('\t');
                    Field(table, activity);
                }
            }
        }

        return table.ToString();
    }

    /// <summary>
    /// The activities a member serves as the runtime reads them: each name once, in the order written, blank names
    /// left out (PII008 reports them; no declaration can have one).
    /// </summary>
    public static List<string> ActivitiesOf(TagModel tag)
    {
        var names = new List<string>();
        foreach (var name in tag.Activities)
        {
            if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Whether any member of the type serves a processing activity, so its description needs the assembly's activities.</summary>
    public static bool NamesActivities(TypeModel type)
    {
        foreach (var member in type.Members)
        {
            if (member.Tag is { } tag && ActivitiesOf(tag).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static void Field(StringBuilder table, string? text)
    {
        if (text is null)
        {
            return;
        }

        if (text.Length == 0)
        {
            table.Append("\\e");
            return;
        }

        foreach (var character in text)
        {
            switch (character)
            {
                case '\\': table.Append("\\\\"); break;
                case '\t': table.Append("\\t"); break;
                case '\n': table.Append("\\n"); break;
                default: table.Append(character); break;
            }
        }
    }
}
