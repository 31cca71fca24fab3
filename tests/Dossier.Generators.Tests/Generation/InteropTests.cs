using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Generators.Tests.Infrastructure;
using Dossier.Generators.Tests.Inventory;

namespace Dossier.Generators.Tests.Generation;

/// <summary>
/// Members tagged only by ASP.NET Core Identity's <c>[PersonalData]</c>/<c>[ProtectedPersonalData]</c> or by a
/// Microsoft.Extensions.Compliance classification, with the real attribute assemblies: exported, erased and listed.
/// </summary>
public class InteropTests
{
    private const string Classifications = """
        namespace Acme
        {
            using Microsoft.Extensions.Compliance.Classification;
            using Dossier.Redaction;

            public sealed class PrivateDataAttribute() : DataClassificationAttribute(new DataClassification("Acme", "Private"));
            public sealed class EmailDataAttribute() : DataClassificationAttribute(DossierTaxonomy.Email);
            public sealed class HealthDataAttribute : DataClassificationAttribute
            {
                public HealthDataAttribute() : base(DossierTaxonomy.For(DataCategory.Health)) { }
            }
        }
        """;

    private static string Scenario(string body) =>
        "public static class Scenario\n{\n    public static string Run()\n    {\n" + body + "\n    }\n}\n";

    private static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement.GetProperty("data");

    [Fact]
    public void A_partial_IdentityUser_is_exported_and_erased_by_Identitys_tags_alone()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial class AppUser : Microsoft.AspNetCore.Identity.IdentityUser { }
            """, Scenario("""
            var user = new AppUser { UserName = "grace", Email = "grace@example.com", PhoneNumber = "+44 20 7946 0000", PasswordHash = "hash", SecurityStamp = "stamp" };
            var json = user.ExportPersonalData().ToJson();
            var report = user.ErasePersonalData();
            return json + "\n###\n" + (user.Email ?? "null") + "|" + (user.UserName ?? "null") + "|" + (user.PhoneNumber ?? "null") + "|" + user.PasswordHash + "|" + user.SecurityStamp + "\n###\n" + report;
            """));

        var parts = result.Split("\n###\n");
        var data = Data(parts[0]);
        Assert.Equal("grace@example.com", data.GetProperty("Email").GetProperty("value").GetString());
        Assert.Equal("grace", data.GetProperty("UserName").GetProperty("value").GetString());
        Assert.Equal("Other", data.GetProperty("Email").GetProperty("category").GetString());
        Assert.False(data.TryGetProperty("PasswordHash", out _));
        Assert.False(data.TryGetProperty("SecurityStamp", out _));
        Assert.Equal("null|null|null|hash|stamp", parts[1]);
        Assert.Contains("Email", parts[2]);
    }

    [Fact]
    public void Identity_and_classification_tags_on_a_type_of_ones_own_are_exported_and_erased()
    {
        var result = GeneratorHarness.RunScenario(Classifications, """
            public partial class Member
            {
                [Microsoft.AspNetCore.Identity.PersonalData] public string? Nickname { get; set; }
                [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string? Phone { get; set; }
                [Acme.PrivateData] public string? HomeAddress { get; set; }
                [Acme.EmailData] public string? Email { get; set; }
                public int Visits { get; set; }
            }
            """, Scenario("""
            var member = new Member { Nickname = "G", Phone = "0123", HomeAddress = "1 Main St", Email = "g@example.com", Visits = 3 };
            var json = member.ExportPersonalData().ToJson();
            member.ErasePersonalData();
            return json + "\n###\n" + (member.Nickname ?? "null") + "|" + (member.Phone ?? "null") + "|" + (member.HomeAddress ?? "null") + "|" + (member.Email ?? "null") + "|" + member.Visits;
            """));

        var parts = result.Split("\n###\n");
        var data = Data(parts[0]);
        Assert.Equal("1 Main St", data.GetProperty("HomeAddress").GetProperty("value").GetString());
        Assert.Equal("Other", data.GetProperty("HomeAddress").GetProperty("category").GetString());
        Assert.Equal("Email", data.GetProperty("Email").GetProperty("category").GetString());
        Assert.Equal("0123", data.GetProperty("Phone").GetProperty("value").GetString());
        Assert.False(data.TryGetProperty("Visits", out _));
        Assert.Equal("null|null|null|null|3", parts[1]);
    }

    [Fact]
    public void The_inventory_lists_interop_tagged_members_with_their_source_and_encryption()
    {
        var json = JsonNode.Parse(InventoryHarness.Json(Classifications, """
            [DataSubject("Account")]
            public partial class AppUser : Microsoft.AspNetCore.Identity.IdentityUser
            {
                [Acme.PrivateData] public string? HomeAddress { get; set; }
                [Acme.HealthData] public string? Allergies { get; set; }
                [PersonalData(DataCategory.Name, Purpose = "Greeting", LegalBasis = LegalBasis.Contract)] public string? DisplayName { get; set; }
            }
            """))!;

        var members = json["subjects"]!.AsArray().Single(subject => (string?)subject!["name"] == "Account")!["members"]!.AsArray()
            .ToDictionary(member => (string)member!["member"]!, member => member!);
        Assert.Equal("Identity", (string?)members["Email"]["taggedBy"]);
        Assert.Equal("Other", (string?)members["Email"]["category"]);
        Assert.True((bool)members["Email"]["encrypted"]!);
        Assert.Equal("Identity", (string?)members["Id"]["taggedBy"]);
        Assert.False((bool)members["Id"]["encrypted"]!);
        Assert.Equal("DataClassification", (string?)members["HomeAddress"]["taggedBy"]);
        Assert.Equal("Other", (string?)members["HomeAddress"]["category"]);
        Assert.Equal("Health", (string?)members["Allergies"]["category"]);
        Assert.True((bool)members["Allergies"]["specialCategory"]!);
        Assert.Equal("Dossier", (string?)members["DisplayName"]["taggedBy"]);
        Assert.False(members.ContainsKey("PasswordHash"));
    }
}
