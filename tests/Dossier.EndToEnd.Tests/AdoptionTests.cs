using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.EndToEnd.Tests;

/// <summary>
/// An existing application, shaped like a real one (entities with navigations, positional-record value objects, a
/// DbContext, services with a cache and a logger, a controller, a view model, events, an ASP.NET Core Identity user, a
/// test fixture), tagged the way the README teaches and built against the packed package with its usual settings:
/// no errors, only diagnostics a reviewer agrees with, and an export and erasure that reach the records' values.
/// Add the shapes users report here.
/// </summary>
[Collection(PackedDossierCollection.Name)]
public class AdoptionTests(PackedDossier dossier)
{
    private const string EfCoreVersion = "10.0.15";

    private static readonly Dictionary<string, string> Files = new()
    {
        ["Domain/Customer.cs"] = """
            using System;
            using System.Collections.Generic;
            using Dossier;

            [assembly: DataController("Contoso Shop Ltd", Contact = "privacy@contoso.example")]

            namespace Contoso.Shop.Domain;

            [DataSubject("Customer")]
            public partial class Customer
            {
                public int Id { get; set; }

                [PersonalData(DataCategory.Name, Purpose = "Addressing the customer", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
                public string Name { get; set; } = "";

                [PersonalData(DataCategory.Email, Purpose = "Sign-in and order notices", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
                public string Email { get; set; } = "";

                public ShippingAddress? DefaultAddress { get; set; }

                public List<PhoneNumber> Phones { get; } = new();

                public List<Order> Orders { get; } = new();

                public DateTime CreatedAt { get; set; }
            }
            """,
        ["Domain/Order.cs"] = """
            using System.Collections.Generic;

            namespace Contoso.Shop.Domain;

            public partial class Order
            {
                public int Id { get; set; }
                public int CustomerId { get; set; }
                public Customer? Customer { get; set; }
                public ShippingAddress? ShipTo { get; set; }
                public List<OrderLine> Lines { get; } = new();
                public decimal Total { get; set; }
            }

            public class OrderLine
            {
                public int Id { get; set; }
                public string Sku { get; set; } = "";
                public int Quantity { get; set; }
                public decimal Price { get; set; }
            }
            """,
        ["Domain/ValueObjects.cs"] = """
            using Dossier;

            namespace Contoso.Shop.Domain;

            public partial record ShippingAddress(
                [property: PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y",
                    Erasure = Erasure.Retain, RetentionReason = "Delivery records are kept six years for returns and tax")] string Street,
                [property: PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y",
                    Erasure = Erasure.Retain, RetentionReason = "Delivery records are kept six years for returns and tax")] string City,
                string CountryCode);

            public enum PhoneKind { Mobile, Home }

            public partial record struct PhoneNumber(
                [property: PersonalData(DataCategory.Phone, Purpose = "Delivery contact", LegalBasis = LegalBasis.Contract, Retention = "P2Y")] string? Number,
                PhoneKind Kind);
            """,
        ["Data/ShopDbContext.cs"] = """
            using Contoso.Shop.Domain;
            using Microsoft.EntityFrameworkCore;

            namespace Contoso.Shop.Data;

            public class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
            {
                public DbSet<Customer> Customers => Set<Customer>();
                public DbSet<Order> Orders => Set<Order>();
            }
            """,
        ["Services/CustomerCache.cs"] = """
            using System.Collections.Generic;
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Services;

            public class CustomerCache
            {
                private readonly Dictionary<int, Customer> _byId = new();

                public Customer? Find(int id) => _byId.TryGetValue(id, out var customer) ? customer : null;

                public void Put(Customer customer) => _byId[customer.Id] = customer;
            }
            """,
        ["Services/SignUpService.cs"] = """
            using System.Collections.Generic;
            using Contoso.Shop.Domain;
            using Microsoft.Extensions.Logging;

            namespace Contoso.Shop.Services;

            public class SignUpService(ILogger<SignUpService> logger, CustomerCache cache)
            {
                private readonly List<Customer> _pending = new();

                public void Register(Customer customer)
                {
                    _pending.Add(customer);
                    cache.Put(customer);
                    logger.LogInformation("Customer {CustomerId} signed up", customer.Id);
                }
            }
            """,
        ["Web/OrdersController.cs"] = """
            using System.Linq;
            using Contoso.Shop.Data;
            using Contoso.Shop.Domain;
            using Contoso.Shop.Identity;

            namespace Contoso.Shop.Web;

            public class OrdersController(ShopDbContext db)
            {
                public ApplicationUser? CurrentUser { get; set; }

                public Customer? CurrentCustomer { get; set; }

                public int Count() => db.Orders.Count();
            }
            """,
        ["Web/ProfileViewModel.cs"] = """
            using System.Collections.Generic;
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Web;

            public class ProfileViewModel
            {
                public string Title { get; set; } = "Your profile";
                public Customer? Current { get; set; }
                public IReadOnlyList<Order> RecentOrders { get; set; } = new List<Order>();
            }
            """,
        ["Events/CustomerEvents.cs"] = """
            using System;
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Events;

            public record CustomerRegistered(Customer Customer, DateTimeOffset At);

            public sealed record OrderPlaced(int OrderId, int CustomerId, decimal Total);
            """,
        ["Identity/ApplicationUser.cs"] = """
            using Microsoft.AspNetCore.Identity;

            namespace Contoso.Shop.Identity;

            public class ApplicationUser : IdentityUser
            {
                [PersonalData]
                public string? DisplayName { get; set; }

                public int? CustomerId { get; set; }
            }
            """,
        ["Identity/MarketingConsent.cs"] = """
            using Dossier;
            using Microsoft.AspNetCore.Identity;
            using PersonalDataAttribute = Dossier.PersonalDataAttribute;

            namespace Contoso.Shop.Identity;

            public partial class MarketingConsent
            {
                public int Id { get; set; }

                [PersonalData(DataCategory.Behavioral, Purpose = "Newsletter", LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
                public string? Interests { get; set; }

                [ProtectedPersonalData]
                public string? NewsletterAddress { get; set; }
            }
            """,
        ["Testing/CustomerFixture.cs"] = """
            using System.Collections.Generic;
            using Contoso.Shop.Domain;

            namespace Contoso.Shop.Testing;

            public sealed class CustomerFixture
            {
                public Customer Alice { get; } = new() { Id = 1, Name = "Alice", Email = "alice@example.com" };
                public List<Order> Orders { get; } = new();
            }
            """,
        ["Program.cs"] = """
            using Contoso.Shop.Domain;
            using Dossier;

            var customer = new Customer { Id = 7, Name = "Ada Lovelace", Email = "ada@example.com", DefaultAddress = new ShippingAddress("12 St James's Square", "London", "GB") };
            customer.Phones.Add(new PhoneNumber("+44 20 7946 0000", PhoneKind.Mobile));
            customer.Orders.Add(new Order { Id = 1, CustomerId = 7, Customer = customer, ShipTo = new ShippingAddress("1 Dock Road", "Leith", "GB"), Total = 12m });
            File.WriteAllText("export.json", customer.ExportPersonalData().ToJson());
            var report = customer.ErasePersonalData();
            File.WriteAllText("report.txt", report.ToString());
            File.WriteAllText("after.txt", string.Join("|", customer.Name, customer.Email, customer.Phones[0].Number ?? "null", customer.Phones[0].Kind,
                customer.DefaultAddress?.Street, customer.Orders[0].ShipTo?.City));
            """,
    };

