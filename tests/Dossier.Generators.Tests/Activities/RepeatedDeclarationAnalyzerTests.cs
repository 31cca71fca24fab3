using Dossier.Generators.Analyzers.Activities;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Tests.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Activities.RepeatedDeclarationAnalyzer>;

namespace Dossier.Generators.Tests.Activities;

/// <summary>PII013: the same inline purpose and legal basis on several members, and the activity its fix would declare.</summary>
public class RepeatedDeclarationAnalyzerTests
{
    [Fact]
    public Task Members_with_the_same_purpose_and_legal_basis_are_each_reported_with_the_others() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [{|#0:PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)|}] public string? Email { get; set; }
            [{|#1:PersonalData(DataCategory.Name, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P1Y")|}] public string? Name { get; set; }
            [PersonalData(DataCategory.Phone, Purpose = "Sign-in", LegalBasis = LegalBasis.Consent)] public string? Phone { get; set; }
            [PersonalData(DataCategory.Other, Purpose = "sign-in", LegalBasis = LegalBasis.Contract)] public string? Nickname { get; set; }
            [PersonalData(DataCategory.Other)] public string? A { get; set; }
            [PersonalData(DataCategory.Other)] public string? B { get; set; }
        }
        """, null,
        new DiagnosticResult(DiagnosticDescriptors.RepeatedInlineDeclaration).WithLocation(0).WithLocation(1).WithArguments("Customer.Email", "'Customer.Name'"),
        new DiagnosticResult(DiagnosticDescriptors.RepeatedInlineDeclaration).WithLocation(1).WithLocation(0).WithArguments("Customer.Name", "'Customer.Email'"));

    [Fact]
    public async Task The_proposed_activity_takes_the_retention_and_recipients_only_when_every_member_shares_them()
    {
        var diagnostics = await DiagnosticsRunner.RunAsync(new RepeatedDeclarationAnalyzer(), """
            using Dossier;
            [assembly: Recipient("MailCo")]
            [assembly: ProcessingActivity("Account notices", Purpose = "Other", LegalBasis = LegalBasis.Contract)]
            public class Customer
            {
                [PersonalData(DataCategory.Email, Purpose = "Account notices", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })] public string? Email { get; set; }
                [PersonalData(DataCategory.Name, Purpose = "Account notices", LegalBasis = LegalBasis.Contract, Retention = "P2Y")] public string? Name { get; set; }
                [PersonalData(DataCategory.Phone, Purpose = "Calls about an order the customer placed with the shop", LegalBasis = LegalBasis.Contract, Recipients = new[] { "MailCo" })] public string? Phone { get; set; }
                [PersonalData(DataCategory.Other, Purpose = "Calls about an order the customer placed with the shop", LegalBasis = LegalBasis.Contract, Recipients = new[] { "MailCo" })] public string? Mobile { get; set; }
            }
            """);
        Assert.Equal(4, diagnostics.Length);
        var notices = diagnostics.Single(diagnostic => diagnostic.GetMessage().StartsWith("'Customer.Email'", StringComparison.Ordinal)).Properties;
        Assert.Equal("Account notices 2", notices[RepeatedDeclarationAnalyzer.NameKey]);
        Assert.Equal("Contract", notices[RepeatedDeclarationAnalyzer.LegalBasisKey]);
        Assert.Equal("P2Y", notices[RepeatedDeclarationAnalyzer.RetentionKey]);
        Assert.False(notices.ContainsKey(RepeatedDeclarationAnalyzer.RecipientsKey));
        var calls = diagnostics.Single(diagnostic => diagnostic.GetMessage().StartsWith("'Customer.Phone'", StringComparison.Ordinal)).Properties;
        Assert.Equal("Calls about an order the customer placed", calls[RepeatedDeclarationAnalyzer.NameKey]);
        Assert.False(calls.ContainsKey(RepeatedDeclarationAnalyzer.RetentionKey));
        Assert.Equal("MailCo", calls[RepeatedDeclarationAnalyzer.RecipientsKey]);
    }

    [Fact]
    public Task Placeholders_and_missing_legal_bases_are_not_a_shared_declaration() => Verify.VerifyAsync($$"""
        using Dossier;
        public class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "{{Dossier.Generators.Analyzers.Declarations.Placeholders.Purpose}}", LegalBasis = LegalBasis.Contract)] public string? Email { get; set; }
            [PersonalData(DataCategory.Name, Purpose = "{{Dossier.Generators.Analyzers.Declarations.Placeholders.Purpose}}", LegalBasis = LegalBasis.Contract)] public string? Name { get; set; }
            [PersonalData(DataCategory.Phone, Purpose = "Calls")] public string? Phone { get; set; }
            [PersonalData(DataCategory.Other, Purpose = "Calls")] public string? Mobile { get; set; }
        }
        """);

    [Fact]
    public async Task A_large_group_names_three_others_counts_the_rest_and_points_to_ten()
    {
        var source = "using Dossier;\npublic class Customer\n{\n" + string.Concat(Enumerable.Range(1, 30).Select(i =>
            $"    [PersonalData(DataCategory.Other, Purpose = \"Support\", LegalBasis = LegalBasis.Contract)] public string? F{i:00} {{ get; set; }}\n")) + "}\n";
        var diagnostics = await DiagnosticsRunner.RunAsync(new RepeatedDeclarationAnalyzer(), source);
        Assert.Equal(30, diagnostics.Length);
        var first = diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).First();
        Assert.Equal("'Customer.F01' repeats the purpose and legal basis of 'Customer.F02', 'Customer.F03', 'Customer.F04' and 26 more; declare them once as a processing activity",
            first.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(RepeatedDeclarationAnalyzer.AdditionalLocations, first.AdditionalLocations.Count);
    }

    [Fact]
    public async Task Members_are_found_wherever_a_tag_can_be_written_and_only_there()
    {
        // A record's positional property (tagged on its parameter), a field, a nested type's property, and an enum member
        // among types that write no attribute at all: each is found, none more.
        var diagnostics = await DiagnosticsRunner.RunAsync(new RepeatedDeclarationAnalyzer(), """
            using Dossier;
            public record Customer([property: PersonalData(DataCategory.Email, Purpose = "Billing", LegalBasis = LegalBasis.Contract)] string Email);
            public class Plain { public string? Name { get; set; } public class Inner { public int Count; } }
            public class Order
            {
                [PersonalData(DataCategory.PostalAddress, Purpose = "Billing", LegalBasis = LegalBasis.Contract)] public string? Address;
                public class Line
                {
                    [PersonalData(DataCategory.Name, Purpose = "Billing", LegalBasis = LegalBasis.Contract)] public string? Recipient { get; set; }
                }
            }
            public enum Kind { [PersonalData(DataCategory.Other, Purpose = "Billing", LegalBasis = LegalBasis.Contract)] Private, Business }
            public class Untagged { public string? Email { get; set; } }
            """);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id != "PII013");
        var members = diagnostics.Select(diagnostic => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "Customer.Email", "Kind.Private", "Line.Recipient", "Order.Address" }, members);
        Assert.All(diagnostics, diagnostic => Assert.Equal(3, diagnostic.AdditionalLocations.Count));
    }
}
