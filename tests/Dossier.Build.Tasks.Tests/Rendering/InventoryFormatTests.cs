using ApprovalTests;
using ApprovalTests.Reporters;
using Dossier.Generators.Tests.Inventory;

namespace Dossier.Build.Tasks.Tests.Rendering;

/// <summary>The three formats of the inventory for a realistic model, kept as approved files beside this test.</summary>
[UseReporter(typeof(QuietReporter))]
public class InventoryFormatTests
{
    [Fact]
    public void Json_inventory() => Approvals.VerifyWithExtension(WrittenInventory.Files(InventoryModel.Sources).Json, ".json");

    [Fact]
    public void Markdown_inventory() => Approvals.VerifyWithExtension(WrittenInventory.Files(InventoryModel.Sources).Markdown, ".md");

    [Fact]
    public void Csv_inventory() => Approvals.VerifyWithExtension(WrittenInventory.Files(InventoryModel.Sources).Csv, ".csv");

    [Fact]
    public void Csv_quotes_fields_and_ends_lines_with_crlf_as_rfc_4180_says()
    {
        var csv = WrittenInventory.Files(InventoryModel.Sources).Csv;

        Assert.DoesNotContain("\n", csv.Replace("\r\n", string.Empty));
        Assert.Contains(",\"Allergies, for food deliveries\",", csv);
        Assert.Contains(",Sign-in and order notices,", csv);
        var header = csv.Substring(0, csv.IndexOf("\r\n", StringComparison.Ordinal)).Split(',');
        Assert.All(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), row => Assert.Equal(header.Length, CountFields(row)));
    }

    [Fact]
    public void Same_code_gives_the_same_bytes()
    {
        var first = WrittenInventory.Files(InventoryModel.Sources);
        var second = WrittenInventory.Files(InventoryModel.Sources);

        Assert.Equal(first.Json, second.Json);
        Assert.Equal(first.Markdown, second.Markdown);
        Assert.Equal(first.Csv, second.Csv);
    }

    /// <summary>Counts the fields of one RFC 4180 record: commas inside quotes do not separate.</summary>
    private static int CountFields(string row)
    {
        var count = 1;
        var quoted = false;
        foreach (var character in row)
        {
            if (character == '"')
            {
                quoted = !quoted;
            }
            else if (character == ',' && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
