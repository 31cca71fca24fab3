using System.Collections.Generic;
using System.Globalization;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks;

/// <summary>
/// Reads the inventory's JSON, as the generator compiles it into the assembly, back into the
/// <see cref="InventoryDocument"/> the generator wrote it from. Anything else (another schema version, a missing or
/// mistyped field) is a <see cref="JsonSyntaxException"/>, which the task reports rather than render a wrong file.
/// </summary>
internal static class InventoryJsonReader
{
    public static CompiledInventory Read(string json)
    {
        var root = JsonParser.Parse(json);
        Expect(root, JsonKind.Object, "the inventory");
        var version = Property(root, "schemaVersion");
        if (version.Kind != JsonKind.Number || version.Text != InventoryConstants.SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw new JsonSyntaxException(version.Start, "'schemaVersion' is " + (version.Text ?? version.Kind.ToString()) + ", but this Dossier renders version " +
                InventoryConstants.SchemaVersion.ToString(CultureInfo.InvariantCulture) + "; build the assembly with the Dossier package whose task reads it");
        }

        var controller = Property(root, "controller");
        var document = new InventoryDocument(
            String(root, "generator"),
            String(root, "assembly"),
            controller.Kind == JsonKind.Null
                ? null
                : new ControllerModel(String(controller, "name"), OptionalString(controller, "contact"), OptionalString(controller, "dataProtectionOfficer"),
                    OptionalString(controller, "representative")),
            Items(root, "recipients", recipient => new RecipientModel(String(recipient, "name"), String(recipient, "role"), OptionalString(recipient, "purpose"),
                OptionalString(recipient, "country"), OptionalString(recipient, "transferSafeguard"))),
            Gaps(Property(root, "gaps")),
            Items(root, "activities", Activity),
            Items(root, "subjects", Group),
            Items(root, "unreachedTypes", Group));
        return new CompiledInventory(root, document);
    }

    private static InventoryGaps Gaps(JsonNode gaps) => new(
        Bool(gaps, "controllerMissing"),
        Items(gaps, "missingDeclarations", gap => new MissingDeclaration(String(gap, "member"), Strings(gap, "missing"), Source(gap))),
        Items(gaps, "specialCategoryUnencrypted", MemberGap),
        Items(gaps, "unloggedSpecialCategory", MemberGap),
        Items(gaps, "undeclaredRecipients", recipient => new UndeclaredRecipient(String(recipient, "name"), Strings(recipient, "members"),
            recipient.Property("activities") is not null ? Strings(recipient, "activities") : new List<string>())),
        Items(gaps, "undeclaredActivities", activity => new UndeclaredActivity(String(activity, "name"), Strings(activity, "members"))),
        Items(gaps, "incompleteActivities", activity => new IncompleteActivity(String(activity, "name"), Strings(activity, "missing"))),
        Items(gaps, "consentNotExplicit", gap => new ConsentNotExplicit(OptionalString(gap, "activity"), Strings(gap, "members"))));

    private static InventoryActivity Activity(JsonNode activity)
    {
        var security = Property(activity, "security");
        Expect(security, JsonKind.Object, "'security'");
        return new InventoryActivity(
            String(activity, "name"),
            Bool(activity, "declared"),
            OptionalString(activity, "purpose"),
            String(activity, "legalBasis"),
            OptionalString(activity, "retention"),
            Strings(activity, "dataSubjects"),
            Items(activity, "categories", category => new ActivityCategory(String(category, "category"), Bool(category, "specialCategory"), Strings(category, "members"))),
            Strings(activity, "recipients"),
            Strings(activity, "transfers"),
            OptionalString(security, "measures"),
            Strings(security, "encrypted"),
            Strings(security, "accessLogged"));
    }

    private static MemberGap MemberGap(JsonNode gap) => new(String(gap, "member"), String(gap, "category"), Source(gap));

    /// <summary>A data subject (with its <c>name</c>) or a type no subject reaches (without).</summary>
    private static InventoryGroup Group(JsonNode group) =>
        new(group.Property("name") is null ? null : String(group, "name"), String(group, "type"), Source(group), Items(group, "members", Entry));

    private static InventoryEntry Entry(JsonNode member) => new(
        String(member, "path"),
        String(member, "type"),
        String(member, "member"),
        new InventoryTag(
            String(member, "category"),
            Bool(member, "specialCategory"),
            OptionalString(member, "purpose"),
            String(member, "legalBasis"),
            OptionalString(member, "retention"),
            String(member, "erasure"),
            OptionalString(member, "retentionReason"),
            Strings(member, "recipients"),
            Bool(member, "exported"),
            Bool(member, "encrypted"),
            Bool(member, "accessLogged"),
            String(member, "taggedBy"),
            Strings(member, "activities")),
        Bool(member, "collection"),
        Source(member));

    private static SourceLocation Source(JsonNode owner)
    {
        var source = Property(owner, "source");
        var line = Property(source, "line");
        if (line.Kind != JsonKind.Number || !int.TryParse(line.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new JsonSyntaxException(line.Start, "'line' must be a whole number");
        }

        return new SourceLocation(String(source, "file"), number);
    }

    private static List<T> Items<T>(JsonNode owner, string name, System.Func<JsonNode, T> read)
    {
        var array = Property(owner, name);
        Expect(array, JsonKind.Array, "'" + name + "'");
        var items = new List<T>(array.Items.Count);
        foreach (var item in array.Items)
        {
            Expect(item, JsonKind.Object, "each of '" + name + "'");
            items.Add(read(item));
        }

        return items;
    }

    private static List<string> Strings(JsonNode owner, string name)
    {
        var array = Property(owner, name);
        Expect(array, JsonKind.Array, "'" + name + "'");
        var values = new List<string>(array.Items.Count);
        foreach (var item in array.Items)
        {
            Expect(item, JsonKind.String, "each of '" + name + "'");
            values.Add(item.Text!);
        }

        return values;
    }

    private static string String(JsonNode owner, string name) => OptionalString(owner, name) ??
        throw new JsonSyntaxException(owner.Property(name)!.Start, "'" + name + "' must be a string");

    private static string? OptionalString(JsonNode owner, string name) => Property(owner, name) switch
    {
        { Kind: JsonKind.Null } => null,
        { Kind: JsonKind.String } value => value.Text,
        var other => throw new JsonSyntaxException(other.Start, "'" + name + "' must be a string or null"),
    };

    private static bool Bool(JsonNode owner, string name) => Property(owner, name).Kind switch
    {
        JsonKind.True => true,
        JsonKind.False => false,
        _ => throw new JsonSyntaxException(owner.Property(name)!.Start, "'" + name + "' must be true or false"),
    };

    private static JsonNode Property(JsonNode owner, string name) =>
        owner.Property(name) ?? throw new JsonSyntaxException(owner.Start, "'" + name + "' is missing");

    private static void Expect(JsonNode node, JsonKind kind, string what)
    {
        if (node.Kind != kind)
        {
            throw new JsonSyntaxException(node.Start, what + " must be " + (kind == JsonKind.Object ? "an object" : kind == JsonKind.Array ? "an array" : "a string"));
        }
    }
}

/// <summary>The inventory an assembly holds: its JSON as compiled in, and the document read from it.</summary>
internal sealed record CompiledInventory(JsonNode Json, InventoryDocument Document);
