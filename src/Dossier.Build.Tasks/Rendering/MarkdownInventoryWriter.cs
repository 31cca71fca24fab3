using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Writes the inventory for people: the gaps first (what an auditor must act on), then the processing activities,
/// the controller, the recipients, one table per data subject, the types no subject reaches, and a Mermaid diagram
/// of the flow.
/// </summary>
internal static class MarkdownInventoryWriter
{
    private static readonly string[] MemberColumns =
    {
        "member", "category", "special category", "purpose", "legal basis", "retention", "erasure", "encrypted", "access logged",
        "recipients", "exported", "source",
    };

    private static readonly string[] ActivityColumns =
    {
        "activity", "purpose", "legal basis", "data subjects", "personal data", "recipients", "third-country transfers", "retention",
        "security measures",
    };

    public static string Write(InventoryDocument inventory)
    {
        var text = new StringBuilder();
        text.Append("# Personal data inventory: ").Append(Cell(inventory.Assembly)).Append("\n\n")
            .Append("The record of processing (GDPR Art. 30(1)) of the personal data this assembly's code holds, written by ")
            .Append(inventory.Generator).Append(" from its `[PersonalData]` declarations.\n\n");
        WriteGaps(text, inventory.Gaps);
        WriteActivities(text, inventory);
        WriteController(text, inventory.Controller);
        WriteRecipients(text, inventory.Recipients);

        text.Append("## Data subjects\n\n");
        if (inventory.Subjects.Count == 0)
        {
            text.Append("No `[DataSubject]` type.\n\n");
        }

        foreach (var subject in inventory.Subjects)
        {
            text.Append("### ").Append(Cell(subject.SubjectName!)).Append(" (`").Append(Cell(subject.Type)).Append("`, ").Append(Cell(subject.Source.ToString())).Append(")\n\n");
            WriteMembers(text, subject, inventory.Activities);
        }

        if (inventory.UnreachedTypes.Count > 0)
        {
            text.Append("## Types no data subject reaches\n\n")
                .Append("These types hold personal data, but no `[DataSubject]` type holds them: say whose data it is.\n\n");
            foreach (var type in inventory.UnreachedTypes)
            {
                text.Append("### `").Append(Cell(type.Type)).Append("` (").Append(Cell(type.Source.ToString())).Append(")\n\n");
                WriteMembers(text, type, inventory.Activities);
            }
        }

        text.Append("## Data flow\n\n").Append("Data subjects, the categories of their data, and the recipients it goes to.\n\n");
        MermaidDiagram.Write(text, inventory);
        return text.ToString();
    }

    private static void WriteGaps(StringBuilder text, InventoryGaps gaps)
    {
        text.Append("## Gaps\n\n");
        if (gaps.Count == 0)
        {
            text.Append("None found.\n\n");
            return;
        }

        if (gaps.ControllerMissing)
        {
            text.Append("- No controller is declared: add `[assembly: DataController(...)]`.\n\n");
        }

        if (gaps.MissingDeclarations.Count > 0)
        {
            text.Append("### Members without a required purpose, legal basis or retention\n\n");
            Table(text, new[] { "member", "missing", "source" },
                gaps.MissingDeclarations.Select(gap => new[] { Code(gap.Member), string.Join(", ", gap.Missing), Cell(gap.Source.ToString()) }));
        }

        MemberGaps(text, "Stored unencrypted where encryption is required (PII001)", gaps.SpecialCategoryUnencrypted);
        MemberGaps(text, "Access not logged where it must be (PII010)", gaps.UnloggedSpecialCategory);
        if (gaps.UndeclaredRecipients.Count > 0)
        {
            text.Append("### Recipients used but not declared (PII008)\n\n");
            Table(text, new[] { "recipient", "named by" },
                gaps.UndeclaredRecipients.Select(gap => new[]
                {
                    Cell(gap.Name),
                    string.Join(", ", gap.Members.Select(Code).Concat(gap.Activities.Select(activity => "activity " + Cell(activity)))),
                }));
        }

        if (gaps.IncompleteActivities.Count > 0)
        {
            text.Append("### Activities without a required purpose, legal basis or retention (PII004)\n\n");
            Table(text, new[] { "activity", "missing" },
                gaps.IncompleteActivities.Select(gap => new[] { Cell(gap.Name), string.Join(", ", gap.Missing) }));
        }

        if (gaps.ConsentNotExplicit.Count > 0)
        {
            text.Append("### Special categories on consent that is not explicit (PII012)\n\n")
                .Append("Art. 9(2)(a) asks for explicit consent to process special categories of personal data.\n\n");
            Table(text, new[] { "activity", "members" },
                gaps.ConsentNotExplicit.Select(gap => new[] { gap.Activity is null ? "(stated on the member)" : Cell(gap.Activity), string.Join(", ", gap.Members.Select(Code)) }));
        }

        if (gaps.UndeclaredActivities.Count > 0)
        {
            text.Append("### Activities used but not declared\n\n")
                .Append("Members name these activities, but no `[assembly: ProcessingActivity]` declares them: the members are in no activity under that name.\n\n");
            Table(text, new[] { "activity", "named by" },
                gaps.UndeclaredActivities.Select(gap => new[] { Cell(gap.Name), string.Join(", ", gap.Members.Select(Code)) }));
        }
    }

