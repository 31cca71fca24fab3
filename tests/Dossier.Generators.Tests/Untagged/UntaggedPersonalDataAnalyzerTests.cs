using Dossier.Generators.Analyzers.Untagged;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Untagged.UntaggedPersonalDataAnalyzer>;

namespace Dossier.Generators.Tests.Untagged;

public class UntaggedPersonalDataAnalyzerTests
{
    [Fact]
    public Task Reports_untagged_contact_data_on_a_person() => Verify.VerifyAsync("""
        using System;
        public class Customer
        {
            public Guid Id { get; set; }
            public string {|PII003:Name|} { get; set; } = "";
            public string {|PII003:EmailAddress|} { get; set; } = "";
            public string? {|PII003:phone_number|};
            public DateOnly {|PII003:DateOfBirth|} { get; set; }
        }
        """);

    [Fact]
    public Task Message_names_the_category_and_why() => Verify.VerifyAsync(
        """
        public class Customer
        {
            public string {|#0:Email|} { get; set; } = "";
            public string {|#1:Name|} { get; set; } = "";
        }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Email", "Email", "the name says 'email'"),
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("Name", "Name", "the name says 'name' and 'Customer' is a person-like type"));

    [Fact]
    public Task Does_not_report_the_same_names_on_things_machines_and_settings() => Verify.VerifyAsync("""
        public class Product { public string Name { get; set; } = ""; public string Gender { get; set; } = ""; }
        public class Department { public string Name { get; set; } = ""; public string Address { get; set; } = ""; }
        public class ServerNode { public string IpAddress { get; set; } = ""; public string MacAddress { get; set; } = ""; public string Location { get; set; } = ""; }
        public class SmtpSettings { public string Host { get; set; } = ""; public string Username { get; set; } = ""; public string Password { get; set; } = ""; public string FromEmail { get; set; } = ""; }
        public class Warehouse { public string Address { get; set; } = ""; public double Latitude { get; set; } }
        """);

    [Fact]
    public Task Reports_record_positional_parameters_where_the_tag_goes() => Verify.VerifyAsync("""
        public record Patient(System.Guid Id, string {|PII003:Diagnosis|}, string {|PII003:BloodType|});
        """);

    [Fact]
    public Task Reports_what_an_activity_record_says_about_someone() => Verify.VerifyAsync("""
        public class PageView
        {
            public string Url { get; set; } = "";
            public string {|PII003:ClientIp|} { get; set; } = "";
            public string {|PII003:UserAgent|} { get; set; } = "";
            public System.Net.IPAddress? {|PII003:Source|} { get; set; }
            public string Name { get; set; } = "";
        }
        """);

    [Fact]
    public Task Skips_flags_counts_timestamps_and_enums_of_things() => Verify.VerifyAsync("""
        using System;
        public enum OrderStatus { Open, Closed }
        public enum Gender { Female, Male }
        public class Customer
        {
            public bool EmailConfirmed { get; set; }
            public int EmailCount { get; set; }
            public DateTime EmailVerifiedAt { get; set; }
            public DateTimeOffset LastLogin { get; set; }
            public OrderStatus Status { get; set; }
            public Gender {|PII003:Gender|} { get; set; }
            public bool {|PII003:HasCriminalRecord|} { get; set; }
        }
        """);

    [Fact]
    public Task Skips_members_already_tagged_or_marked_not_personal() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
            [NotPersonalData(Justification = "A nickname chosen for the company's mascot")] public string Nickname { get; set; } = "";
            public string {|PII003:Surname|} { get; set; } = "";
        }

        [NotPersonalData(Justification = "Test fixtures with made-up people")]
        public class SampleCustomer { public string Email { get; set; } = ""; public string Name { get; set; } = ""; }

        public record Contact([property: PersonalData(DataCategory.Name)] string Name, [PersonalData(DataCategory.Phone)] string Phone);
        """);

    [Fact]
    public Task Skips_members_tagged_by_Identity_or_a_data_classification() => Verify.VerifyAsync("""
        using Microsoft.Extensions.Compliance.Classification;
        public sealed class PrivateDataAttribute() : DataClassificationAttribute(new DataClassification("Acme", "Private"));
        public class Customer
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public string Email { get; set; } = "";
            [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Phone { get; set; } = "";
            [PrivateData] public string HomeAddress { get; set; } = "";
            public string {|PII003:Surname|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_data_subject_type_makes_ambiguous_names_personal() => Verify.VerifyAsync("""
        using Dossier;
        [DataSubject] public class Rider { public string {|PII003:Name|} { get; set; } = ""; public string {|PII003:City|} { get; set; } = ""; }
        public class Route { public string Name { get; set; } = ""; public string City { get; set; } = ""; }
        """);

    [Fact]
    public Task A_base_type_that_is_a_person_makes_the_derived_type_one() => Verify.VerifyAsync("""
        public class Person { public string {|PII003:Name|} { get; set; } = ""; }
        public class Admin : Person { public string {|PII003:Title|} { get; set; } = ""; }
        """);

    [Fact]
    public Task Ignores_method_parameters_locals_constants_statics_and_computed_properties() => Verify.VerifyAsync("""
        public class Customer
        {
            public const string DefaultEmail = "nobody@example.com";
            public static string SampleName = "Jane";
            private string _email = "";
            public string {|PII003:Email|} { get => _email; set => _email = value; }
            public string {|PII003:FirstName|} { get; set; } = "";
            public string {|PII003:LastName|} { get; set; } = "";
            public string FullName => FirstName + " " + LastName;
            private readonly string {|PII003:_phone|} = "";
            public string Phone { get { return _phone; } }

            public void Rename(string firstName, string email)
            {
                var lastName = firstName + email;
                System.Console.WriteLine(lastName);
            }
        }
        """);

    [Fact]
    public async Task Does_not_report_in_generated_code()
    {
        var test = Verify.Create("""
            public partial class Customer { public string {|PII003:Email|} { get; set; } = ""; }
            """);
        test.TestState.Sources.Add(("Customer.g.cs", """
            // <auto-generated/>
            public partial class Customer { public string Phone { get; set; } = ""; }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Puts_the_suggested_category_into_the_diagnostic_properties()
    {
        var diagnostics = await UntaggedRunner.RunAsync("""
            public class Patient { public string Allergies { get; set; } = ""; public string MobileNumber { get; set; } = ""; }
            """);

        Assert.Equal(
            new[] { "Health", "Phone" },
            diagnostics.Select(diagnostic => diagnostic.Properties[UntaggedPersonalDataAnalyzer.CategoryProperty]).ToArray());
    }

    [Fact]
    public async Task Does_not_crash_on_half_typed_code()
    {
        var diagnostics = await UntaggedRunner.RunAsync("""
            using Dossier;
            public class Customer
            {
                public Strin Email { get; set; }
                public string Phone { get; set }
                public UnknownType<int> Name;
                public string
                [PersonalData(DataCategory.)] public string Surname { get; set; }
                public List<> Addresses { get; set; }
                public record Patient(string Diagnosis, );
                public string this[int index] => "";
                public (string Email, int Count) Pair;
            }
            public class : Person { public string Name { get; set; } }
            public record (string Email);
            """);

        Assert.Contains(diagnostics, diagnostic => diagnostic.GetMessage().StartsWith("'Phone'", StringComparison.Ordinal));
    }
}
