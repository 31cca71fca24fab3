using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Writes the inventory as a fideslang 3.1 dataset (YAML), for <c>fides push</c>: one collection per data subject
/// and per type no subject reaches, one field per member, nested fields for nested objects, and each field's
/// <c>DataCategory</c> as a fideslang data category (<see cref="FidesCategories"/>). fideslang 3 has no place for
/// purpose, legal basis or retention, so the field's description carries them. Collections and fields are sorted
/// by name, as fideslang sorts them when it reads the file. The same file holds the per-activity view, a fideslang
/// <c>system</c> (<see cref="FidesSystemWriter"/>). docs/fideslang.md describes the mapping.
/// </summary>
internal static class FidesDatasetWriter
{
    public static string Write(InventoryDocument inventory)
    {
        var yaml = new YamlWriter();
        yaml.Key(0, "dataset").Item(0).Pair(1, "fides_key", FidesKeys.From(inventory.Assembly, "dossier_inventory"))
            .Pair(1, "name", inventory.Assembly)
            .Pair(1, "description", "Personal data held by the code of " + inventory.Assembly + ", from Dossier's inventory (GDPR Art. 30 record of processing).")
            .Key(1, "meta")
            .Pair(2, "generator", inventory.Generator);
        if (inventory.Controller is { } controller)
        {
            yaml.Pair(2, "controller", controller.Name);
        }

        var collections = Collections(inventory);
        if (collections.Count == 0)
        {
            yaml.EmptyList(1, "collections");
        }
        else
        {
            yaml.Key(1, "collections");
            foreach (var (name, description, fields) in collections)
            {
                yaml.Item(1).Pair(2, "name", name).Pair(2, "description", description);
                WriteFields(yaml, 2, fields, inventory.Activities);
            }
        }

        FidesSystemWriter.Write(yaml, inventory, FidesKeys.From(inventory.Assembly, "dossier_inventory"));
        return yaml.ToString();
    }