    [Fact]
    public void An_existing_application_builds_with_only_the_diagnostics_a_reviewer_agrees_with_and_exports_its_records()
    {
        var project = ConsumerProject.Create(dossier, "adoption", Files,
            new Dictionary<string, string>
            {
                ["Microsoft.Extensions.Identity.Stores"] = EfCoreVersion,
                ["Microsoft.EntityFrameworkCore"] = EfCoreVersion,
            },
            asExisting: true);
        var build = project.Build();

        var diagnostics = Regex.Matches(build, @"(?<file>[\w/\\.]+\.cs)\(\d+,\d+\): (?<severity>warning|error) (?<id>[A-Z]+\d+): (?<message>[^\[\r\n]*)")
            .Select(match => $"{match.Groups["severity"].Value} {match.Groups["id"].Value} {Path.GetFileName(match.Groups["file"].Value)}: {Regex.Replace(match.Groups["message"].Value.Trim(), @"\s*\(https?://\S+\)$", string.Empty)}")
            .Distinct(StringComparer.Ordinal)
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
        Assert.True(ExpectedDiagnostics.SequenceEqual(diagnostics, StringComparer.Ordinal),
            "The first build's diagnostics differ from the reviewed set. They were:\n" + string.Join("\n", diagnostics));

        project.Run();
        var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Directory, "export.json"))).RootElement.GetProperty("data");
        Assert.Equal("Ada Lovelace", data.GetProperty("Name").GetProperty("value").GetString());
        var address = data.GetProperty("DefaultAddress").GetProperty("value").GetProperty("data");
        Assert.Equal("12 St James's Square", address.GetProperty("Street").GetProperty("value").GetString());
        Assert.False(address.TryGetProperty("CountryCode", out _));
        var phone = data.GetProperty("Phones").GetProperty("value")[0].GetProperty("data");
        Assert.Equal("+44 20 7946 0000", phone.GetProperty("Number").GetProperty("value").GetString());
        var order = data.GetProperty("Orders").GetProperty("value")[0].GetProperty("data");
        Assert.Equal("Leith", order.GetProperty("ShipTo").GetProperty("value").GetProperty("data").GetProperty("City").GetProperty("value").GetString());

        Assert.Equal("||null|Mobile|12 St James's Square|Leith", File.ReadAllText(Path.Combine(project.Directory, "after.txt")));
        Assert.Contains("Delivery records are kept six years", File.ReadAllText(Path.Combine(project.Directory, "report.txt")));
    }

    /// <summary>Every diagnostic of the first build, each one a reviewer agrees with.</summary>
    private static readonly List<string> ExpectedDiagnostics = new()
    {
        // The country of a customer's shipping address is part of that address: tag it with the other parts.
        "warning PII003 ValueObjects.cs: 'CountryCode' looks like personal data (PostalAddress: the name says 'country code' and 'ShippingAddress' is a person-like type); tag it",
        // Identity's user holds personal data, and Dossier says how to include it, without failing the build.
        "warning PII006 ApplicationUser.cs: Dossier cannot generate export and erasure for 'ApplicationUser': the type holds personal data tagged by ASP.NET Core Identity or a data classification attribute, but it is not partial, so Dossier neither exports nor erases it; declare it 'partial' to include it",
        // Positional records print every property in ToString, so a logged address or phone leaks.
        "warning PII007 ValueObjects.cs: Record 'PhoneNumber' prints personal data (Number) in its compiler-generated ToString; declare PrintMembers to leave personal members out",
        "warning PII007 ValueObjects.cs: Record 'ShippingAddress' prints personal data (Street, City) in its compiler-generated ToString; declare PrintMembers to leave personal members out",
    };
}
