using System.Reflection;

namespace Dossier.Samples.Tests;

/// <summary>The record of processing the sample's build produces: complete, so its gaps section is empty.</summary>
public sealed class InventoryTests
{
    [Fact]
    public void The_sample_is_tagged_completely_and_its_inventory_has_no_gaps()
    {
        // The build writes the inventory files from this same generated text (docs/inventory.md).
        var inventory = typeof(DirectoryService.DirectoryApp).Assembly.GetType("Dossier.Generated.PersonalDataInventory")!;
        var markdown = (string)inventory.GetField("Markdown", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;

        Assert.Contains("## Gaps\n\nNone found.", markdown);
        Assert.Contains("| Name | Example Directory GmbH |", markdown);
        Assert.Contains("User.Email", markdown);
        Assert.Contains("User.HomeAddress.Street", markdown);
        Assert.Contains("User.Devices[].LastIpAddress", markdown);
    }
}
