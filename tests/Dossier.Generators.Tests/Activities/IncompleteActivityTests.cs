using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Tests.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Declarations.IncompleteDeclarationAnalyzer>;

namespace Dossier.Generators.Tests.Activities;

/// <summary>PII004 on processing activities: a declaration states what its members state through it.</summary>
public class IncompleteActivityTests
{
    private static DiagnosticResult Incomplete(int location, string activity, string missing) =>
        new DiagnosticResult(DiagnosticDescriptors.Incomplete).WithLocation(location).WithArguments("activity '" + activity + "'", missing);

    [Fact]
    public Task A_declaration_without_purpose_or_legal_basis_is_reported_and_its_members_are_not() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: {|#0:ProcessingActivity("Newsletter")|}]
        [assembly: {|#1:ProcessingActivity("Support", Purpose = "Answering customers")|}]
        [assembly: {|#2:ProcessingActivity("Billing", LegalBasis = LegalBasis.Contract, Retention = "P10Y")|}]
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]

        [ProcessingActivities("Support")]
        public class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Newsletter", "Sign-in" })] public string? Email { get; set; }
            [PersonalData(DataCategory.Financial, Activities = new[] { "Billing" })] public string? Iban { get; set; }
            [PersonalData(DataCategory.Phone)] public string? Phone { get; set; }
        }
        """, null,
        Incomplete(0, "Newsletter", "purpose and legal basis"),
        Incomplete(1, "Support", "legal basis"),
        Incomplete(2, "Billing", "purpose"));

    [Fact]
    public Task Retention_is_asked_of_declarations_when_required_fields_ask_for_it() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: {|#0:ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)|}]
        [assembly: ProcessingActivity("Billing", Purpose = "Invoices", LegalBasis = LegalBasis.Contract, Retention = "P10Y")]
        public class C
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Billing" })] public string? Email { get; set; }
        }
        """, "dossier.required_fields = purpose, legal_basis, retention", Incomplete(0, "Sign-in", "retention"));

    [Fact]
    public Task A_member_with_no_activities_is_reported_as_before() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
        public class C
        {
            [{|#0:PersonalData(DataCategory.Email)|}] public string? Email { get; set; }
        }
        """, null, new DiagnosticResult(DiagnosticDescriptors.Incomplete).WithLocation(0).WithArguments("'Email'", "purpose and legal basis"));

    [Fact]
    public async Task Blank_names_and_blank_purposes_are_left_to_PII008_and_placeholders_still_count_as_missing()
    {
        var diagnostics = await DiagnosticsRunner.RunAsync(new IncompleteDeclarationAnalyzer(), $$"""
            using Dossier;
            [assembly: ProcessingActivity("", Purpose = "x")]
            [assembly: ProcessingActivity("A", Purpose = " ", LegalBasis = LegalBasis.Contract)]
            [assembly: ProcessingActivity("B", Purpose = "{{Placeholders.Purpose}}", LegalBasis = LegalBasis.Contract)]
            public class C { }
            """);
        var message = Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("activity 'B' does not say its purpose; the record of processing needs it (GDPR Art. 30(1))", message);
    }
}
