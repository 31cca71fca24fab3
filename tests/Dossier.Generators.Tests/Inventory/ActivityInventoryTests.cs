using System.Text.Json.Nodes;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using RetentionLength = Dossier.Generators.Inventory.RetentionLength;

namespace Dossier.Generators.Tests.Inventory;

/// <summary>The inventory by processing activity, and what activities make of each member's record.</summary>
public class ActivityInventoryTests
{
    private static readonly Lazy<JsonNode> Inventory = new(() => JsonNode.Parse(InventoryHarness.Json(ActivityModel.Sources))!);

    [Fact]
    public void Json_with_activities_follows_the_documented_schema()
    {
        var result = InventoryContentTests.Validate(Inventory.Value.ToJsonString());

        Assert.True(result.IsValid, InventoryContentTests.Describe(result));
    }

    [Fact]
    public void A_member_serving_several_activities_lists_them_keeps_the_longest_retention_and_gets_every_recipient()
    {
        var email = Member("Customer.Email");

        Assert.Equal(new[] { "Account notices", "Newsletter", "Sign-in" }, Strings(email["activities"]));
        Assert.Equal("P30M", (string?)email["retention"]);
        Assert.Equal(new[] { "AdCo", "MailCo" }, Strings(email["recipients"]));
        Assert.Null((string?)email["purpose"]);
    }

    [Fact]
    public void A_type_names_the_activities_of_the_members_that_name_none()
    {
        var name = Member("Customer.Name");

        Assert.Equal(new[] { "Account notices", "Sign-in" }, Strings(name["activities"]));
        Assert.Equal("P30M", (string?)name["retention"]);
        Assert.Equal(new[] { "MailCo" }, Strings(name["recipients"]));
    }

    [Fact]
    public void A_member_keeps_its_own_retention_and_its_own_recipients_come_first()
    {
        var iban = Member("Customer.Iban");

        Assert.Equal(new[] { "Payments" }, Strings(iban["activities"]));
        Assert.Equal("P7Y", (string?)iban["retention"]);
        Assert.Equal(new[] { "MailCo", "PayCo" }, Strings(iban["recipients"]));
    }

    [Fact]
    public void An_activity_no_declaration_has_is_a_gap_and_the_member_keeps_the_declared_ones()
    {
        var gap = Assert.Single(Inventory.Value["gaps"]!["undeclaredActivities"]!.AsArray())!;

        Assert.Equal("Marketing calls", (string?)gap["name"]);
        Assert.Equal(new[] { "Shop.Customer.Phone" }, Strings(gap["members"]));
        Assert.Equal(new[] { "Sign-in" }, Strings(Member("Customer.Phone")["activities"]));
    }

    [Fact]
    public void Activities_are_every_declaration_and_every_inline_purpose_sorted_by_name()
    {
        var activities = Inventory.Value["activities"]!.AsArray();

        Assert.Equal(
            new[] { "Account notices", "Allergies, for food deliveries", "Archiving", "Delivery", "Newsletter", "Payments", "Sign-in" },
            activities.Select(activity => (string?)activity!["name"]).ToArray());
        Assert.Equal(new[] { true, false, true, false, true, true, true }, activities.Select(activity => activity!["declared"]!.GetValue<bool>()).ToArray());
        var archiving = Activity("Archiving");
        Assert.Empty(archiving["categories"]!.AsArray());
        Assert.Equal("LegalObligation", (string?)archiving["legalBasis"]);
    }

    [Fact]
    public void A_declared_activity_lists_its_subjects_data_recipients_transfers_and_security()
    {
        var newsletter = Activity("Newsletter");
        Assert.Equal("The monthly newsletter", (string?)newsletter["purpose"]);
        Assert.Equal("Consent", (string?)newsletter["legalBasis"]);
        Assert.Equal("P1Y", (string?)newsletter["retention"]);
        Assert.Equal(new[] { "Customer", "Newsletter subscribers" }, Strings(newsletter["dataSubjects"]));
        Assert.Equal(new[] { "AdCo", "MailCo" }, Strings(newsletter["recipients"]));
        Assert.Equal(new[] { "AdCo", "MailCo" }, Strings(newsletter["transfers"]));

        var signIn = Activity("Sign-in");
        Assert.Equal(new[] { "Email", "Name", "Phone" }, signIn["categories"]!.AsArray().Select(category => (string?)category!["category"]).ToArray());
        Assert.Equal(new[] { "Customer.Email" }, Strings(signIn["categories"]![0]!["members"]));
        Assert.Equal("TLS 1.3; passwords hashed with Argon2id", (string?)signIn["security"]!["measures"]);
        Assert.Empty(signIn["recipients"]!.AsArray());

        var payments = Activity("Payments");
        Assert.Equal(new[] { "MailCo", "PayCo" }, Strings(payments["recipients"]));
        Assert.Equal(new[] { "MailCo" }, Strings(payments["transfers"]));
        Assert.Equal(new[] { "Customer.Iban" }, Strings(payments["security"]!["encrypted"]));
    }

