using System.Linq;
using System.Text;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Writes one row per processing activity (<c>&lt;AssemblyName&gt;.PersonalData.Activities.csv</c>), the record of
/// processing by activity as a spreadsheet: the columns of GDPR Art. 30(1)(b)-(g). Lists inside a cell are joined with
/// <c>"; "</c>; quoting and line ends are those of the members' CSV.
/// </summary>
internal static class CsvActivitiesWriter
{
    private static readonly string[] Header =
    {
        "assembly", "activity", "declared", "purpose", "legalBasis", "dataSubjects", "categories", "specialCategories", "members", "recipients",
        "transfers", "retention", "securityMeasures", "encrypted", "accessLogged",
    };

    public static string Write(InventoryDocument inventory)
    {
        var text = new StringBuilder();
        CsvInventoryWriter.Row(text, Header);
        foreach (var activity in inventory.Activities)
        {
            CsvInventoryWriter.Row(text, new[]
            {
                inventory.Assembly, activity.Name, activity.Declared ? "true" : "false", activity.Purpose ?? "", activity.LegalBasis,
                string.Join("; ", activity.DataSubjects),
                string.Join("; ", activity.Categories.Select(category => category.Category)),
                string.Join("; ", activity.Categories.Where(category => category.IsSpecialCategory).Select(category => category.Category)),
                string.Join("; ", activity.Categories.SelectMany(category => category.Members).Distinct().OrderBy(path => path, System.StringComparer.Ordinal)),
                string.Join("; ", activity.Recipients),
                string.Join("; ", activity.Transfers.Select(recipient => ActivityTexts.Transfer(recipient, inventory.Recipients))),
                activity.Retention ?? "", activity.SecurityMeasures ?? "", string.Join("; ", activity.Encrypted), string.Join("; ", activity.AccessLogged),
            });
        }

        return text.ToString();
    }
}
