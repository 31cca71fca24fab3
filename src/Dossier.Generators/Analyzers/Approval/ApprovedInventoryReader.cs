using System.Collections.Generic;
using System.Globalization;
using Dossier.Generators.Inventory;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Analyzers.Approval;

/// <summary>An entry of the approved file and the span of its object in the file.</summary>
internal sealed record ApprovedFileEntry(ApprovedEntry Facts, TextSpan Span);

/// <summary>The approved file as read: its entries, or why it cannot be read and where.</summary>
internal sealed record ApprovedFile(IReadOnlyList<ApprovedFileEntry> Entries, string? Problem, TextSpan ProblemSpan)
{
    public bool IsValid => Problem is null;
}

/// <summary>
/// Reads the approved inventory that the build task writes (<c>dotnet build -p:DossierApprove=true</c>). A fact left out of an entry
/// reads as missing (and so differs from the code); an entry without its type or path, a value of the wrong
/// kind or text that is not JSON makes the whole file unreadable, with the line and column of the problem.
/// </summary>
internal static class ApprovedInventoryReader
{
    private static readonly string[] StringFacts =
    {
        ApprovedFields.Subject, ApprovedFields.Category, ApprovedFields.Purpose, ApprovedFields.LegalBasis, ApprovedFields.Retention, ApprovedFields.Erasure,
        ApprovedFields.RetentionReason,
    };

    public static ApprovedFile Read(SourceText text)
    {
        try
        {
            return new ApprovedFile(ReadEntries(JsonParser.Parse(text.ToString())), null, default);
        }
        catch (JsonSyntaxException problem)
        {
            var position = problem.Position < 0 ? 0 : problem.Position > text.Length ? text.Length : problem.Position;
            var line = text.Lines.GetLinePosition(position);
            var where = "line " + (line.Line + 1).ToString(CultureInfo.InvariantCulture) + ", column " + (line.Character + 1).ToString(CultureInfo.InvariantCulture);
            return new ApprovedFile(new List<ApprovedFileEntry>(), where + ": " + problem.Message, new TextSpan(position, position < text.Length ? 1 : 0));
        }
    }

    private static List<ApprovedFileEntry> ReadEntries(JsonNode root)
    {
        if (root.Kind != JsonKind.Object)
        {
            throw new JsonSyntaxException(root.Start, $"the file must hold a JSON object with '{ApprovedFields.SchemaVersion}' and '{ApprovedFields.Members}'");
        }

        var version = root.Property(ApprovedFields.SchemaVersion);
        if (version is null || version.Kind != JsonKind.Number || version.Text != ApprovedInventory.SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw new JsonSyntaxException(version?.Start ?? root.Start,
                "'" + ApprovedFields.SchemaVersion + "' must be " + ApprovedInventory.SchemaVersion.ToString(CultureInfo.InvariantCulture) + ", the version this Dossier reads");
        }

        var members = root.Property(ApprovedFields.Members);
        if (members is null || members.Kind != JsonKind.Array)
        {
            throw new JsonSyntaxException(members?.Start ?? root.Start, $"'{ApprovedFields.Members}' must be an array of approved members");
        }

        var entries = new List<ApprovedFileEntry>();
        foreach (var member in members.Items)
        {
            entries.Add(new ApprovedFileEntry(ReadEntry(member), new TextSpan(member.Start, member.End - member.Start)));
        }

        return entries;
    }

    private static ApprovedEntry ReadEntry(JsonNode member)
    {
        if (member.Kind != JsonKind.Object)
        {
            throw new JsonSyntaxException(member.Start, $"each of '{ApprovedFields.Members}' must be an object");
        }

        var facts = new Dictionary<string, string?>();
        foreach (var name in StringFacts)
        {
            facts[name] = OptionalString(member, name);
        }

        return new ApprovedEntry(
            facts[ApprovedFields.Subject],
            RequiredString(member, ApprovedFields.Type),
            RequiredString(member, ApprovedFields.Path),
            facts[ApprovedFields.Category],
            facts[ApprovedFields.Purpose],
            facts[ApprovedFields.LegalBasis],
            facts[ApprovedFields.Retention],
            facts[ApprovedFields.Erasure],
            facts[ApprovedFields.RetentionReason],
            Bool(member, ApprovedFields.Encrypted),
            Strings(member, ApprovedFields.Recipients));
    }

    private static string RequiredString(JsonNode member, string name) => OptionalString(member, name) is { Length: > 0 } value
        ? value
        : throw new JsonSyntaxException(member.Property(name)?.Start ?? member.Start, $"an approved member must have '{name}'");

    private static string? OptionalString(JsonNode member, string name) => member.Property(name) switch
    {
        null or { Kind: JsonKind.Null } => null,
        { Kind: JsonKind.String } value => value.Text,
        var other => throw new JsonSyntaxException(other.Start, $"'{name}' must be a string or null"),
    };

    private static bool Bool(JsonNode member, string name) => member.Property(name) switch
    {
        null => false,
        { Kind: JsonKind.True } => true,
        { Kind: JsonKind.False } => false,
        var other => throw new JsonSyntaxException(other.Start, $"'{name}' must be true or false"),
    };

    private static IReadOnlyList<string> Strings(JsonNode member, string name)
    {
        var node = member.Property(name);
        if (node is null || node.Kind == JsonKind.Null)
        {
            return System.Array.Empty<string>();
        }

        var values = new List<string>();
        if (node.Kind == JsonKind.Array)
        {
            foreach (var item in node.Items)
            {
                if (item.Kind != JsonKind.String)
                {
                    throw new JsonSyntaxException(item.Start, $"'{name}' must hold strings only");
                }

                values.Add(item.Text!);
            }

            values.Sort(System.StringComparer.Ordinal);
            return values;
        }

        throw new JsonSyntaxException(node.Start, $"'{name}' must be an array of strings");
    }
}