    [Fact]
    public void An_inline_purpose_is_an_activity_of_its_own_with_what_its_members_state()
    {
        var delivery = Activity("Delivery");
        Assert.Equal("Delivery", (string?)delivery["purpose"]);
        Assert.Equal("Contract, LegitimateInterests", (string?)delivery["legalBasis"]);
        Assert.Equal("P2Y", (string?)delivery["retention"]);
        Assert.Equal(new[] { "Customer" }, Strings(delivery["dataSubjects"]));
        Assert.Equal(new[] { "Courier.Depot", "Customer.Home.Street" }, Strings(delivery["categories"]![0]!["members"]));

        var allergies = Activity("Allergies, for food deliveries");
        Assert.Equal("ExplicitConsent", (string?)allergies["legalBasis"]);
        Assert.True(allergies["categories"]![0]!["specialCategory"]!.GetValue<bool>());
    }

    [Fact]
    public void The_same_code_gives_the_same_activities()
    {
        Assert.Equal(InventoryHarness.Json(ActivityModel.Sources), InventoryHarness.Json(ActivityModel.Sources));
    }

    [Fact]
    public void An_edit_to_an_activity_declaration_changes_the_inventory()
    {
        var compilation = GeneratorHarness.CreateCompilation(ActivityModel.Sources).WithAssemblyName(InventoryHarness.AssemblyName);
        var driver = InventoryHarness.CreateDriver().RunGenerators(compilation);
        var declarations = compilation.SyntaxTrees.Single(tree => tree.ToString().Contains("ProcessingActivity(\"Newsletter\""));

        var edited = compilation.ReplaceSyntaxTree(declarations, declarations.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            declarations.ToString().Replace("Retention = \"P30M\"", "Retention = \"P3Y\""))));
        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out _);

        Assert.Contains(driver.GetRunResult().Results.Single().TrackedSteps[PersonalDataGenerator.Steps.Inventory].SelectMany(step => step.Outputs),
            step => step.Reason == IncrementalStepRunReason.Modified);
        var email = JsonNode.Parse(InventoryHarness.Constant(output))!["subjects"]![0]!["members"]!.AsArray().Single(member => (string?)member!["path"] == "Customer.Email")!;
        Assert.Equal("P3Y", (string?)email["retention"]);
    }

    [Theory]
    [InlineData(new[] { "P1Y", "P12M" }, "P1Y")]
    [InlineData(new[] { "P30D", "P1M" }, "P1M")]
    [InlineData(new[] { "PT36H", "P1D" }, "PT36H")]
    [InlineData(new[] { "P2Y", "two years", "P1Y6M" }, "P2Y")]
    [InlineData(new[] { "two years", "a while" }, "a while")]
    [InlineData(new[] { "P1W", "P6D", "P0.5M" }, "P0.5M")]
    public void The_longest_retention_compares_durations_in_approximate_days(string[] retentions, string expected)
    {
        Assert.Equal(expected, RetentionLength.Longest(retentions));
    }

    [Fact]
    public void No_retention_gives_none()
    {
        Assert.Null(RetentionLength.Longest(new string?[] { null, " " }));
    }

    private static JsonNode Member(string path) => Inventory.Value["subjects"]!.AsArray()
        .SelectMany(subject => subject!["members"]!.AsArray()).Single(member => (string?)member!["path"] == path)!;

    private static JsonNode Activity(string name) => Inventory.Value["activities"]!.AsArray().Single(activity => (string?)activity!["name"] == name)!;

    private static string?[] Strings(JsonNode? array) => array!.AsArray().Select(item => (string?)item).ToArray();
}
