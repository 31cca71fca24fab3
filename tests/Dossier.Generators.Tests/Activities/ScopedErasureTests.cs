using System.Text.Json;
using Dossier.Generators.Tests.Infrastructure;
using static Dossier.Generators.Tests.Activities.ActivityRuntimeSource;

namespace Dossier.Generators.Tests.Activities;

/// <summary>
/// Withdrawing consent to one processing activity (GDPR Art. 7(3)) erases what serves only that activity, keeps what
/// other activities still justify and says which, leaves everything else alone, and reaches nested objects and
/// collections as a full erasure does.
/// </summary>
public class ScopedErasureTests
{
    private static JsonElement Erase(string activity) => JsonDocument.Parse(GeneratorHarness.RunScenario(Customer, Scenario($$"""
        var customer = Fixture.Create();
        var report = customer.ErasePersonalData(ErasureOptions.Default.ForActivity("{{activity}}"));
        return System.Text.Json.JsonSerializer.Serialize(Fixture.State(customer, report));
        """))).RootElement;

    [Fact]
    public void Withdrawing_consent_erases_members_that_serve_only_that_activity()
    {
        var state = Erase("Newsletter");
        Assert.Equal("anonymized", state.GetProperty("Salutation").GetString());
        Assert.Equal(0, state.GetProperty("Topics").GetInt32());
        Assert.Contains("Customer.Salutation", Strings(state, "Erased"));
        Assert.Contains("Customer.Topics", Strings(state, "Erased"));
    }

    [Fact]
    public void A_member_that_also_serves_another_activity_is_kept_and_reported_with_it()
    {
        var state = Erase("Newsletter");
        Assert.Equal("ada@example.com", state.GetProperty("Email").GetString());
        Assert.Equal("mornings", state.GetProperty("ReadingHabits").GetString());
        Assert.Equal(
            new[] { "Customer.Email for Sign-in", "Customer.ReadingHabits for Product analytics", "Customer.Subscription.SignupIp for Fraud checks", "Customer.Past[0].SignupIp for Fraud checks" },
            Strings(state, "Kept"));
        Assert.DoesNotContain("Customer.Email", Strings(state, "Erased"));
        var report = state.GetProperty("Report").GetString()!;
        Assert.StartsWith("Erasure of Customer for processing activity 'Newsletter': 4 members erased, 1 member retained, 4 members kept for other activities", report);
        Assert.Contains("Kept:", report);
        Assert.Contains("  Customer.Email (Email): still serves Sign-in", report);
        Assert.Contains("  Customer.ReadingHabits (Behavioral): still serves Product analytics", report);
    }

    [Fact]
    public void Members_that_do_not_serve_the_activity_are_untouched_and_unreported()
    {
        var state = Erase("Newsletter");
        Assert.Equal("hash!", state.GetProperty("PasswordHash").GetString());
        Assert.Equal("+44 20 7946 0000", state.GetProperty("Phone").GetString());
        Assert.Equal(7, state.GetProperty("Points").GetInt32());
        var reported = Strings(state, "Erased").Concat(Strings(state, "Retained")).Concat(Strings(state, "Kept")).ToList();
        Assert.DoesNotContain(reported, path => path.StartsWith("Customer.PasswordHash", StringComparison.Ordinal) || path.StartsWith("Customer.Phone", StringComparison.Ordinal));
    }

    [Fact]
    public void A_retained_member_of_the_activity_keeps_its_strategy_and_reason()
    {
        var state = Erase("Newsletter");
        Assert.Equal("2024-05-01 web form", state.GetProperty("ConsentRecord").GetString());
        Assert.Equal(new[] { "Customer.ConsentRecord" }, Strings(state, "Retained"));
        Assert.Contains("Customer.ConsentRecord (Other): Proof of consent (Art. 7(1))", state.GetProperty("Report").GetString());
    }

    [Fact]
    public void Nested_objects_and_collections_are_erased_by_the_same_rule()
    {
        var state = Erase("Newsletter");
        Assert.True(state.GetProperty("SubscriptionAddress").ValueKind == JsonValueKind.Null);
        Assert.True(state.GetProperty("PastAddress").ValueKind == JsonValueKind.Null);
        Assert.Equal("192.0.2.7", state.GetProperty("SubscriptionIp").GetString());
        Assert.Equal("192.0.2.8", state.GetProperty("PastIp").GetString());
        Assert.Contains("Customer.Subscription.Address", Strings(state, "Erased"));
        Assert.Contains("Customer.Past[0].Address", Strings(state, "Erased"));
    }

