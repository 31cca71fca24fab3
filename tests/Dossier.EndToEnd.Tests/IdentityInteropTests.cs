using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dossier.EndToEnd.Tests;

/// <summary>A fresh project on ASP.NET Core Identity: the members Identity tags are exported, erased and listed.</summary>
[Collection(PackedDossierCollection.Name)]
public class IdentityInteropTests(PackedDossier dossier)
{
    private const string IdentityVersion = "10.0.15";

    private const string Model = """
        using Dossier;

        [assembly: DataController("Example Ltd", Contact = "privacy@example.com")]

        namespace Accounts;

        [DataSubject("Account holder")]
        public partial class AppUser : Microsoft.AspNetCore.Identity.IdentityUser
        {
            [PersonalData(DataCategory.Name, Purpose = "Greeting", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
            public string? DisplayName { get; set; }
        }
        """;

    private const string Program = """
        using Accounts;
        using Dossier;

        var user = new AppUser
        {
            UserName = "ada", Email = "ada@example.com", PhoneNumber = "+44 20 7946 0000", DisplayName = "Ada",
            PasswordHash = "hash", SecurityStamp = "stamp",
        };
        File.WriteAllText("export.json", user.ExportPersonalData().ToJson());
        var report = user.ErasePersonalData();
        File.WriteAllText("report.txt", report.ToString());
        File.WriteAllText("after.txt", string.Join("|", user.UserName ?? "null", user.Email ?? "null", user.PhoneNumber ?? "null",
            user.DisplayName ?? "null", user.PasswordHash, user.SecurityStamp));
        """;

    [Fact]
    public void Identity_tagged_members_are_exported_erased_and_in_the_inventory()
    {
        var project = ConsumerProject.Create(dossier, "identity-interop",
            new Dictionary<string, string> { ["Model.cs"] = Model, ["Program.cs"] = Program },
            new Dictionary<string, string> { ["Microsoft.Extensions.Identity.Stores"] = IdentityVersion });
        project.Run();

        var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Directory, "export.json"))).RootElement.GetProperty("data");
        Assert.Equal("ada@example.com", data.GetProperty("Email").GetProperty("value").GetString());
        Assert.Equal("ada", data.GetProperty("UserName").GetProperty("value").GetString());
        Assert.Equal("Ada", data.GetProperty("DisplayName").GetProperty("value").GetString());
        Assert.False(data.TryGetProperty("PasswordHash", out _));
        Assert.False(data.TryGetProperty("SecurityStamp", out _));

        Assert.Equal("null|null|null|null|hash|stamp", File.ReadAllText(Path.Combine(project.Directory, "after.txt")));
        Assert.Contains("AppUser.Email", File.ReadAllText(Path.Combine(project.Directory, "report.txt")));

        var inventory = JsonNode.Parse(File.ReadAllText(project.InventoryFile(".json")))!;
        var members = inventory["subjects"]!.AsArray().Single(subject => (string?)subject!["name"] == "Account holder")!["members"]!.AsArray()
            .ToDictionary(member => (string)member!["member"]!, member => member!);
        Assert.Equal("Identity", (string?)members["Email"]["taggedBy"]);
        Assert.True((bool)members["Email"]["encrypted"]!);
        Assert.Equal("Identity", (string?)members["PhoneNumber"]["taggedBy"]);
        Assert.Equal("Identity", (string?)members["Id"]["taggedBy"]);
        Assert.Equal("Dossier", (string?)members["DisplayName"]["taggedBy"]);
        Assert.False(members.ContainsKey("PasswordHash"));
        Assert.Contains("AppUser.Email", File.ReadAllText(project.InventoryFile(".md")));
    }
}