    private static List<(string Name, string Description, IReadOnlyList<FieldNode> Fields)> Collections(InventoryDocument inventory)
    {
        var groups = inventory.Subjects.Concat(inventory.UnreachedTypes).ToList();
        var names = FidesKeys.Distinct(groups.Select(group => FidesKeys.From(group.SubjectName ?? group.Type, "collection")));
        return groups
            .Select((group, index) => (names[index], Describe(group), FieldNode.Tree(group.Members)))
            .OrderBy(collection => collection.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private static void WriteFields(YamlWriter yaml, int indent, IReadOnlyList<FieldNode> fields, IReadOnlyList<InventoryActivity> activities)
    {
        if (fields.Count == 0)
        {
            yaml.EmptyList(indent, "fields");
            return;
        }

        yaml.Key(indent, "fields");
        foreach (var field in fields)
        {
            yaml.Item(indent).Pair(indent + 1, "name", field.Name);
            if (field.Entry is { } entry)
            {
                yaml.Pair(indent + 1, "description", Describe(entry, activities)).Key(indent + 1, "data_categories")
                    .Item(indent + 1, FidesCategories.For(entry.Tag.Category));
            }

            var retained = field.Entry?.Tag.Erasure == "Retain";
            if (retained || field.Children.Count > 0)
            {
                // read_only: Fides leaves the field alone on erasure, as Erasure.Retain does. data_type: Fides expects
                // "object" (or "object[]" for many) on a field that has fields of its own.
                yaml.Key(indent + 1, "fides_meta");
                if (field.Children.Count > 0)
                {
                    yaml.Pair(indent + 2, "data_type", field.Collection ? "object[]" : "object");
                }

                if (retained)
                {
                    yaml.Pair(indent + 2, "read_only", "true", quote: false);
                }
            }

            if (field.Children.Count > 0)
            {
                WriteFields(yaml, indent + 1, field.Children, activities);
            }
        }
    }

    private static string Describe(InventoryGroup group) => group.SubjectName is { } subject
        ? "Data subject " + subject + ": the personal data that " + group.Type + " (" + group.Source + ") holds or reaches."
        : "Personal data in " + group.Type + " (" + group.Source + ") that no data subject reaches.";

    /// <summary>What fideslang has no field for, in words: purpose, legal basis, retention, erasure and the rest.</summary>
    private static string Describe(InventoryEntry entry, IReadOnlyList<InventoryActivity> activities)
    {
        var tag = entry.Tag;
        var purpose = MemberPurposes.Purpose(tag, activities);
        var legalBasis = MemberPurposes.LegalBasis(tag, activities);
        var parts = new List<string>
        {
            "Purpose: " + (string.IsNullOrWhiteSpace(purpose) ? "not declared" : purpose),
            "legal basis: " + (legalBasis == "Unspecified" ? "not declared" : legalBasis),
            "retention: " + (string.IsNullOrWhiteSpace(tag.Retention) ? "not declared" : tag.Retention),
            "erasure: " + tag.Erasure + (string.IsNullOrWhiteSpace(tag.RetentionReason) ? string.Empty : " (" + tag.RetentionReason + ")"),
            "Dossier category: " + tag.Category + (tag.IsSpecialCategory ? " (special category)" : string.Empty),
        };
        if (tag.Recipients.Count > 0)
        {
            parts.Add("recipients: " + string.Join(", ", tag.Recipients));
        }

        if (tag.Encrypted) parts.Add("encrypted at rest");
        if (tag.Audited) parts.Add("access logged");
        if (!tag.Export) parts.Add("not exported");
        parts.Add("declared as " + entry.Type + "." + entry.Member + " (" + entry.Source + ")");
        return string.Join("; ", parts);
    }

    /// <summary>A field: a member on a path, and the members reached through it.</summary>
    private sealed class FieldNode(string segment)
    {
        public string Segment { get; } = segment;

        public string Name { get; private set; } = segment.EndsWith("[]", StringComparison.Ordinal) ? segment.Substring(0, segment.Length - 2) : segment;

        public bool Collection => Segment.EndsWith("[]", StringComparison.Ordinal);

        public InventoryEntry? Entry { get; set; }

        public List<FieldNode> Children { get; } = new();

        /// <summary>
        /// The fields of a collection from its members' paths (<c>Customer.Orders[].ShipTo.Street</c>): the first
        /// segment is the subject, each further one a field, nested in the one before.
        /// </summary>
        public static IReadOnlyList<FieldNode> Tree(IReadOnlyList<InventoryEntry> entries)
        {
            var root = new FieldNode(string.Empty);
            foreach (var entry in entries)
            {
                var segments = entry.Path.Split('.');
                var node = root;
                for (var i = 1; i < segments.Length - 1; i++)
                {
                    node = node.Child(segments[i], forEntry: false);
                }

                node.Child(segments[segments.Length - 1], forEntry: true).Entry = entry;
            }

            root.Settle();
            return root.Children;
        }

        /// <summary>
        /// The child for <paramref name="segment"/>. A member that a derived type hides with <c>new</c> puts two
        /// entries on one path: the second gets a field of its own, which <see cref="Settle"/> names apart.
        /// </summary>
        private FieldNode Child(string segment, bool forEntry)
        {
            var found = Children.LastOrDefault(child => child.Segment == segment);
            if (found is null || (forEntry && found.Entry is not null))
            {
                found = new FieldNode(segment);
                Children.Add(found);
            }

            return found;
        }

        /// <summary>Sorts the fields by name, as fideslang does, after making names unique within each level.</summary>
        private void Settle()
        {
            var ordered = Children.OrderBy(child => child.Name, StringComparer.Ordinal).ToList();
            var names = FidesKeys.Distinct(ordered.Select(child => child.Name));
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].Name = names[i];
                ordered[i].Settle();
            }

            Children.Clear();
            Children.AddRange(ordered.OrderBy(child => child.Name, StringComparer.Ordinal));
        }
    }

    /// <summary>Block-style YAML in the layout of Fides's own files: two spaces a level, list items at their key's indent.</summary>
    internal sealed class YamlWriter
    {
        private readonly StringBuilder _text = new();
        private bool _pendingItem;

        public YamlWriter Key(int indent, string key)
        {
            Indent(indent).Append(key).Append(":\n");
            return this;
        }

        public YamlWriter Pair(int indent, string key, string value, bool quote = true)
        {
            Indent(indent).Append(key).Append(": ").Append(quote ? YamlScalar.Write(value) : value).Append('\n');
            return this;
        }

        public YamlWriter EmptyList(int indent, string key)
        {
            Indent(indent).Append(key).Append(": []\n");
            return this;
        }

        /// <summary>Starts a list item whose first pair follows on the same line, one level in.</summary>
        public YamlWriter Item(int indent)
        {
            Indent(indent).Append("- ");
            _pendingItem = true;
            return this;
        }

        public YamlWriter Item(int indent, string value)
        {
            Indent(indent).Append("- ").Append(YamlScalar.Write(value)).Append('\n');
            return this;
        }

        public override string ToString() => _text.ToString();

        private StringBuilder Indent(int level)
        {
            if (_pendingItem)
            {
                // The "- " of the item already stands where this key's indentation ends.
                _pendingItem = false;
                return _text;
            }

            return _text.Append(' ', level * 2);
        }
    }
}
