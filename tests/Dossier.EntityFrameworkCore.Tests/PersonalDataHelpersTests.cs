using Dossier.EntityFrameworkCore.Tests.Infrastructure;
using Dossier.EntityFrameworkCore.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests;

public sealed class PersonalDataHelpersTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly DossierKeyRing _keyRing = Keys.Single();

    public PersonalDataHelpersTests()
    {
        using var context = _database.NewShop(_keyRing);
        context.Customers.AddRange(
            new Customer
            {
                Email = "ada@example.org",
                TaxNumber = "DE-111",
                Notes = "prefers mornings",
                Photo = [1, 2, 3],
                LoyaltyNumber = "L-42",
                Plan = "gold",
                Addresses = [new Address { Street = "12 Analytical Row", City = "London" }],
                Orders = [new Order { Total = 12.5m, Recipient = new Recipient { Name = "Charles Babbage" } }],
                Tags = [new Tag { Label = "vip" }],
                Subscriptions = [new Subscription { Billing = new BillingContact { Phone = "+1 555 0100" } }],
            },
            new Customer { Email = "grace@example.org", TaxNumber = "US-222", Addresses = [new Address { Street = "1 Navy Yard", City = "Arlington" }] });
        context.SaveChanges();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public void A_data_subject_is_loaded_with_every_navigation_that_leads_to_personal_data()
    {
        using var context = _database.Shop(_keyRing);

        var ada = context.QueryPersonalData<Customer>().Single(c => c.Email == "ada@example.org");

        Assert.Equal("12 Analytical Row", Assert.Single(ada.Addresses).Street);
        Assert.Equal("Charles Babbage", Assert.Single(ada.Orders).Recipient!.Name);
        Assert.Equal("+1 555 0100", Assert.Single(ada.Subscriptions).Billing.Phone);
        Assert.Empty(ada.Tags);
    }

    [Fact]
    public void Navigations_deeper_than_asked_are_not_loaded()
    {
        using var context = _database.Shop(_keyRing);

        var ada = context.QueryPersonalData<Customer>(maxDepth: 1).Single(c => c.Email == "ada@example.org");

        Assert.Single(ada.Addresses);
        Assert.Empty(ada.Orders);
    }

    [Fact]
    public async Task Export_returns_the_decrypted_personal_data_of_one_subject()
    {
        using var context = _database.Shop(_keyRing);

        var record = await context.ExportPersonalDataAsync<Customer>(c => c.Email == "ada@example.org");

        Assert.NotNull(record);
        Assert.Equal("Customer", record.Type.Name);
        Assert.Equal("DE-111", record["TaxNumber"]!.Value.Scalar);
        Assert.Equal(DataCategory.GovernmentId, record["TaxNumber"]!.Member.Category);
        var address = Assert.Single(record["Addresses"]!.Value.Items).Record!;
        Assert.Equal("12 Analytical Row", address["Street"]!.Value.Scalar);
        Assert.Contains("12 Analytical Row", record.ToJson(), StringComparison.Ordinal);
        var subscription = Assert.Single(record["Subscription"]!.Value.Items).Record!;
        Assert.Equal("+1 555 0100", subscription["Billing"]!.Value.Record!["Phone"]!.Value.Scalar);
        Assert.DoesNotContain("gold", record.ToJson(), StringComparison.Ordinal);
        Assert.Empty(context.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Export_and_erase_return_null_when_nobody_matches()
    {
        using var context = _database.Shop(_keyRing);

        Assert.Null(await context.ExportPersonalDataAsync<Customer>(c => c.Email == "nobody@example.org"));
        Assert.Null(await context.ErasePersonalDataAsync<Customer>(c => c.Email == "nobody@example.org"));
    }

    [Fact]
    public async Task Erase_applies_each_strategy_saves_and_reports()
    {
        int id;
        using (var context = _database.Shop(_keyRing))
        {
            id = context.Customers.Single(c => c.Email == "ada@example.org").Id;
            var report = await context.ErasePersonalDataAsync<Customer>(c => c.Id == id);

            Assert.NotNull(report);
            Assert.Equal(["Customer.Email", "Customer.TaxNumber", "Customer.Notes", "Customer.Photo", "Customer.Addresses[0].Street", "Customer.Addresses[0].City", "Customer.Subscription[0].Billing.Phone"], report.Erased.Select(e => e.Path));
            Assert.Equal(Customer.LoyaltyRetentionReason, Assert.Single(report.Retained).RetentionReason);
        }

        Assert.Null(_database.Scalar("SELECT TaxNumber FROM Customers WHERE Id = $id", ("$id", id)));
        Assert.Null(_database.Scalar("SELECT Photo FROM Customers WHERE Id = $id", ("$id", id)));
        Assert.Null(_database.Scalar("SELECT Street FROM Addresses WHERE CustomerId = $id", ("$id", id)));
        Assert.Equal(Anonymized.Text, _database.Scalar("SELECT Email FROM Customers WHERE Id = $id", ("$id", id)));
        Assert.Equal(Anonymized.Text, _database.Scalar("SELECT City FROM Addresses WHERE CustomerId = $id", ("$id", id)));
        Assert.Equal("L-42", _database.Scalar("SELECT LoyaltyNumber FROM Customers WHERE Id = $id", ("$id", id)));
        Assert.Equal("gold", _database.Scalar("SELECT Plan FROM Customers WHERE Id = $id", ("$id", id)));
        Assert.Null(_database.Scalar("SELECT Billing_Phone FROM Subscriptions WHERE CustomerId = $id", ("$id", id)));
        Assert.Equal(1L, _database.Scalar("SELECT COUNT(*) FROM Tags WHERE CustomerId = $id", ("$id", id)));

        using var reader = _database.Shop(_keyRing);
        var grace = reader.Customers.Include(c => c.Addresses).Single(c => c.Email == "grace@example.org");
        Assert.Equal("US-222", grace.TaxNumber);
        Assert.Equal("1 Navy Yard", Assert.Single(grace.Addresses).Street);
    }

    [Fact]
    public async Task A_predicate_that_matches_several_people_erases_nobody()
    {
        using (var context = _database.Shop(_keyRing))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => context.ErasePersonalDataAsync<Customer>(c => c.Email.EndsWith("@example.org")));
            Assert.Contains("Nothing was erased", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0L, _database.Scalar("SELECT COUNT(*) FROM Customers WHERE Email = $email", ("$email", Anonymized.Text)));
    }

    [Fact]
    public async Task An_erasure_scoped_to_an_undeclared_activity_changes_and_saves_nothing()
    {
        int id;
        using (var context = _database.Shop(_keyRing))
        {
            id = context.Customers.Single(c => c.Email == "ada@example.org").Id;
            var error = await Assert.ThrowsAsync<ArgumentException>(() => context.ErasePersonalDataAsync<Customer>(c => c.Id == id, new ErasureOptions().ForActivity("Newsletter")));
            Assert.Contains("Nothing was erased", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(context.ChangeTracker.Entries(), entry => entry.State == EntityState.Modified);
        }

        Assert.Equal("L-42", _database.Scalar("SELECT LoyaltyNumber FROM Customers WHERE Id = $id", ("$id", id)));
        using var reader = _database.Shop(_keyRing);
        Assert.Equal("DE-111", reader.Customers.Single(c => c.Id == id).TaxNumber);
    }

    [Fact]
    public void A_type_outside_the_model_is_named()
    {
        using var context = _database.Shop(_keyRing);

        var error = Assert.Throws<InvalidOperationException>(() => context.QueryPersonalData<PersonalDataHelpersTests>());

        Assert.Contains(nameof(PersonalDataHelpersTests), error.Message, StringComparison.Ordinal);
    }
}
