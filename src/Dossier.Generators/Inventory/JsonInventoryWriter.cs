using Dossier.Generators.Model;

namespace Dossier.Generators.Inventory;

/// <summary>
/// Writes the inventory as compact JSON, the one form the generator compiles into the assembly: the build task
/// renders every inventory file from it (the JSON file is this text, indented). The names and shape are a public
/// contract, documented in docs/inventory.md and docs/inventory.schema.json: change them only with a new
/// <see cref="InventoryConstants.SchemaVersion"/>.
/// </summary>
internal static class JsonInventoryWriter
{
    public static string Write(InventoryDocument inventory)
    {
        var json = new JsonTextWriter(indented: false).StartObject()
            .Number("schemaVersion", InventoryConstants.SchemaVersion)
            .String("generator", inventory.Generator)
            .String("assembly", inventory.Assembly);

        WriteGaps(json, inventory.Gaps);
        if (inventory.Controller is { } controller)
        {
            json.StartObject("controller")
                .String("name", controller.Name)
                .String("contact", controller.Contact)
                .String("dataProtectionOfficer", controller.DataProtectionOfficer)
                .String("representative", controller.Representative)
                .EndObject();
        }
        else
        {
            json.Null("controller");
        }

        json.StartArray("recipients");
        foreach (var recipient in inventory.Recipients)
        {
            json.StartObject()
                .String("name", recipient.Name)
                .String("role", recipient.Role)
                .String("purpose", recipient.Purpose)
                .String("country", recipient.Country)
                .String("transferSafeguard", recipient.TransferSafeguard)
                .EndObject();
        }

        json.EndArray();
        WriteActivities(json, inventory.Activities);
        WriteGroups(json, "subjects", inventory.Subjects);
        WriteGroups(json, "unreachedTypes", inventory.UnreachedTypes);
        return json.EndObject().ToString();
    }

    private static void WriteGaps(JsonTextWriter json, InventoryGaps gaps)
    {
        json.StartObject("gaps").Bool("controllerMissing", gaps.ControllerMissing).StartArray("missingDeclarations");
        foreach (var gap in gaps.MissingDeclarations)
        {
            json.StartObject().String("member", gap.Member).Strings("missing", gap.Missing);
            WriteSource(json, gap.Source);
            json.EndObject();
        }

        json.EndArray();
        WriteMemberGaps(json, "specialCategoryUnencrypted", gaps.SpecialCategoryUnencrypted);
        WriteMemberGaps(json, "unloggedSpecialCategory", gaps.UnloggedSpecialCategory);
        json.StartArray("undeclaredRecipients");
        foreach (var recipient in gaps.UndeclaredRecipients)
        {
            json.StartObject().String("name", recipient.Name).Strings("members", recipient.Members);
            if (recipient.Activities.Count > 0)
            {
                json.Strings("activities", recipient.Activities);
            }

            json.EndObject();
        }

        json.EndArray().StartArray("undeclaredActivities");
        foreach (var activity in gaps.UndeclaredActivities)
        {
            json.StartObject().String("name", activity.Name).Strings("members", activity.Members).EndObject();
        }

        json.EndArray().StartArray("incompleteActivities");
        foreach (var activity in gaps.IncompleteActivities)
        {
            json.StartObject().String("name", activity.Name).Strings("missing", activity.Missing).EndObject();
        }

        json.EndArray().StartArray("consentNotExplicit");
        foreach (var gap in gaps.ConsentNotExplicit)
        {
            json.StartObject().String("activity", gap.Activity).Strings("members", gap.Members).EndObject();
        }

        json.EndArray().EndObject();
    }

    private static void WriteActivities(JsonTextWriter json, System.Collections.Generic.IReadOnlyList<InventoryActivity> activities)
    {
        json.StartArray("activities");
        foreach (var activity in activities)
        {
            json.StartObject()
                .String("name", activity.Name)
                .Bool("declared", activity.Declared)
                .String("purpose", activity.Purpose)
                .String("legalBasis", activity.LegalBasis)
                .String("retention", activity.Retention)
                .Strings("dataSubjects", activity.DataSubjects)
                .StartArray("categories");
            foreach (var category in activity.Categories)
            {
                json.StartObject()
                    .String("category", category.Category)
                    .Bool("specialCategory", category.IsSpecialCategory)
                    .Strings("members", category.Members)
                    .EndObject();
            }

            json.EndArray()
                .Strings("recipients", activity.Recipients)
                .Strings("transfers", activity.Transfers)
                .StartObject("security")
                .String("measures", activity.SecurityMeasures)
                .Strings("encrypted", activity.Encrypted)
                .Strings("accessLogged", activity.AccessLogged)
                .EndObject()
                .EndObject();
        }

        json.EndArray();
    }

    private static void WriteMemberGaps(JsonTextWriter json, string name, System.Collections.Generic.IReadOnlyList<MemberGap> gaps)
    {
        json.StartArray(name);
        foreach (var gap in gaps)
        {
            json.StartObject().String("member", gap.Member).String("category", gap.Category);
            WriteSource(json, gap.Source);
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WriteGroups(JsonTextWriter json, string name, System.Collections.Generic.IReadOnlyList<InventoryGroup> groups)
    {
        json.StartArray(name);
        foreach (var group in groups)
        {
            json.StartObject();
            if (group.SubjectName is not null)
            {
                json.String("name", group.SubjectName);
            }

            json.String("type", group.Type);
            WriteSource(json, group.Source);
            json.StartArray("members");
            foreach (var entry in group.Members)
            {
                WriteEntry(json, entry);
            }

            json.EndArray().EndObject();
        }

        json.EndArray();
    }

    private static void WriteEntry(JsonTextWriter json, InventoryEntry entry)
    {
        var tag = entry.Tag;
        json.StartObject()
            .String("path", entry.Path)
            .String("type", entry.Type)
            .String("member", entry.Member)
            .String("category", tag.Category)
            .Bool("specialCategory", tag.IsSpecialCategory)
            .String("purpose", tag.Purpose)
            .String("legalBasis", tag.LegalBasis)
            .String("retention", tag.Retention)
            .String("erasure", tag.Erasure)
            .String("retentionReason", tag.RetentionReason)
            .Bool("encrypted", tag.Encrypted)
            .Bool("accessLogged", tag.Audited)
            .Strings("recipients", tag.Recipients)
            .Strings("activities", tag.Activities)
            .Bool("exported", tag.Export)
            .Bool("collection", entry.Collection)
            .String("taggedBy", tag.TaggedBy);
        WriteSource(json, entry.Source);
        json.EndObject();
    }

    private static void WriteSource(JsonTextWriter json, SourceLocation source) =>
        json.StartObject("source").String("file", source.File).Number("line", source.Line).EndObject();
}
