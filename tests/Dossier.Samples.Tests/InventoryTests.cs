using System.Reflection;
using System.Text.Json.Nodes;

namespace Dossier.Samples.Tests;

/// <summary>The record of processing the sample's build produces: complete, so its gaps section is empty.</summary>
public sealed class InventoryTests
{
    [Fact]
    public void The_sample_is_tagged_completely_and_its_inventory_has_no_gaps()
    {
        // The build renders the inventory files from this same compiled JSON (docs/inventory.md).
        var inventory = typeof(DirectoryService.DirectoryApp).Assembly.GetType("Dossier.Generated.PersonalDataInventory")!;
        var json = JsonNode.Parse((string)inventory.GetField("Json", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!)!;

        var gaps = json["gaps"]!;
        Assert.False(gaps["controllerMissing"]!.GetValue<bool>());
        Assert.All(new[] { "missingDeclarations", "specialCategoryUnencrypted", "unloggedSpecialCategory", "undeclaredRecipients", "undeclaredActivities" },
            gap => Assert.Empty(gaps[gap]!.AsArray()));
        Assert.Equal("Example Directory GmbH", (string?)json["controller"]!["name"]);
        var paths = json["subjects"]!.AsArray().SelectMany(subject => subject!["members"]!.AsArray()).Select(member => (string?)member!["path"]).ToList();
        Assert.Contains("User.Email", paths);
        Assert.Contains("User.HomeAddress.Street", paths);
        Assert.Contains("User.Devices[].LastIpAddress", paths);
    }

    [Fact]
    public void The_e_mail_address_serves_sign_in_account_notices_and_the_newsletter_on_three_legal_bases()
    {
        var inventory = typeof(DirectoryService.DirectoryApp).Assembly.GetType("Dossier.Generated.PersonalDataInventory")!;
        var json = JsonNode.Parse((string)inventory.GetField("Json", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!)!;

        var email = json["subjects"]!.AsArray().SelectMany(subject => subject!["members"]!.AsArray()).Single(member => (string?)member!["path"] == "User.Email")!;
        Assert.Equal(new[] { "Account notices", "Newsletter", "Sign-in" }, email["activities"]!.AsArray().Select(name => (string?)name).ToArray());
        Assert.Equal(new[] { "HostCo", "MailCo" }, email["recipients"]!.AsArray().Select(name => (string?)name).Order(StringComparer.Ordinal).ToArray());
        var activities = json["activities"]!.AsArray();
        Assert.Equal("Contract", (string?)activities.Single(activity => (string?)activity!["name"] == "Sign-in")!["legalBasis"]);
        Assert.Equal("LegitimateInterests", (string?)activities.Single(activity => (string?)activity!["name"] == "Account notices")!["legalBasis"]);
        Assert.Equal("Consent", (string?)activities.Single(activity => (string?)activity!["name"] == "Newsletter")!["legalBasis"]);
        Assert.All(activities, activity => Assert.NotEmpty(activity!["dataSubjects"]!.AsArray()));
    }
}
