using System.Text.Json;
using Dossier.Generators.Tests.Infrastructure;
using static Dossier.Generators.Tests.Activities.ActivityRuntimeSource;

namespace Dossier.Generators.Tests.Activities;

/// <summary>
/// Exports name every processing activity a value serves, with its purpose and legal basis (GDPR Art. 15(1)(a)–(c)),
/// in the record, its JSON and the streaming JSON alike; values that serve none are written as they always were.
/// </summary>
public class ActivityExportTests
{
    private static JsonElement Export() =>
        JsonDocument.Parse(GeneratorHarness.RunScenario(Customer, Scenario("return Fixture.Create().ExportPersonalData().ToJson();"))).RootElement.GetProperty("data");

    [Fact]
    public void Each_value_lists_the_activities_it_serves_with_purpose_and_legal_basis()
    {
        var email = Export().GetProperty("Email");
        var activities = email.GetProperty("activities");
        Assert.Equal(2, activities.GetArrayLength());

        Assert.Equal("Sign-in", activities[0].GetProperty("name").GetString());
        Assert.Equal("Signing customers in", activities[0].GetProperty("purpose").GetString());
        Assert.Equal("Contract", activities[0].GetProperty("legalBasis").GetString());
        Assert.Equal("P2Y", activities[0].GetProperty("retention").GetString());
        Assert.False(activities[0].TryGetProperty("recipients", out _));

        Assert.Equal("Newsletter", activities[1].GetProperty("name").GetString());
        Assert.Equal("Sending the monthly newsletter", activities[1].GetProperty("purpose").GetString());
        Assert.Equal("Consent", activities[1].GetProperty("legalBasis").GetString());
        Assert.Equal("P1Y", activities[1].GetProperty("retention").GetString());
        Assert.Equal("MailCo", Assert.Single(activities[1].GetProperty("recipients").EnumerateArray()).GetString());
        Assert.Equal("ada@example.com", email.GetProperty("value").GetString());
    }

    [Fact]
    public void Nested_objects_and_collections_list_the_activities_their_type_names()
    {
        var data = Export();
        var nested = data.GetProperty("Subscription").GetProperty("value").GetProperty("data");
        Assert.Equal(new[] { "Newsletter" }, Names(nested.GetProperty("Address")));
        Assert.Equal(new[] { "Newsletter", "Fraud checks" }, Names(nested.GetProperty("SignupIp")));
        var past = data.GetProperty("Past").GetProperty("value")[0].GetProperty("data");
        Assert.Equal(new[] { "Newsletter", "Fraud checks" }, Names(past.GetProperty("SignupIp")));
        Assert.Equal(new[] { "Newsletter" }, Names(data.GetProperty("Topics")));
        Assert.Equal(2, data.GetProperty("Topics").GetProperty("value").GetArrayLength());
    }

    [Fact]
    public void A_value_that_serves_no_activity_is_written_as_before()
    {
        var phone = Export().GetProperty("Phone");
        Assert.Equal(new[] { "category", "purpose", "legalBasis", "value" }, phone.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public void The_record_and_both_json_forms_agree()
    {
        var result = GeneratorHarness.RunScenario(Customer, Scenario("""
            var customer = Fixture.Create();
            var record = customer.ExportPersonalData();
            var buffer = new System.IO.MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, PersonalDataJsonWriter.IndentedOptions))
            {
                customer.WritePersonalData(writer);
            }

            var streamed = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
            var email = record["Email"]!.Member;
            var activities = string.Join("; ", email.Activities.Select(activity => activity.Name + "|" + activity.Purpose + "|" + activity.LegalBasis + "|" + activity.Retention + "|" + string.Join(",", activity.Recipients)));
            var phone = record["Phone"]!.Member.Activities.Count;
            return (streamed == record.ToJson() ? "same" : "different") + "\n" + activities + "\n" + phone;
            """));
        Assert.Equal(
            "same\nSign-in|Signing customers in|Contract|P2Y|; Newsletter|Sending the monthly newsletter|Consent|P1Y|MailCo\n0",
            result);
    }

    [Fact]
    public void A_member_naming_an_undeclared_activity_still_names_it_in_its_export()
    {
        // PII008 reports the name at build time; the code still compiles, and the export says what the code says.
        var json = GeneratorHarness.RunScenario("""
            public partial class Account
            {
                [PersonalData(DataCategory.Email, Activities = new[] { "Undeclared" })] public string? Email { get; set; }
            }
            """, Scenario("return new Account { Email = \"a@example.com\" }.ExportPersonalData().ToJson();"));
        var activity = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("Email").GetProperty("activities").EnumerateArray());
        Assert.Equal(new[] { "name" }, activity.EnumerateObject().Select(property => property.Name));
        Assert.Equal("Undeclared", activity.GetProperty("name").GetString());
    }

    private static string?[] Names(JsonElement value) =>
        value.GetProperty("activities").EnumerateArray().Select(activity => activity.GetProperty("name").GetString()).ToArray();
}
