using System.Text.Json;

namespace Dossier.EndToEnd.Tests;

[Collection(PackedDossierCollection.Name)]
public class ExportAndEraseFromPackageTests(PackedDossier dossier)
{
    private const string Model = """
        using Dossier;

        [assembly: DataController("Example Ltd", Contact = "privacy@example.com")]
        [assembly: Recipient("MailCo", Role = RecipientRole.Processor, Purpose = "Sends email", Country = "US", TransferSafeguard = "SCCs")]

        namespace Shop;

        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
            public string? Email { get; set; }

            [PersonalData(DataCategory.Name, Purpose = "Greeting", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Erasure = Erasure.Anonymize)]
            public string? Name { get; set; }

            [PersonalData(DataCategory.Identifier, Purpose = "Analytics", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P1Y", Erasure = Erasure.Pseudonymize)]
            public string? LoyaltyNumber { get; set; }

            [Encrypted]
            [PersonalData(DataCategory.Financial, Purpose = "Invoicing", LegalBasis = LegalBasis.LegalObligation, Retention = "P10Y", Erasure = Erasure.Retain, RetentionReason = "Tax law requires invoices for 10 years")]
            public string? Iban { get; set; }

            [Encrypted]
            [PersonalData(DataCategory.Credential, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Export = false)]
            public string? PasswordHash { get; set; }

            public string Plan { get; set; } = "basic";

            public Address? Home { get; set; }

            public List<Order> Orders { get; } = new();

            public Customer? ReferredBy { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
            public string? Street { get; set; }

            [NotPersonalData(Justification = "The country alone, for tax and shipping rules")]
            public string Country { get; set; } = "";
        }

        public partial class Order
        {
            public int Number { get; set; }

            public Address? ShipTo { get; set; }

            public Customer? Buyer { get; set; }
        }
        """;

    private const string Program = """
        using Dossier;
        using Shop;

        var customer = new Customer
        {
            Email = "ada@example.com", Name = "Ada", LoyaltyNumber = "L-77", Iban = "DE89370400440532013000",
            PasswordHash = "secret-hash", Plan = "gold", Home = new Address { Street = "1 Main St", Country = "UK" },
        };
        customer.Orders.Add(new Order { Number = 1, ShipTo = new Address { Street = "2 Side St", Country = "FR" }, Buyer = customer });
        customer.ReferredBy = customer;

        var json = customer.ExportPersonalData().ToJson();
        File.WriteAllText("export.json", json);

        var report = customer.ErasePersonalData(new ErasureOptions { PseudonymizationKey = new byte[32] });
        File.WriteAllText("report.txt", report.ToString());
        File.WriteAllText("after.txt", string.Join("|", customer.Email ?? "null", customer.Name, customer.LoyaltyNumber, customer.Iban,
            customer.PasswordHash ?? "null", customer.Plan, customer.Home!.Street ?? "null", customer.Home.Country,
            customer.Orders[0].ShipTo!.Street ?? "null", customer.Orders[0].Number));
        """;

    [Fact]
    public void A_fresh_project_gets_correct_export_and_erasure_from_the_package()
    {
        var project = ConsumerProject.Create(dossier, "export-and-erase", new Dictionary<string, string> { ["Model.cs"] = Model, ["Program.cs"] = Program });
        project.Run();
        var directory = project.Directory;

        var export = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "export.json"))).RootElement;
        var data = export.GetProperty("data");
        Assert.Equal("Customer", export.GetProperty("subject").GetString());
        Assert.Equal("ada@example.com", data.GetProperty("Email").GetProperty("value").GetString());
        Assert.Equal("MailCo", data.GetProperty("Email").GetProperty("recipients")[0].GetString());
        Assert.False(data.TryGetProperty("PasswordHash", out _));
        Assert.False(data.TryGetProperty("Plan", out _));
        var order = data.GetProperty("Orders").GetProperty("value")[0].GetProperty("data");
        Assert.Equal("2 Side St", order.GetProperty("ShipTo").GetProperty("value").GetProperty("data").GetProperty("Street").GetProperty("value").GetString());
        Assert.Equal(export.GetProperty("$id").GetString(), order.GetProperty("Buyer").GetProperty("value").GetProperty("$ref").GetString());

        var after = File.ReadAllText(Path.Combine(directory, "after.txt")).Split('|');
        Assert.Equal("null", after[0]);
        Assert.Equal("anonymized", after[1]);
        Assert.StartsWith("pn_", after[2]);
        Assert.Equal("DE89370400440532013000", after[3]);
        Assert.Equal("null", after[4]);
        Assert.Equal("gold", after[5]);
        Assert.Equal("null", after[6]);
        Assert.Equal("UK", after[7]);
        Assert.Equal("null", after[8]);
        Assert.Equal("1", after[9]);

        var report = File.ReadAllText(Path.Combine(directory, "report.txt"));
        Assert.Contains("Customer.Iban (Financial): Tax law requires invoices for 10 years", report);
        Assert.Contains("Customer.Orders[0].ShipTo.Street (PostalAddress): deleted", report);
    }
}
