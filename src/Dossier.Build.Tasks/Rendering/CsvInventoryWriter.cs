using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Writes one row per member for spreadsheets, quoted as RFC 4180 says (CRLF line ends). Rows carry the
/// assembly, so the files of several projects can be concatenated into one sheet. A member that serves declared
/// activities shows each one's purpose and legal basis (<see cref="MemberPurposes"/>); the activities have a CSV of
/// their own (<see cref="CsvActivitiesWriter"/>).
/// </summary>
internal static class CsvInventoryWriter
{
    private static readonly string[] Header =
    {
        "assembly", "subject", "path", "type", "member", "category", "specialCategory", "purpose", "legalBasis", "retention", "erasure",
        "retentionReason", "encrypted", "accessLogged", "recipients", "exported", "file", "line",
    };

    public static string Write(InventoryDocument inventory)
    {
        var text = new StringBuilder();
        Row(text, Header);
        foreach (var subject in inventory.Subjects)
        {
            Rows(text, inventory.Assembly, subject.SubjectName!, subject, inventory.Activities);
        }

        foreach (var type in inventory.UnreachedTypes)
        {
            Rows(text, inventory.Assembly, string.Empty, type, inventory.Activities);
        }

        return text.ToString();
    }

    private static void Rows(StringBuilder text, string assembly, string subject, InventoryGroup group, IReadOnlyList<InventoryActivity> activities)
    {
        foreach (var entry in group.Members)
        {
            var tag = entry.Tag;
            var purpose = MemberPurposes.Purpose(tag, activities);
            var legalBasis = MemberPurposes.LegalBasis(tag, activities);
            Row(text, new[]
            {
                assembly, subject, entry.Path, entry.Type, entry.Member, tag.Category, Bool(tag.IsSpecialCategory), purpose ?? "",
                legalBasis, tag.Retention ?? "", tag.Erasure, tag.RetentionReason ?? "", Bool(tag.Encrypted), Bool(tag.Audited),
                string.Join("; ", tag.Recipients), Bool(tag.Export), entry.Source.File, entry.Source.Line.ToString(CultureInfo.InvariantCulture),
            });
        }
    }

    /// <summary>One RFC 4180 row: fields quoted where they must be, CRLF at the end.</summary>
    public static void Row(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = fields[i];
            if (field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append("\r\n");
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
