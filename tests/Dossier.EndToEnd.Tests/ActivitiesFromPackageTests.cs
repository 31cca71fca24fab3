using System.Text.Json;

namespace Dossier.EndToEnd.Tests;

/// <summary>
/// Processing activities from the package, as a user builds them with warnings as errors: the export names each value's
/// activities, and withdrawing consent to one erases only what served it alone.
/// </summary>
[Collection(PackedDossierCollection.Name)]
public class ActivitiesFromPackageTests(PackedDossier dossier)
{
    private const string Model = """
        using Dossier;

        [assembly: Recipient("MailCo", Role = RecipientRole.Processor, Purpose = "Sends email", Country = "US", TransferSafeguard = "SCCs")]
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
        [assembly: ProcessingActivity("Newsletter", Purpose = "Sending the monthly newsletter", LegalBasis = LegalBasis.Consent, Retention = "P1Y", Recipients = new[] { "MailCo" })]

        namespace Shop;

        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Newsletter" })]
            public string? Email { get; set; }

            [PersonalData(DataCategory.Name, Activities = new[] { "Newsletter" }, Erasure = Erasure.Anonymize)]
            public string? Salutation { get; set; }

            public List<Subscription> Subscriptions { get; } = new();
        }

        [ProcessingActivities("Newsletter")]
        public partial class Subscription
        {
            [PersonalData(DataCategory.Behavioral)]
            public string? Topic { get; set; }
        }
        """;

    private const string Program = """
        using Dossier;
        using Shop;

        var customer = new Customer { Email = "ada@example.com", Salutation = "Countess" };
        customer.Subscriptions.Add(new Subscription { Topic = "engines" });
        File.WriteAllText("export.json", customer.ExportPersonalData().ToJson());

        var report = customer.ErasePersonalData(ErasureOptions.Default.ForActivity("Newsletter"));
        File.WriteAllText("report.txt", report.ToString());
        File.WriteAllText("after.txt", string.Join("|", customer.Email ?? "null", customer.Salutation, customer.Subscriptions[0].Topic ?? "null"));

        try
        {
            customer.ErasePersonalData(ErasureOptions.Default.ForActivity("Marketing"));
        }
        catch (ArgumentException exception)
        {
            File.WriteAllText("unknown.txt", exception.Message + "|" + (customer.Email ?? "null"));
        }
        """;

    [Fact]
    public void A_fresh_project_exports_activities_and_withdraws_consent_to_one()
    {
        var project = ConsumerProject.Create(dossier, "consent-withdrawal", new Dictionary<string, string> { ["Model.cs"] = Model, ["Program.cs"] = Program });
        project.Run();
        var directory = project.Directory;

        var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "export.json"))).RootElement.GetProperty("data");
        var activities = data.GetProperty("Email").GetProperty("activities");
        Assert.Equal(new[] { "Sign-in", "Newsletter" }, activities.EnumerateArray().Select(activity => activity.GetProperty("name").GetString()));
        Assert.Equal("Consent", activities[1].GetProperty("legalBasis").GetString());
        Assert.Equal("Sending the monthly newsletter", activities[1].GetProperty("purpose").GetString());
        var topic = data.GetProperty("Subscriptions").GetProperty("value")[0].GetProperty("data").GetProperty("Topic");
        Assert.Equal("Newsletter", Assert.Single(topic.GetProperty("activities").EnumerateArray()).GetProperty("name").GetString());

        Assert.Equal("ada@example.com|anonymized|null", File.ReadAllText(Path.Combine(directory, "after.txt")));
        var report = File.ReadAllText(Path.Combine(directory, "report.txt"));
        Assert.Contains("Customer.Email (Email): still serves Sign-in", report);
        Assert.Contains("Customer.Subscriptions[0].Topic (Behavioral): deleted", report);
        var unknown = File.ReadAllText(Path.Combine(directory, "unknown.txt"));
        Assert.Contains("No processing activity named 'Marketing'", unknown);
        Assert.EndsWith("|ada@example.com", unknown);
    }
}
