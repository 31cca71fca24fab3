using System.Text.Json;
using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Generation;

/// <summary>Generated export and erasure, compiled and run on real objects.</summary>
public class ExportAndEraseTests
{
    private const string Customer = """
        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
            public string Email { get; set; } = "";

            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize)]
            public string? Name { get; set; }

            [PersonalData(DataCategory.GovernmentId, Erasure = Erasure.Pseudonymize)]
            public string? TaxNumber { get; set; }

            [PersonalData(DataCategory.Financial, Erasure = Erasure.Retain, RetentionReason = "Invoices must be kept for 10 years (tax law)")]
            public string? Iban { get; set; }

            [PersonalData(DataCategory.Credential, Export = false)]
            public string? PasswordHash { get; set; }

            [PersonalData(DataCategory.DateOfBirth)]
            public DateTime? BirthDate { get; set; }

            [PersonalData(DataCategory.Demographic, Erasure = Erasure.Anonymize)]
            public int Age { get; set; }

            public int LoyaltyPoints { get; set; }

            public string Plan { get; set; } = "";

            public Address? Home { get; set; }

            public List<Device> Devices { get; set; } = new();

            [PersonalData(DataCategory.Phone)]
            public List<string> Phones { get; set; } = new();

            public Customer? ReferredBy { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract)]
            public string Street { get; set; } = "";

            public string Country { get; set; } = "";
        }

        public partial class Device
        {
            [PersonalData(DataCategory.OnlineIdentifier, Erasure = Erasure.Anonymize)]
            public System.Net.IPAddress? LastIp { get; set; }

            public string Model { get; set; } = "";
        }

        public static class Fixture
        {
            public static Customer Create()
            {
                var customer = new Customer
                {
                    Email = "ada@example.com", Name = "Ada Lovelace", TaxNumber = "DE123", Iban = "DE89370400440532013000",
                    PasswordHash = "hash!", BirthDate = new DateTime(1815, 12, 10), Age = 36, LoyaltyPoints = 7, Plan = "gold",
                    Home = new Address { Street = "12 St James's Square", Country = "UK" },
                    Phones = { "+44 20 7946 0000" },
                };
                customer.Devices.Add(new Device { LastIp = System.Net.IPAddress.Parse("192.0.2.7"), Model = "Pixel" });
                customer.ReferredBy = customer;
                return customer;
            }
        }
        """;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    private static string Scenario(string body) =>
        "public static class Scenario\n{\n    public static string Run()\n    {\n" + body + "\n    }\n}\n";

    private static readonly string RunExport = Scenario("""
        var customer = Fixture.Create();
        ErasureOptions.Default = new ErasureOptions { PseudonymizationKey = new byte[32] };
        return customer.ExportPersonalData().ToJson();
        """);

    [Fact]
    public void Export_holds_every_exportable_value_with_its_declarations()
    {
        var json = Json(GeneratorHarness.RunScenario(Customer, RunExport));

        Assert.Equal("Customer", json.GetProperty("type").GetString());
        Assert.Equal("Customer", json.GetProperty("subject").GetString());
        var data = json.GetProperty("data");
        var email = data.GetProperty("Email");
        Assert.Equal("ada@example.com", email.GetProperty("value").GetString());
        Assert.Equal("Email", email.GetProperty("category").GetString());
        Assert.Equal("Sign-in", email.GetProperty("purpose").GetString());
        Assert.Equal("Contract", email.GetProperty("legalBasis").GetString());
        Assert.Equal("P2Y", email.GetProperty("retention").GetString());
        Assert.Equal("MailCo", email.GetProperty("recipients")[0].GetString());
        Assert.Equal("1815-12-10T00:00:00", data.GetProperty("BirthDate").GetProperty("value").GetString());
        Assert.Equal(36, data.GetProperty("Age").GetProperty("value").GetInt32());
        Assert.Equal("12 St James's Square", data.GetProperty("Home").GetProperty("value").GetProperty("data").GetProperty("Street").GetProperty("value").GetString());
        Assert.Equal("192.0.2.7", data.GetProperty("Devices").GetProperty("value")[0].GetProperty("data").GetProperty("LastIp").GetProperty("value").GetString());
        Assert.Equal("+44 20 7946 0000", data.GetProperty("Phones").GetProperty("value")[0].GetString());
        Assert.Equal(json.GetProperty("$id").GetString(), data.GetProperty("ReferredBy").GetProperty("value").GetProperty("$ref").GetString());
    }

    [Fact]
    public void Export_leaves_out_non_personal_and_export_false_members()
    {
        var json = GeneratorHarness.RunScenario(Customer, RunExport);
        var data = Json(json).GetProperty("data");
        Assert.False(data.TryGetProperty("PasswordHash", out _));
        Assert.False(data.TryGetProperty("LoyaltyPoints", out _));
        Assert.False(data.TryGetProperty("Plan", out _));
        Assert.DoesNotContain("hash!", json);
        Assert.DoesNotContain("gold", json);
        Assert.DoesNotContain("Pixel", json);
        Assert.False(data.GetProperty("Home").GetProperty("value").GetProperty("data").TryGetProperty("Country", out _));
    }

