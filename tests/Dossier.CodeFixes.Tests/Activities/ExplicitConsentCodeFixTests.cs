using Dossier.CodeFixes.Activities;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Activities.ProcessingActivityAnalyzer, Dossier.CodeFixes.Activities.ExplicitConsentCodeFix>;

namespace Dossier.CodeFixes.Tests.Activities;

/// <summary>PII012's fix: LegalBasis.ExplicitConsent where plain consent covers special categories.</summary>
public class ExplicitConsentCodeFixTests
{
    [Fact]
    public Task A_member_inline_consent_becomes_explicit() => Verify.VerifyAsync("""
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Health, Purpose = "Research", {|PII012:LegalBasis = LegalBasis.Consent|})] public string? Diagnosis { get; set; }
            [PersonalData(DataCategory.Genetic, Purpose = "Research", {|PII012:LegalBasis = LegalBasis.Consent|})] public string? Genome { get; set; }
        }
        """, """
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Health, Purpose = "Research", LegalBasis = LegalBasis.ExplicitConsent)] public string? Diagnosis { get; set; }
            [PersonalData(DataCategory.Genetic, Purpose = "Research", LegalBasis = LegalBasis.ExplicitConsent)] public string? Genome { get; set; }
        }
        """, equivalenceKey: ExplicitConsentCodeFix.EquivalenceKey);

    [Fact]
    public Task A_declared_activity_consent_becomes_explicit_where_it_is_declared() => Verify.VerifyAsync("""
        [assembly: Dossier.ProcessingActivity("Research", Purpose = "Health research", {|PII012:LegalBasis = Dossier.LegalBasis.Consent|})]

        [Dossier.ProcessingActivities("Research")]
        public class Patient
        {
            [Dossier.PersonalData(Dossier.DataCategory.Health)] public string? Diagnosis { get; set; }
        }
        """, """
        [assembly: Dossier.ProcessingActivity("Research", Purpose = "Health research", LegalBasis = Dossier.LegalBasis.ExplicitConsent)]

        [Dossier.ProcessingActivities("Research")]
        public class Patient
        {
            [Dossier.PersonalData(Dossier.DataCategory.Health)] public string? Diagnosis { get; set; }
        }
        """, equivalenceKey: ExplicitConsentCodeFix.EquivalenceKey);
}