    [Fact]
    public void Another_activity_erases_its_own_members_and_keeps_the_shared_ones()
    {
        var state = Erase("Sign-in");
        Assert.True(state.GetProperty("PasswordHash").ValueKind == JsonValueKind.Null);
        Assert.Equal("ada@example.com", state.GetProperty("Email").GetString());
        Assert.Equal("Countess", state.GetProperty("Salutation").GetString());
        Assert.Equal("ada@news.example", state.GetProperty("SubscriptionAddress").GetString());
        Assert.Equal(new[] { "Customer.PasswordHash" }, Strings(state, "Erased"));
        Assert.Equal(new[] { "Customer.Email for Newsletter" }, Strings(state, "Kept"));
    }

    [Fact]
    public void A_full_erasure_still_erases_everything_and_keeps_nothing_for_activities()
    {
        var state = JsonDocument.Parse(GeneratorHarness.RunScenario(Customer, Scenario("""
            var customer = Fixture.Create();
            var report = customer.ErasePersonalData();
            return System.Text.Json.JsonSerializer.Serialize(Fixture.State(customer, report));
            """))).RootElement;
        foreach (var member in new[] { "Email", "PasswordHash", "ReadingHabits", "Phone", "SubscriptionAddress", "SubscriptionIp", "PastAddress", "PastIp" })
        {
            Assert.True(state.GetProperty(member).ValueKind == JsonValueKind.Null, member);
        }

        Assert.Equal("anonymized", state.GetProperty("Salutation").GetString());
        Assert.Empty(Strings(state, "Kept"));
        Assert.StartsWith("Erasure of Customer: 10 members erased, 1 member retained" + Environment.NewLine, state.GetProperty("Report").GetString());
    }

    [Fact]
    public void An_unknown_activity_throws_before_anything_changes()
    {
        var result = GeneratorHarness.RunScenario(Customer, Scenario("""
            var customer = Fixture.Create();
            try
            {
                customer.ErasePersonalData(ErasureOptions.Default.ForActivity("Newsleter"));
                return "erased";
            }
            catch (ArgumentException exception)
            {
                var untouched = System.Text.Json.JsonSerializer.Serialize(Fixture.State(customer, null)) ==
                                System.Text.Json.JsonSerializer.Serialize(Fixture.State(Fixture.Create(), null));
                return exception.GetType().Name + "|" + exception.ParamName + "|" + untouched + "|" + exception.Message;
            }
            """));
        Assert.StartsWith("ArgumentException|Activity|True|", result);
        Assert.Contains("'Newsleter'", result);
        Assert.Contains("'Sign-in', 'Newsletter', 'Fraud checks'", result);
        Assert.Contains("Nothing was erased.", result);
    }

    [Fact]
    public void A_scoped_erasure_from_a_type_whose_assembly_declares_no_activity_throws()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial class Account
            {
                [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            }
            """, Scenario("""
            var account = new Account { Email = "a@example.com" };
            try
            {
                account.ErasePersonalData(ErasureOptions.Default.ForActivity("Newsletter"));
                return "erased";
            }
            catch (ArgumentException exception)
            {
                return account.Email + "|" + exception.Message;
            }
            """));
        Assert.StartsWith("a@example.com|No processing activity named 'Newsletter'", result);
        Assert.Contains("it declares none", result);
    }

    [Fact]
    public void A_struct_erases_itself_in_place_under_the_scope()
    {
        var result = GeneratorHarness.RunScenario("""
            [assembly: ProcessingActivity("Newsletter", Purpose = "Newsletter", LegalBasis = LegalBasis.Consent)]

            public partial struct Contact
            {
                [PersonalData(DataCategory.Email, Activities = new[] { "Newsletter" })] public string? Email { get; set; }
                [PersonalData(DataCategory.Phone)] public string? Phone { get; set; }
            }
            """, Scenario("""
            var contact = new Contact { Email = "a@example.com", Phone = "123" };
            var report = contact.ErasePersonalData(new ErasureOptions().ForActivity("Newsletter"));
            return (contact.Email ?? "null") + "|" + contact.Phone + "|" + string.Join(",", report.Erased.Select(entry => entry.Path));
            """));
        Assert.Equal("null|123|Contact.Email", result);
    }

    private static string[] Strings(JsonElement state, string name) =>
        state.GetProperty(name).EnumerateArray().Select(item => item.GetString()!).ToArray();
}
