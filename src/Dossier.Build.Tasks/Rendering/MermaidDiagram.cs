using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// A Mermaid flowchart (rendered by GitHub) of data subjects → the categories of their data → recipients.
/// Category nodes belong to one subject, so an edge to a recipient says exactly whose data goes there.
/// </summary>
internal static class MermaidDiagram
{
    public static void Write(StringBuilder text, InventoryDocument inventory)
    {
        text.Append("```mermaid\nflowchart LR\n");
        var recipientIds = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in inventory.Subjects.SelectMany(subject => subject.Members).SelectMany(entry => entry.Tag.Recipients))
        {
            if (!recipientIds.ContainsKey(name))
            {
                recipientIds.Add(name, string.Empty);
            }
        }

        var index = 0;
        foreach (var name in recipientIds.Keys.ToList())
        {
            recipientIds[name] = "r" + Number(index++);
        }

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

        var declared = new HashSet<string>(inventory.Recipients.Select(recipient => recipient.Name), StringComparer.Ordinal);
        foreach (var recipient in recipientIds)
        {
            var label = declared.Contains(recipient.Key) ? recipient.Key : recipient.Key + " (not declared)";
            text.Append("    ").Append(recipient.Value).Append("[/\"").Append(Label(label)).Append("\"/]\n");
        }

        text.Append("```\n");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Mermaid labels are quoted; quotes and markup inside them are written as entities.</summary>
    private static string Label(string value) => value
        .Replace("&", "#amp;").Replace("\"", "#quot;").Replace("<", "#lt;").Replace(">", "#gt;")
        .Replace('\r', ' ').Replace('\n', ' ');
}