    [Fact]
    public void Streaming_export_writes_the_same_json_as_the_tree()
    {
        var result = GeneratorHarness.RunScenario(Customer, Scenario("""
            var customer = Fixture.Create();
            var buffer = new System.IO.MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, PersonalDataJsonWriter.IndentedOptions))
            {
                customer.WritePersonalData(writer);
            }

            var streamed = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
            var tree = customer.ExportPersonalData().ToJson();
            return streamed == tree ? "same" : streamed + "\n----\n" + tree;
            """));
        Assert.Equal("same", result);
    }

    private static readonly string RunErase = Scenario("""
        var customer = Fixture.Create();
        var report = customer.ErasePersonalData(new ErasureOptions { PseudonymizationKey = new byte[32] });
        return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["Email"] = customer.Email, ["Name"] = customer.Name, ["TaxNumber"] = customer.TaxNumber, ["Iban"] = customer.Iban,
            ["PasswordHash"] = customer.PasswordHash, ["BirthDate"] = customer.BirthDate, ["Age"] = customer.Age,
            ["LoyaltyPoints"] = customer.LoyaltyPoints, ["Plan"] = customer.Plan, ["Street"] = customer.Home!.Street,
            ["Country"] = customer.Home.Country, ["LastIp"] = customer.Devices[0].LastIp?.ToString(), ["Model"] = customer.Devices[0].Model,
            ["Phones"] = customer.Phones.Count, ["Report"] = report.ToString(),
        });
        """);

    [Fact]
    public void Erase_applies_every_strategy_and_leaves_other_data_alone()
    {
        var json = Json(GeneratorHarness.RunScenario(Customer, RunErase));
        // A string declared never null is deleted as the empty string, so the object keeps its contract (and a required column its value).
        Assert.Equal("", json.GetProperty("Email").GetString());
        Assert.Equal("anonymized", json.GetProperty("Name").GetString());
        Assert.StartsWith("pn_", json.GetProperty("TaxNumber").GetString());
        Assert.Equal("DE89370400440532013000", json.GetProperty("Iban").GetString());
        Assert.True(json.GetProperty("PasswordHash").ValueKind == JsonValueKind.Null);
        Assert.True(json.GetProperty("BirthDate").ValueKind == JsonValueKind.Null);
        Assert.Equal(0, json.GetProperty("Age").GetInt32());
        Assert.Equal(7, json.GetProperty("LoyaltyPoints").GetInt32());
        Assert.Equal("gold", json.GetProperty("Plan").GetString());
        Assert.Equal("", json.GetProperty("Street").GetString());
        Assert.Equal("UK", json.GetProperty("Country").GetString());
        Assert.Equal("0.0.0.0", json.GetProperty("LastIp").GetString());
        Assert.Equal("Pixel", json.GetProperty("Model").GetString());
        Assert.Equal(0, json.GetProperty("Phones").GetInt32());
        var report = json.GetProperty("Report").GetString()!;
        Assert.Contains("Customer.Iban (Financial): Invoices must be kept for 10 years (tax law)", report);
        Assert.Contains("Customer.Home.Street (PostalAddress): deleted", report);
        Assert.Contains("Customer.Devices[0].LastIp (OnlineIdentifier): anonymized", report);
        Assert.Contains("Customer.TaxNumber (GovernmentId): pseudonymized", report);
        Assert.Contains("Customer.PasswordHash (Credential): deleted", report);
    }

    [Fact]
    public void Pseudonyms_are_stable_for_one_key_and_differ_between_keys()
    {
        var result = GeneratorHarness.RunScenario(Customer, Scenario("""
            string Token(byte key)
            {
                var customer = Fixture.Create();
                var bytes = new byte[32];
                bytes[0] = key;
                customer.ErasePersonalData(new ErasureOptions { PseudonymizationKey = bytes });
                return customer.TaxNumber!;
            }

            return Token(1) == Token(1) && Token(1) != Token(2) && !Token(1).Contains("DE123") ? "stable, keyed" : Token(1) + " " + Token(2);
            """));
        Assert.Equal("stable, keyed", result);
    }

    [Fact]
    public void Erase_without_a_pseudonymization_key_fails_before_changing_anything()
    {
        var result = GeneratorHarness.RunScenario(Customer, Scenario("""
            var customer = Fixture.Create();
            try
            {
                customer.ErasePersonalData(new ErasureOptions());
                return "no exception";
            }
            catch (PseudonymizationKeyMissingException exception)
            {
                return customer.Email + "|" + exception.Message;
            }
            """));
        Assert.StartsWith("ada@example.com|", result);
        Assert.Contains("PseudonymizationKey", result);
        Assert.DoesNotContain("DE123", result);
    }
}
