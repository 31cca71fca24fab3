using Dossier.Generators.Tests.Infrastructure;
using static Dossier.Generators.Tests.Activities.ActivityRuntimeSource;

namespace Dossier.Generators.Tests.Audit;

/// <summary>An erasure scoped to one processing activity is recorded like any erasure, with the activity; one refused for an unknown activity records nothing.</summary>
[Collection(AuditCollection.Name)]
public class ScopedErasureAuditTests : AuditTestBase
{
    [Fact]
    public void A_scoped_erasure_is_recorded_once_as_an_erasure_of_the_subject()
    {
        GeneratorHarness.RunScenario(Customer, Scenario("""
            var customer = Fixture.Create();
            using (PersonalDataAudit.BeginScope("dpo:1", "consent to the newsletter withdrawn"))
            {
                customer.ErasePersonalData(ErasureOptions.Default.ForActivity("Newsletter"));
            }

            return "";
            """));

        var erase = Assert.Single(Log.Events);
        Assert.Equal(PersonalDataAccessKind.Erase, erase.Kind);
        Assert.Equal("Customer", erase.DataSubject);
        Assert.Null(erase.Member);
        Assert.Equal("consent to the newsletter withdrawn", erase.Reason);
        Assert.Equal("Newsletter", erase.Activity);
        Assert.Equal("Erase Customer for activity Newsletter by dpo:1 (consent to the newsletter withdrawn)", erase.ToString());
    }

    [Fact]
    public void A_full_erasure_names_no_activity()
    {
        GeneratorHarness.RunScenario(Customer, Scenario("Fixture.Create().ErasePersonalData(); return \"\";"));

        Assert.Null(Assert.Single(Log.Events).Activity);
    }

    [Fact]
    public void An_erasure_refused_for_an_unknown_activity_records_nothing()
    {
        GeneratorHarness.RunScenario(Customer, Scenario("""
            try { Fixture.Create().ErasePersonalData(ErasureOptions.Default.ForActivity("Unknown")); } catch (ArgumentException) { }
            return "";
            """));

        Assert.Empty(Log.Events);
    }
}
