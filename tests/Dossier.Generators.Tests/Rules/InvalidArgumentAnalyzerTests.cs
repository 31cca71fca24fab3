using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Declarations.InvalidArgumentAnalyzer>;

namespace Dossier.Generators.Tests.Rules;

public class InvalidArgumentAnalyzerTests
{
    private static DiagnosticResult Invalid(int location, string message) =>
        new DiagnosticResult(DiagnosticDescriptors.InvalidArgument).WithLocation(location).WithArguments(message);

    [Fact]
    public Task Erasure_strategies_unsuited_to_the_member_type_are_reported_with_what_to_write_instead() => Verify.VerifyAsync("""
        using Dossier;
        public partial class Customer
        {
            [{|PII008:PersonalData(DataCategory.DateOfBirth, Erasure = Erasure.Pseudonymize)|}] public System.DateTime Born { get; set; }
            [{|PII008:PersonalData(DataCategory.Other, Erasure = Erasure.Anonymize)|}] public Address? Home { get; set; }
            [PersonalData(DataCategory.Identifier, Erasure = Erasure.Pseudonymize)] public System.Guid Id { get; set; }
            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize)] public System.Collections.Generic.List<string> Names { get; } = new();
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }
        """);

    [Fact]
    public Task Unsuited_strategies_are_reported_once_on_base_members_and_on_record_parameters_and_nowhere_else() => Verify.VerifyAsync("""
        using Dossier;
        public abstract class Person
        {
            [{|PII008:PersonalData(DataCategory.DateOfBirth, Erasure = Erasure.Pseudonymize)|}] public System.DateTime Born { get; set; }
        }

        public partial class Customer : Person
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
        }

        public partial record Visitor([{|PII008:PersonalData(DataCategory.Other, Erasure = Erasure.Pseudonymize)|}] bool Returning);

        public partial class Plain
        {
            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize)] public string? Name { get; set; }
            [PersonalData(DataCategory.DateOfBirth)] public System.DateTime Born { get; set; }
            public Customer? Owner { get; set; }
        }
        """);

