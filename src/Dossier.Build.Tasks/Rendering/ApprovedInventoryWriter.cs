using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Writes the approved inventory (<c>PersonalData.approved.json</c>, docs/rules/PII009.md): the entries
/// <see cref="ApprovedInventory.FromDocument"/> makes, which are the ones the review gate compares the code with.
/// </summary>
internal static class ApprovedInventoryWriter
{
    public static string Write(InventoryDocument inventory)
    {
        var json = new JsonTextWriter(indented: true).StartObject()
            .Number(ApprovedFields.SchemaVersion, ApprovedInventory.SchemaVersion)
            .String(ApprovedFields.About, ApprovedInventory.About)
            .StartArray(ApprovedFields.Members);
        foreach (var current in ApprovedInventory.FromDocument(inventory))
        {
            var entry = current.Facts;
            json.StartObject()
                .String(ApprovedFields.Subject, entry.Subject)
                .String(ApprovedFields.Type, entry.Type)
                .String(ApprovedFields.Path, entry.Path)
                .String(ApprovedFields.Category, entry.Category)
                .String(ApprovedFields.Purpose, entry.Purpose)
                .String(ApprovedFields.LegalBasis, entry.LegalBasis)
                .String(ApprovedFields.Retention, entry.Retention)
                .String(ApprovedFields.Erasure, entry.Erasure)
                .String(ApprovedFields.RetentionReason, entry.RetentionReason)
                .Bool(ApprovedFields.Encrypted, entry.Encrypted)
                .Strings(ApprovedFields.Recipients, entry.Recipients)
                .EndObject();
        }

        return json.EndArray().EndObject().ToString();
    }
}
