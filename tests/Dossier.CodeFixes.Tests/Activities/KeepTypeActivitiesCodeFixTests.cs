using Dossier.CodeFixes.Activities;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Activities.ProcessingActivityAnalyzer, Dossier.CodeFixes.Activities.KeepTypeActivitiesCodeFix>;

namespace Dossier.CodeFixes.Tests.Activities;

/// <summary>PII014's fix: the type's activities a member's own list left out are added to it.</summary>
public class KeepTypeActivitiesCodeFixTests
{
    [Fact]
    public Task The_left_out_activities_are_added_to_the_member_list_in_its_own_form() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
        [assembly: ProcessingActivity("Notices", Purpose = "Account notices", LegalBasis = LegalBasis.LegitimateInterests)]
        [assembly: ProcessingActivity("Billing", Purpose = "Invoices", LegalBasis = LegalBasis.Contract)]

        [ProcessingActivities("Sign-in", "Notices", "Billing")]
        public class Customer
        {
            [PersonalData(DataCategory.Phone, {|PII014:Activities = new[] { "Sign-in" }|})] public string? Phone { get; set; }
            [PersonalData(DataCategory.Name, {|PII014:Activities = ["Billing"]|})] public string? Name { get; set; }
        }
        """, """
        using Dossier;
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
        [assembly: ProcessingActivity("Notices", Purpose = "Account notices", LegalBasis = LegalBasis.LegitimateInterests)]
        [assembly: ProcessingActivity("Billing", Purpose = "Invoices", LegalBasis = LegalBasis.Contract)]

        [ProcessingActivities("Sign-in", "Notices", "Billing")]
        public class Customer
        {
            [PersonalData(DataCategory.Phone, Activities = new[] { "Sign-in", "Notices", "Billing" })] public string? Phone { get; set; }
            [PersonalData(DataCategory.Name, Activities = ["Billing", "Sign-in", "Notices"])] public string? Name { get; set; }
        }
        """, equivalenceKey: KeepTypeActivitiesCodeFix.EquivalenceKey);
}