    /// <summary>
    /// The record of processing by activity (Art. 30(1)(b)-(g)): one row per activity, then a diagram of data subjects →
    /// activities → recipients. An inline purpose is an activity of its own, named by its text.
    /// </summary>
    private static void WriteActivities(StringBuilder text, InventoryDocument inventory)
    {
        text.Append("## Processing activities\n\n");
        if (inventory.Activities.Count == 0)
        {
            text.Append("None: no member names an activity or states a purpose.\n\n");
            return;
        }

        text.Append("Each `[assembly: ProcessingActivity]`, and each purpose stated inline on members, with the personal data it processes.\n\n");
        Table(text, ActivityColumns, inventory.Activities.Select(activity => new[]
        {
            Cell(ActivityTexts.Name(activity)), Cell(activity.Purpose), Cell(activity.LegalBasis), Cell(string.Join(", ", activity.DataSubjects)),
            string.Join("; ", activity.Categories.Select(category =>
                Cell(category.Category) + (category.IsSpecialCategory ? " (special category)" : string.Empty) + ": " + string.Join(", ", category.Members.Select(Code)))),
            Cell(string.Join(", ", activity.Recipients)),
            Cell(string.Join(", ", activity.Transfers.Select(recipient => ActivityTexts.Transfer(recipient, inventory.Recipients)))),
            Cell(activity.Retention), SecurityCell(activity),
        }));
        MermaidDiagram.WriteActivities(text, inventory);
        text.Append('\n');
    }

    /// <summary>The declared measures as text, the members the code encrypts or logs in code font.</summary>
    private static string SecurityCell(InventoryActivity activity)
    {
        var declared = Cell(activity.SecurityMeasures);
        return ActivityTexts.Security(activity with { SecurityMeasures = null }, Code) is { Length: > 0 } shown
            ? (declared.Length > 0 ? declared + "; " + shown : shown)
            : declared;
    }

    private static void MemberGaps(StringBuilder text, string title, IReadOnlyList<MemberGap> gaps)
    {
        if (gaps.Count > 0)
        {
            text.Append("### ").Append(title).Append("\n\n");
            Table(text, new[] { "member", "category", "source" }, gaps.Select(gap => new[] { Code(gap.Member), gap.Category, Cell(gap.Source.ToString()) }));
        }
    }

    private static void WriteController(StringBuilder text, ControllerModel? controller)
    {
        text.Append("## Controller\n\n");
        if (controller is null)
        {
            text.Append("Not declared.\n\n");
            return;
        }

        Table(text, new[] { "", "" }, new[]
        {
            new[] { "Name", Cell(controller.Name) },
            new[] { "Contact", Cell(controller.Contact) },
            new[] { "Data protection officer", Cell(controller.DataProtectionOfficer) },
            new[] { "Representative", Cell(controller.Representative) },
        });
    }

    private static void WriteRecipients(StringBuilder text, IReadOnlyList<RecipientModel> recipients)
    {
        text.Append("## Recipients\n\n");
        if (recipients.Count == 0)
        {
            text.Append("None declared.\n\n");
            return;
        }

        Table(text, new[] { "name", "role", "purpose", "country", "transfer safeguard" },
            recipients.Select(recipient => new[] { Cell(recipient.Name), recipient.Role, Cell(recipient.Purpose), Cell(recipient.Country), Cell(recipient.TransferSafeguard) }));
    }

    private static void WriteMembers(StringBuilder text, InventoryGroup group, IReadOnlyList<InventoryActivity> activities) => Table(text, MemberColumns, group.Members.Select(entry =>
    {
        var tag = entry.Tag;
        return new[]
        {
            Code(entry.Path), tag.Category, YesNo(tag.IsSpecialCategory), Cell(MemberPurposes.Purpose(tag, activities)), Cell(MemberPurposes.LegalBasis(tag, activities)),
            Cell(tag.Retention),
            tag.RetentionReason is { Length: > 0 } reason ? tag.Erasure + ": " + Cell(reason) : tag.Erasure,
            YesNo(tag.Encrypted), YesNo(tag.Audited), Cell(string.Join(", ", tag.Recipients)), YesNo(tag.Export), Cell(entry.Source.ToString()),
        };
    }));

    private static void Table(StringBuilder text, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Row(text, header);
        text.Append('|');
        foreach (var _ in header)
        {
            text.Append("---|");
        }

        text.Append('\n');
        foreach (var row in rows)
        {
            Row(text, row);
        }

        text.Append('\n');
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(cell).Append(" |");
        }

        text.Append('\n');
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>A name in code font; backticks inside cannot occur in C# names.</summary>
    private static string Code(string name) => "`" + name.Replace("|", "\\|") + "`";

    /// <summary>Text from attribute arguments made safe for a table cell: no line breaks, pipes or HTML.</summary>
    private static string Cell(string? value) => (value ?? string.Empty)
        .Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ')
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
        .Replace("|", "\\|");
}
