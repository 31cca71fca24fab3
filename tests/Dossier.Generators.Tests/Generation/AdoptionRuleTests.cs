using System.Text.Json;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verifier = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Generation.PersonalDataTypeAnalyzer>;

namespace Dossier.Generators.Tests.Generation;

/// <summary>
/// Which types get generated code (docs/rules/PII006.md): tagged types, data subjects and partial types that hold
/// them do; types that merely hold a tagged entity and are not partial (caches, services, view models, events) get
/// nothing and no diagnostic; a type Dossier cannot extend is reported where a person's data would be missed.
/// </summary>
public class AdoptionRuleTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing Dossier;\n\n";

    private const string User = """
        [DataSubject("User")]
        public partial class User
        {
            public int Id { get; set; }
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
        }
        """;

    private static string Scenario(string body) =>
        "public static class Scenario\n{\n    public static string Run()\n    {\n" + body + "\n    }\n}\n";

    [Fact]
    public Task Types_that_only_hold_an_entity_are_not_reported() => Verifier.VerifyAsync(Usings + User + """

        public class UserCache
        {
            private readonly Dictionary<int, User> _byId = new();
            public User? Find(int id) => _byId.TryGetValue(id, out var user) ? user : null;
        }

        public class SignUpService
        {
            private readonly List<User> _pending = new();
            public void Add(User user) => _pending.Add(user);
        }

        public class ProfileViewModel
        {
            public string Title { get; set; } = "";
            public User? Current { get; set; }
        }

        public record UserRegistered(User User, DateTime At);

        public sealed class UserTests
        {
            private readonly User _user = new();
        }
        """);

    [Fact]
    public void Types_that_only_hold_an_entity_get_no_generated_code_unless_partial()
    {
        var (_, generated, diagnostics) = GeneratorHarness.Run(User, """
            public class UserCache { private readonly List<User> _all = new(); }
            public record UserRegistered(User User);
            public partial class Session { public User? Current { get; set; } }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Contains("User.PersonalData.g.cs", generated.Keys);
        Assert.Contains("Session.PersonalData.g.cs", generated.Keys);
        Assert.DoesNotContain("UserCache.PersonalData.g.cs", generated.Keys);
        Assert.DoesNotContain("UserRegistered.PersonalData.g.cs", generated.Keys);
    }

    [Fact]
    public Task A_derived_type_that_adds_nothing_personal_needs_no_partial() => Verifier.VerifyAsync(Usings + User + """

        public class Admin : User
        {
            public int Level { get; set; }
        }
        """);

    [Fact]
    public Task A_derived_type_that_adds_personal_data_is_reported() => Verifier.VerifyAsync(Usings + User + """

        public class {|PII006:Manager|} : User
        {
            public Address? Office { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }
        """);

    [Fact]
    public Task A_subject_that_reaches_a_type_that_is_not_partial_is_reported_at_the_member_with_the_path() => Verifier.VerifyAsync(Usings + """
        [DataSubject]
        public partial class Customer
        {
            [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            public Profile? {|#0:Profile|} { get; set; }
        }

        public class Profile
        {
            public List<Address> Addresses { get; } = new();
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }
        """, null, new DiagnosticResult("PII006", DiagnosticSeverity.Error).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("Profile",
        "it holds 'Profile', whose personal data (Customer.Profile.Addresses.Street) gets no generated code and would be missing from the export and erasure of 'Customer': 'Profile' is not partial; declare it 'partial'"));

    [Fact]
    public Task A_tagged_type_that_is_not_partial_is_reported_once_not_at_every_holder() => Verifier.VerifyAsync(Usings + """
        [DataSubject]
        public partial class Customer
        {
            public Address? Home { get; set; }
        }

        public class {|PII006:Address|}
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }
        """);

    [Fact]
    public Task An_IdentityUser_that_is_not_partial_is_a_warning_and_its_holders_are_not_reported() => Verifier.VerifyAsync("""
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Identity;

        public class {|#0:ApplicationUser|} : IdentityUser
        {
            [PersonalData] public string? DisplayName { get; set; }
        }

        public class {|#1:PlainUser|} : IdentityUser { }

        public class AccountController
        {
            private readonly List<ApplicationUser> _recent = new();
            public ApplicationUser? Current { get; set; }
        }
        """, null,
        new DiagnosticResult("PII006", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("ApplicationUser",
            "the type holds personal data tagged by ASP.NET Core Identity or a data classification attribute, but it is not partial, so Dossier neither exports nor erases it; declare it 'partial' to include it"),
        new DiagnosticResult("PII006", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("PlainUser",
            "the type holds personal data tagged by ASP.NET Core Identity or a data classification attribute, but it is not partial, so Dossier neither exports nor erases it; declare it 'partial' to include it"));

    [Fact]
    public void Entities_that_only_point_back_at_the_subject_are_not_exported_as_text()
    {
        // The first tagging of an existing model: only the customer is tagged. Its orders hold personal data only by
        // pointing back at it, and get no code; the export must not list them as "Shop.Order" strings.
        var result = GeneratorHarness.RunScenario("""
            namespace Shop
            {
                [DataSubject]
                public partial class Customer
                {
                    [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
                    public List<Order> Orders { get; set; } = new();
                    public Order? LastOrder { get; set; }
                    public List<Review> Reviews { get; set; } = new();
                }

                public class Order
                {
                    public Customer? Customer { get; set; }
                    public List<OrderLine> Lines { get; set; } = new();
                    public decimal Total { get; set; }
                }

                public class OrderLine { public Order? Order { get; set; } public int Quantity { get; set; } }

                public partial class Review
                {
                    public Customer? Author { get; set; }
                    [PersonalData(DataCategory.Communication)] public string Text { get; set; } = "";
                }
            }
            """, Scenario("""
            var customer = new Shop.Customer { Email = "ada@example.com" };
            var order = new Shop.Order { Customer = customer, Total = 3 };
            order.Lines.Add(new Shop.OrderLine { Order = order, Quantity = 1 });
            customer.Orders.Add(order);
            customer.LastOrder = order;
            customer.Reviews.Add(new Shop.Review { Author = customer, Text = "Lovely" });
            var json = customer.ExportPersonalData().ToJson();
            var report = customer.ErasePersonalData();
            return json + "\n###\n" + report + "\n###\n" + customer.Orders.Count + "|" + order.Total + "|" + customer.Reviews[0].Text;
            """));

        var parts = result.Split("\n###\n");
        var data = JsonDocument.Parse(parts[0]).RootElement.GetProperty("data");
        Assert.Equal(new[] { "Email", "Reviews" }, data.EnumerateObject().Select(property => property.Name));
        Assert.DoesNotContain("Shop.Order", parts[0]);
        Assert.Equal("Lovely", data.GetProperty("Reviews").GetProperty("value")[0].GetProperty("data").GetProperty("Text").GetProperty("value").GetString());
        Assert.Equal("1|3|", parts[2]);
    }

    [Fact]
    public void A_positional_record_tagged_with_property_target_is_exported_and_erased()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial record ShippingAddress(
                [property: PersonalData(DataCategory.PostalAddress)] string Street,
                [property: PersonalData(DataCategory.PostalAddress, Erasure = Erasure.Retain, RetentionReason = "Delivery records")] string City);

            public partial record struct Phone([property: PersonalData(DataCategory.Phone)] string Number, string Kind);

            public partial class Order
            {
                [PersonalData(DataCategory.Name)] public string? Recipient { get; set; }
                public ShippingAddress? ShipTo { get; set; }
                public List<Phone> Phones { get; } = new();
            }
            """, Scenario("""
            var address = new ShippingAddress("1 Main St", "Springfield");
            var alone = address.ExportPersonalData().ToJson();
            var order = new Order { Recipient = "Ada", ShipTo = address };
            order.Phones.Add(new Phone("+44 1", "mobile"));
            var json = order.ExportPersonalData().ToJson();
            var phone = new Phone("+44 2", "home");
            var phoneJson = phone.ExportPersonalData().ToJson();
            var report = order.ErasePersonalData();
            return alone + "\n###\n" + json + "\n###\n" + phoneJson + "\n###\n" + (order.Recipient ?? "null") + "|" + order.Phones.Count + "|" + (order.Phones[0].Number ?? "null") + "|" + order.Phones[0].Kind + "\n###\n" + report;
            """));

        var parts = result.Split("\n###\n");
        Assert.Equal("1 Main St", JsonDocument.Parse(parts[0]).RootElement.GetProperty("data").GetProperty("Street").GetProperty("value").GetString());
        var order = JsonDocument.Parse(parts[1]).RootElement.GetProperty("data");
        Assert.Equal("Springfield", order.GetProperty("ShipTo").GetProperty("value").GetProperty("data").GetProperty("City").GetProperty("value").GetString());
        Assert.Equal("+44 1", order.GetProperty("Phones").GetProperty("value")[0].GetProperty("data").GetProperty("Number").GetProperty("value").GetString());
        Assert.Equal("+44 2", JsonDocument.Parse(parts[2]).RootElement.GetProperty("data").GetProperty("Number").GetProperty("value").GetString());
        Assert.DoesNotContain("mobile", parts[1]);
        Assert.Equal("null|1||mobile", parts[3]);
        Assert.Contains("City", parts[4]);
    }

    [Fact]
    public Task An_init_only_positional_property_tagged_with_property_target_must_be_retained() => Verifier.VerifyAsync(Usings + """
        public partial record ShippingAddress([property: PersonalData(DataCategory.PostalAddress)] string {|PII005:Street|});
        """);

    [Fact]
    public void Positional_records_nested_in_a_type_and_held_in_collections_are_exported()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial class Directory
            {
                public partial record Entry([property: PersonalData(DataCategory.Name)] string? Name, int Extension);

                public List<Entry> Entries { get; } = new();
                public Dictionary<string, Entry> ByDesk { get; } = new();
            }
            """, Scenario("""
            var directory = new Directory();
            directory.Entries.Add(new Directory.Entry("Grace", 12));
            directory.ByDesk["4F"] = new Directory.Entry("Alan", 40);
            var json = directory.ExportPersonalData().ToJson();
            return json;
            """));

        Assert.Contains("Grace", result);
        Assert.Contains("Alan", result);
        Assert.DoesNotContain("Extension", result);
    }

    [Fact]
    public Task A_readonly_record_struct_tagged_with_property_target_must_be_retained() => Verifier.VerifyAsync(Usings + """
        public readonly partial record struct Card([property: PersonalData(DataCategory.Financial)] string {|PII005:Number|});
        """);

    [Fact]
    public Task A_type_that_only_refers_back_to_the_subject_is_not_reported() => Verifier.VerifyAsync(Usings + """
        [DataSubject]
        public partial class Member
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            public List<MemberRole> Roles { get; } = new();
            public List<MemberAddress> {|#0:Addresses|} { get; } = new();
        }

        public class MemberRole
        {
            public long MemberId { get; set; }
            public Member? Member { get; set; }
        }

        public class MemberAddress
        {
            public Member? Member { get; set; }
            public Address? Address { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }
        """, null, new DiagnosticResult("PII006", DiagnosticSeverity.Error).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("Addresses",
        "it holds 'MemberAddress', whose personal data (Member.Addresses.Address.Street) gets no generated code and would be missing from the export and erasure of 'Member': 'MemberAddress' is not partial; declare it 'partial'"));
}
