namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// A file that declares processing activities and uses them every way Dossier knows: a type's list, a member's own list
/// that replaces it, inline declarations repeated across members, consent over a special category, an activity no
/// member names. Typed out by the prefix replay, it brings every activity rule to every half-written form.
/// </summary>
public static class ActivitySource
{
    public const string Text = """
        using System;
        using Dossier;

        [assembly: Recipient("MailCo", Role = RecipientRole.Processor, Country = "US", TransferSafeguard = "SCCs")]
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
        [assembly: ProcessingActivity("Notices", Purpose = "Account notices", LegalBasis = LegalBasis.LegitimateInterests,
            Retention = "P1Y", Recipients = new[] { "MailCo" }, DataSubjects = new[] { "Customers" }, SecurityMeasures = "TLS")]
        [assembly: ProcessingActivity("Research", Purpose = "Health research", LegalBasis = LegalBasis.Consent, Retention = "P5Y")]
        [assembly: ProcessingActivity("Unused", Purpose = "Nothing yet", LegalBasis = LegalBasis.Contract, Retention = "P1M")]

        namespace Acme.Activities;

        [DataSubject("Customer")]
        [ProcessingActivities("Sign-in", "Notices")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }

            [PersonalData(DataCategory.Phone, Activities = new[] { "Sign-in" })] public string? Phone { get; set; }

            [PersonalData(DataCategory.Name, Activities = ["Sign-in", "Notices"], Purpose = "Greeting", LegalBasis = LegalBasis.Contract)]
            public string? Name { get; set; }

            [PersonalData(DataCategory.PostalAddress, Purpose = "Shipping", LegalBasis = LegalBasis.Contract, Retention = "P6M")]
            public string? Street { get; set; }

            [PersonalData(DataCategory.PostalAddress, Purpose = "Shipping", LegalBasis = LegalBasis.Contract, Retention = "P6M")]
            public string? City { get; set; }
        }

        [DataSubject("Patient")]
        [ProcessingActivities("Research")]
        public partial class Patient
        {
            [PersonalData(DataCategory.Health)] public string? Diagnosis { get; set; }

            [PersonalData(DataCategory.Genetic, Purpose = "Ancestry", LegalBasis = LegalBasis.Consent)] public string? Genome { get; set; }
        }

        public partial record Order(
            [property: PersonalData(DataCategory.PostalAddress, Purpose = "Shipping", LegalBasis = LegalBasis.Contract, Retention = "P6M")] string Address);
        """;
}
