using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Declarations.IncompleteDeclarationAnalyzer>;

namespace Dossier.Generators.Tests.Rules;

public class IncompleteDeclarationAnalyzerTests
{
    [Fact]
    public Task Reports_a_member_without_purpose_and_legal_basis_once() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [{|#0:PersonalData(DataCategory.Email)|}] public string? Email { get; set; }
        }
        """, null, new DiagnosticResult(DiagnosticDescriptors.Incomplete).WithLocation(0).WithArguments("'Email'", "purpose and legal basis"));

    [Fact]
    public Task Names_only_what_is_missing() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [{|#0:PersonalData(DataCategory.Email, Purpose = "Sign-in")|}] public string? Email { get; set; }
            [{|#1:PersonalData(DataCategory.Phone, LegalBasis = LegalBasis.Consent)|}] public string? Phone { get; set; }
            [{|#2:PersonalData(DataCategory.Name, Purpose = "Greeting", LegalBasis = LegalBasis.Unspecified)|}] public string? Name { get; set; }
        }
        """, null,
        new DiagnosticResult(DiagnosticDescriptors.Incomplete).WithLocation(0).WithArguments("'Email'", "legal basis"),
        new DiagnosticResult(DiagnosticDescriptors.Incomplete).WithLocation(1).WithArguments("'Phone'", "purpose"),
        new DiagnosticResult(DiagnosticDescriptors.Incomplete).WithLocation(2).WithArguments("'Name'", "legal basis"));

    [Fact]
    public Task Complete_members_are_not_reported() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)] public string? Email { get; set; }
            [PersonalData(DataCategory.Phone, Purpose = "Calls", LegalBasis = LegalBasis.Consent, Retention = "P1Y")] public string? Phone;
        }
        """);

    [Fact]
    public async Task Carries_the_missing_argument_names_for_the_code_fix()
    {
        var diagnostics = await DiagnosticsRunner.RunAsync(new IncompleteDeclarationAnalyzer(), """
            using Dossier;
            public class Customer { [PersonalData(DataCategory.Email)] public string? Email { get; set; } }
            """, "dossier.required_fields = purpose, legal_basis, retention");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("'Email' does not say its purpose, legal basis and retention; the record of processing needs it (GDPR Art. 30(1))", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Purpose,LegalBasis,Retention", diagnostic.Properties[IncompleteDeclarationAnalyzer.MissingKey]);
    }

    [Fact]
    public Task Retention_is_required_only_when_configured() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)] public string? Email { get; set; }
        }
        """, "dossier.required_fields = purpose, legal_basis");

    [Fact]
    public Task Required_fields_can_ask_for_retention() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [{|#0:PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)|}] public string? Email { get; set; }
            [PersonalData(DataCategory.Phone, Purpose = "Calls", LegalBasis = LegalBasis.Consent, Retention = "P1Y")] public string? Phone { get; set; }
        }
        """, "dossier.required_fields = purpose, legal_basis, retention",
        new DiagnosticResult(DiagnosticDescriptors.Incomplete).WithLocation(0).WithArguments("'Email'", "retention"));

    [Fact]
    public Task Required_fields_can_drop_legal_basis() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in")] public string? Email { get; set; }
            [{|PII004:PersonalData(DataCategory.Phone)|}] public string? Phone { get; set; }
        }
        """, "dossier.required_fields = Purpose");

    [Fact]
    public Task Required_fields_none_turns_the_rule_off() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer { [PersonalData(DataCategory.Email)] public string? Email { get; set; } }
        """, "dossier.required_fields = none");

    [Fact]
    public Task Placeholders_from_the_code_fix_still_count_as_missing() => Verify.VerifyAsync($$"""
        using Dossier;
        public class Customer
        {
            [{|#0:PersonalData(DataCategory.Email, Purpose = "{{Dossier.Generators.Analyzers.Declarations.Placeholders.Purpose}}", LegalBasis = LegalBasis.Unspecified)|}]
            public string? Email { get; set; }
        }
        """, null, new DiagnosticResult(DiagnosticDescriptors.Incomplete).WithLocation(0).WithArguments("'Email'", "purpose and legal basis"));

    [Fact]
    public Task A_blank_purpose_is_left_to_PII008() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "", LegalBasis = LegalBasis.Contract)] public string? Email { get; set; }
            [PersonalData(DataCategory.Phone, Purpose = null, LegalBasis = LegalBasis.Contract)] public string? Phone { get; set; }
        }
        """);

    [Fact]
    public Task Record_positional_parameters_are_reported() => Verify.VerifyAsync("""
        using Dossier;
        public record Customer([{|PII004:PersonalData(DataCategory.Email)|}] string Email, string Notes);
        """);

    [Fact]
    public Task Identity_tagged_members_are_not_reported() => Verify.VerifyAsync("""
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
        public class User { [Microsoft.AspNetCore.Identity.PersonalData] public string? PhoneNumber { get; set; } }
        """);

    [Fact]
    public Task Fields_sharing_one_attribute_are_reported_once() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer { [{|PII004:PersonalData(DataCategory.Name)|}] public string? GivenName, FamilyName; }
        """);
}