    [Fact]
    public Task Valid_arguments_are_not_reported() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: DataController("Example Ltd")]
        [assembly: Recipient("MailCo")]
        [assembly: Recipient("Stripe", Role = RecipientRole.Processor)]
        public class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y",
                Erasure = Erasure.Anonymize, Recipients = new[] { "MailCo", "Stripe" })]
            public string? Email { get; set; }

            [PersonalData(DataCategory.Financial, Retention = "P1Y6M2W3DT4H5M6.5S", Erasure = Erasure.Retain,
                RetentionReason = "Invoices are kept 10 years under tax law", Recipients = ["Stripe"])]
            public string? Iban;

            [PersonalData(Retention = "PT0,5S", Recipients = new string[] { "MailCo" })] public string? Other { get; set; }
        }
        """);

    [Theory]
    [InlineData("2 years", "P2Y")]
    [InlineData("30 days", "P30D")]
    [InlineData("6 months", "P6M")]
    [InlineData("1 year and 6 months", "P1Y6M")]
    [InlineData("p2y", "P2Y")]
    public Task Retention_in_words_is_reported_with_its_ISO_8601_form(string retention, string iso) => Verify.VerifyAsync($$"""
        using Dossier;
        public class Customer { [PersonalData(DataCategory.Email, {|#0:Retention = "{{retention}}"|})] public string? Email { get; set; } }
        """, null, Invalid(0, $"Retention '{retention}' of 'Email' is not an ISO 8601 duration; write '{iso}'"));

    [Theory]
    [InlineData("forever")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P2Y T")]
    public Task Retention_that_cannot_be_converted_gets_examples(string retention) => Verify.VerifyAsync($$"""
        using Dossier;
        public class Customer { [PersonalData(DataCategory.Email, {|#0:Retention = "{{retention}}"|})] public string? Email { get; set; } }
        """, null, Invalid(0, $"Retention '{retention}' of 'Email' is not an ISO 8601 duration; write one such as 'P2Y' (2 years), 'P6M' (6 months), 'P30D' (30 days) or 'PT12H' (12 hours)"));

    [Fact]
    public Task Empty_retention_and_purpose_are_reported() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [PersonalData(DataCategory.Email, {|#0:Retention = ""|}, {|#1:Purpose = "  "|})] public string? Email { get; set; }
            [PersonalData(DataCategory.Phone, {|#2:Purpose = null|})] public string? Phone { get; set; }
        }
        """, null,
        Invalid(0, "Retention of 'Email' is empty; write an ISO 8601 duration such as 'P2Y' (2 years) or 'P30D' (30 days), or leave Retention out"),
        Invalid(1, "Purpose of 'Email' is blank; write why the data is processed, such as Purpose = \"Sign-in and account notices\""),
        Invalid(2, "Purpose of 'Phone' is null; write why the data is processed, such as Purpose = \"Sign-in and account notices\""));

    [Fact]
    public Task Retain_needs_a_reason() => Verify.VerifyAsync("""
        using Dossier;
        public class Invoice
        {
            [PersonalData(DataCategory.Financial, {|#0:Erasure = Erasure.Retain|})] public string? Iban { get; set; }
            [PersonalData(DataCategory.Name, {|#1:Erasure = Erasure.Retain|}, RetentionReason = " ")] public string? Name { get; set; }
        }
        """, null,
        Invalid(0, "'Iban' uses Erasure.Retain without a RetentionReason; add RetentionReason = \"...\" naming the GDPR Art. 17(3) exception that applies (such as \"Invoices are kept 10 years under tax law\"), or choose Erasure.Delete"),
        Invalid(1, "'Name' uses Erasure.Retain without a RetentionReason; add RetentionReason = \"...\" naming the GDPR Art. 17(3) exception that applies (such as \"Invoices are kept 10 years under tax law\"), or choose Erasure.Delete"));

    [Fact]
    public Task The_reason_placeholder_is_not_a_reason() => Verify.VerifyAsync($$"""
        using Dossier;
        public class Invoice
        {
            [PersonalData(DataCategory.Financial, {|PII008:Erasure = Erasure.Retain|}, RetentionReason = "{{Placeholders.RetentionReason}}")] public string? Iban { get; set; }
        }
        """);

    [Fact]
    public Task A_reason_without_Retain_is_reported() => Verify.VerifyAsync("""
        using Dossier;
        public class Invoice
        {
            [PersonalData(DataCategory.Financial, Erasure = Erasure.Anonymize, {|#0:RetentionReason = "Tax law"|})] public string? Iban { get; set; }
            [PersonalData(DataCategory.Name, {|#1:RetentionReason = "Tax law"|})] public string? Name { get; set; }
            [PersonalData(DataCategory.Phone, RetentionReason = null)] public string? Phone { get; set; }
        }
        """, null,
        Invalid(0, "'Iban' gives a RetentionReason, but its Erasure is Erasure.Anonymize, so erasure does not keep the data; write Erasure = Erasure.Retain to keep it, or remove RetentionReason"),
        Invalid(1, "'Name' gives a RetentionReason, but its Erasure is Erasure.Delete, so erasure does not keep the data; write Erasure = Erasure.Retain to keep it, or remove RetentionReason"));

    [Fact]
    public Task Undefined_enum_values_are_reported() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: Recipient("MailCo", {|#3:Role = (RecipientRole)9|})]
        public class Customer
        {
            [PersonalData({|#0:(DataCategory)99|}, {|#1:LegalBasis = (LegalBasis)42|}, {|#2:Erasure = (Erasure)7|})] public string? Email { get; set; }
        }
        """, null,
        Invalid(0, "DataCategory value 99 is not defined; write a DataCategory member such as DataCategory.Email or DataCategory.Health, or DataCategory.Other when none fits"),
        Invalid(1, "LegalBasis value 42 is not defined; write LegalBasis.Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests or ExplicitConsent"),
        Invalid(2, "Erasure value 7 is not defined; write Erasure.Delete, Erasure.Anonymize, Erasure.Pseudonymize or Erasure.Retain"),
        Invalid(3, "RecipientRole value 9 is not defined; write RecipientRole.Processor, SubProcessor, JointController or ThirdParty"));

    [Fact]
    public Task Undeclared_recipients_are_reported_on_the_name() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: Recipient("MailCo")]
        [assembly: Recipient("Stripe")]
        public class Customer
        {
            [PersonalData(DataCategory.Email, Recipients = new[] { "MailCo", {|#0:"Mailchimp"|}, {|#1:"stripe"|}, {|#2:""|}, {|#3:"MailCo"|} })]
            public string? Email { get; set; }
        }
        """, null,
        Invalid(0, "Recipient 'Mailchimp' of 'Email' is not declared; add [assembly: Recipient(\"Mailchimp\")] or write a declared name (declared recipients: MailCo, Stripe)"),
        Invalid(1, "Recipient 'stripe' of 'Email' is not declared; write 'Stripe', as declared with [assembly: Recipient]"),
        Invalid(2, "A recipient of 'Email' has no name; write the name of a recipient declared with [assembly: Recipient(\"Name\")]"),
        Invalid(3, "Recipient 'MailCo' is listed twice for 'Email'; remove the repetition"));

    [Fact]
    public Task Recipients_without_any_declaration_say_so() => Verify.VerifyAsync("""
        using Dossier;
        public record Customer([PersonalData(DataCategory.Email, Recipients = [{|#0:"MailCo"|}])] string Email);
        """, null,
        Invalid(0, "Recipient 'MailCo' of 'Email' is not declared; add [assembly: Recipient(\"MailCo\")] or write a declared name (no recipient is declared yet)"));

    [Fact]
    public Task Assembly_declarations_are_checked() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: DataController({|#0:""|})]
        [assembly: Recipient("MailCo")]
        [assembly: Recipient({|#1:"MailCo"|}, Purpose = "Newsletters")]
        [assembly: Recipient({|#2:" "|})]
        """, null,
        Invalid(0, "[assembly: DataController] has no name; write the controller's legal name, such as [assembly: DataController(\"Example Ltd\")]"),
        Invalid(1, "Recipient 'MailCo' is declared more than once; keep one [assembly: Recipient(\"MailCo\")] and remove the others, or give this one its own name"),
        Invalid(2, "[assembly: Recipient] has no name; write the name members use in Recipients, such as [assembly: Recipient(\"MailCo\")]"));

    [Fact]
    public Task The_retention_placeholder_is_left_to_PII004_when_retention_is_required() => Verify.VerifyAsync($$"""
        using Dossier;
        public class Customer { [PersonalData(DataCategory.Email, Retention = "{{Placeholders.Retention}}")] public string? Email { get; set; } }
        """, "dossier.required_fields = purpose, legal_basis, retention");

    [Fact]
    public Task The_retention_placeholder_is_reported_when_retention_is_not_required() => Verify.VerifyAsync($$"""
        using Dossier;
        public class Customer { [PersonalData(DataCategory.Email, {|PII008:Retention = "{{Placeholders.Retention}}"|})] public string? Email { get; set; } }
        """);

    [Fact]
    public async Task Retention_fix_data_travels_in_the_properties()
    {
        var diagnostics = await DiagnosticsRunner.RunAsync(new InvalidArgumentAnalyzer(), """
            using Dossier;
            public class Customer { [PersonalData(DataCategory.Email, Retention = "90 days")] public string? Email { get; set; } }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(InvalidArgumentAnalyzer.RetentionNotIso, diagnostic.Properties[InvalidArgumentAnalyzer.ProblemKey]);
        Assert.Equal("P90D", diagnostic.Properties[InvalidArgumentAnalyzer.SuggestionKey]);
    }

    [Fact]
    public Task Fields_sharing_one_attribute_are_reported_once() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer { [PersonalData(DataCategory.Name, {|PII008:Retention = "2 years"|})] public string? GivenName, FamilyName; }
        """);

    [Fact]
    public Task Declarations_in_another_file_are_reported_there()
    {
        var test = Verify.Create("""
            using Dossier;
            public class Customer { [PersonalData(DataCategory.Email, Recipients = new[] { "MailCo" })] public string? Email { get; set; } }
            """);
        test.TestState.Sources.Add(("/0/Recipients.cs", """
            [assembly: Dossier.Recipient("MailCo")]
            [assembly: Dossier.Recipient({|PII008:"MailCo"|})]
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Recipient_countries_must_be_two_letter_codes() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: Recipient("MailCo", Country = "US")]
        [assembly: Recipient("Stripe", {|#0:Country = "ie"|})]
        [assembly: Recipient("Payroll", {|#1:Country = "Germany"|})]
        """, null,
        Invalid(0, "Country 'ie' is not an ISO 3166-1 alpha-2 code; write 'IE'"),
        Invalid(1, "Country 'Germany' is not an ISO 3166-1 alpha-2 code; write the two-letter code, such as 'US', 'DE' or 'IN'"));
}
