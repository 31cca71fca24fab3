using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Mermaid flowcharts (rendered by GitHub): data subjects → the categories of their data → recipients, where category
/// nodes belong to one subject, so an edge to a recipient says exactly whose data goes there; and data subjects →
/// processing activities → recipients, the same flow by purpose.
/// </summary>
internal static class MermaidDiagram
{
    public static void Write(StringBuilder text, InventoryDocument inventory)
    {
        text.Append("```mermaid\nflowchart LR\n");
        var recipientIds = Ids(inventory.Subjects.SelectMany(subject => subject.Members).SelectMany(entry => entry.Tag.Recipients), "r");

        for (var s = 0; s < inventory.Subjects.Count; s++)
        {
            var subject = inventory.Subjects[s];
            var subjectId = "s" + Number(s);
            text.Append("    ").Append(subjectId).Append("([\"").Append(Label(subject.SubjectName!)).Append("\"])\n");
            var categories = subject.Members.GroupBy(entry => entry.Tag.Category).OrderBy(group => group.Key, StringComparer.Ordinal).ToList();
            for (var c = 0; c < categories.Count; c++)
            {
                var categoryId = subjectId + "c" + Number(c);
                text.Append("    ").Append(categoryId).Append("[\"").Append(Label(categories[c].Key)).Append("\"]\n")
                    .Append("    ").Append(subjectId).Append(" --> ").Append(categoryId).Append('\n');
                foreach (var recipient in categories[c].SelectMany(entry => entry.Tag.Recipients).Distinct().OrderBy(name => name, StringComparer.Ordinal))
                {
                    text.Append("    ").Append(categoryId).Append(" --> ").Append(recipientIds[recipient]).Append('\n');
                }
            }
        }

        WriteRecipients(text, inventory, recipientIds);
        text.Append("```\n");
    }

    /// <summary>
    /// The flow by activity: data subjects (the <c>[DataSubject]</c> names and the categories activities declare) →
    /// processing activities → recipients. An activity with no subject or no recipient stands alone on that side.
    /// </summary>
    public static void WriteActivities(StringBuilder text, InventoryDocument inventory)
    {
        text.Append("```mermaid\nflowchart LR\n");
        var subjects = Ids(inventory.Activities.SelectMany(activity => activity.DataSubjects), "s");
        var recipients = Ids(inventory.Activities.SelectMany(activity => activity.Recipients), "r");
        foreach (var subject in subjects)
        {
            text.Append("    ").Append(subject.Value).Append("([\"").Append(Label(subject.Key)).Append("\"])\n");
        }

        for (var a = 0; a < inventory.Activities.Count; a++)
        {
            var activity = inventory.Activities[a];
            var activityId = "a" + Number(a);
            text.Append("    ").Append(activityId).Append("[\"").Append(Label(activity.Declared ? activity.Name : activity.Name + " (inline purpose)")).Append("\"]\n");
            foreach (var subject in activity.DataSubjects)
            {
                text.Append("    ").Append(subjects[subject]).Append(" --> ").Append(activityId).Append('\n');
            }

            foreach (var recipient in activity.Recipients)
            {
                text.Append("    ").Append(activityId).Append(" --> ").Append(recipients[recipient]).Append('\n');
            }
        }

        WriteRecipients(text, inventory, recipients);
        text.Append("```\n");
    }

    private static SortedDictionary<string, string> Ids(IEnumerable<string> names, string prefix)
    {
        var ids = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!ids.ContainsKey(name))
            {
                ids.Add(name, string.Empty);
            }
        }

        var index = 0;
        foreach (var name in ids.Keys.ToList())
        {
            ids[name] = prefix + Number(index++);
        }

        return ids;
    }

    private static void WriteRecipients(StringBuilder text, InventoryDocument inventory, SortedDictionary<string, string> recipientIds)
    {
        var declared = new HashSet<string>(inventory.Recipients.Select(recipient => recipient.Name), StringComparer.Ordinal);
        foreach (var recipient in recipientIds)
        {
            var label = declared.Contains(recipient.Key) ? recipient.Key : recipient.Key + " (not declared)";
            text.Append("    ").Append(recipient.Value).Append("[/\"").Append(Label(label)).Append("\"/]\n");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Mermaid labels are quoted; quotes and markup inside them are written as entities.</summary>
    private static string Label(string value) => value
        .Replace("&", "#amp;").Replace("\"", "#quot;").Replace("<", "#lt;").Replace(">", "#gt;")
        .Replace('\r', ' ').Replace('\n', ' ');
}
