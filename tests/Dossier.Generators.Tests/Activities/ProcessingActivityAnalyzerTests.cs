using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Activities.ProcessingActivityAnalyzer>;

namespace Dossier.Generators.Tests.Activities;

/// <summary>PII011 (unused activities), PII012 (consent over special categories) and PII014 (a member's list leaving out its type's).</summary>
public class ProcessingActivityAnalyzerTests
{
    [Fact]
    public Task An_activity_no_member_or_type_names_is_reported_at_its_name() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
        [assembly: ProcessingActivity("Support", Purpose = "Answering customers", LegalBasis = LegalBasis.Contract)]
        [assembly: ProcessingActivity({|#0:"Marketing"|}, Purpose = "Offers", LegalBasis = LegalBasis.Consent)]

        [ProcessingActivities("Support")]
        public class Ticket { }

        public class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in" })] public string? Email { get; set; }
            [PersonalData(DataCategory.Name, Purpose = "Marketing", LegalBasis = LegalBasis.Consent)] public string? Name { get; set; }
        }
        """, null, new DiagnosticResult(DiagnosticDescriptors.UnusedActivity).WithLocation(0).WithArguments("Marketing"));

    [Fact]
    public Task A_consent_activity_over_special_categories_is_reported_at_its_legal_basis_naming_the_members() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Research", Purpose = "Health research", {|#0:LegalBasis = LegalBasis.Consent|})]
        [assembly: ProcessingActivity("Newsletter", Purpose = "Monthly newsletter", LegalBasis = LegalBasis.Consent)]
        [assembly: ProcessingActivity("Care", Purpose = "Treatment", LegalBasis = LegalBasis.ExplicitConsent)]

        [ProcessingActivities("Research")]
        public class Patient
        {
            [PersonalData(DataCategory.Health)] public string? Diagnosis { get; set; }
            [PersonalData(DataCategory.Genetic, Activities = new[] { "Research", "Care" })] public string? Genome { get; set; }
            [PersonalData(DataCategory.Email, {|#1:Activities = new[] { "Newsletter", "Care" }|})] public string? Email { get; set; }
        }
        """, null, new DiagnosticResult(DiagnosticDescriptors.ConsentOverSpecialCategory).WithLocation(0).WithArguments(
            "Processing activity 'Research' is based on LegalBasis.Consent, but 'Patient.Diagnosis' and 'Patient.Genome' of a special category (GDPR Art. 9(1)) serve it; consent to process them must be explicit: write LegalBasis.ExplicitConsent (Art. 9(2)(a)), or the Art. 9(2) condition that applies"),
        new DiagnosticResult(DiagnosticDescriptors.ActivitiesReplaced).WithLocation(1)
            .WithMessage("'Email' names its own Activities, which replace those its type names with [ProcessingActivities]; it no longer serves 'Research'; add them to its Activities if it still does"));

    [Fact]
    public Task A_special_category_member_on_inline_consent_is_reported_at_its_legal_basis() => Verify.VerifyAsync("""
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Health, Purpose = "Research", {|#0:LegalBasis = LegalBasis.Consent|})] public string? Diagnosis { get; set; }
            [PersonalData(DataCategory.Health, Purpose = "Care", LegalBasis = LegalBasis.ExplicitConsent)] public string? Treatment { get; set; }
            [PersonalData(DataCategory.Email, Purpose = "Newsletter", LegalBasis = LegalBasis.Consent)] public string? Email { get; set; }
        }
        """, null, new DiagnosticResult(DiagnosticDescriptors.ConsentOverSpecialCategory).WithLocation(0).WithArguments(
            "'Diagnosis' holds Health data, a special category (GDPR Art. 9(1)), on LegalBasis.Consent; consent to process it must be explicit: write LegalBasis.ExplicitConsent (Art. 9(2)(a)), or the Art. 9(2) condition that applies"));

    [Fact]
    public Task A_member_list_that_keeps_every_type_activity_is_not_reported() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
        [assembly: ProcessingActivity("Notices", Purpose = "Account notices", LegalBasis = LegalBasis.LegitimateInterests)]
        [assembly: ProcessingActivity("Newsletter", Purpose = "Monthly newsletter", LegalBasis = LegalBasis.Consent)]

        [ProcessingActivities("Sign-in", "Notices")]
        public class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Notices", "Newsletter" })] public string? Email { get; set; }
            [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            [PersonalData(DataCategory.Phone, {|#0:Activities = new[] { "Sign-in" }|})] public string? Phone { get; set; }
        }
        """, null, new DiagnosticResult(DiagnosticDescriptors.ActivitiesReplaced).WithLocation(0).WithArguments("Phone", "'Notices'"));
}
