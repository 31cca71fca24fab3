namespace Dossier.Generators.Tests.Inventory;

/// <summary>
/// A model that declares its processing activities once: an e-mail address that serves three activities with three
/// legal bases, a type that names the activities of its members, a member that states its own retention, an activity
/// no member uses, one that no declaration has, a special category under an inline purpose, and recipients in and
/// outside the European Economic Area.
/// </summary>
public static class ActivityModel
{
    public const string Declarations = """
        [assembly: DataController("Northwind Trading Ltd", Contact = "privacy@northwind.example")]
        [assembly: Recipient("MailCo", Role = RecipientRole.Processor, Purpose = "Sends e-mail", Country = "US", TransferSafeguard = "SCCs")]
        [assembly: Recipient("PayCo", Role = RecipientRole.Processor, Purpose = "Card payments", Country = "IE")]
        [assembly: Recipient("AdCo", Role = RecipientRole.ThirdParty, Purpose = "Newsletter analytics", Country = "US")]

        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in to their account", LegalBasis = LegalBasis.Contract,
            Retention = "P2Y", SecurityMeasures = "TLS 1.3; passwords hashed with Argon2id")]
        [assembly: ProcessingActivity("Account notices", Purpose = "Security and account notices", LegalBasis = LegalBasis.LegitimateInterests,
            Retention = "P30M", Recipients = new[] { "MailCo" })]
        [assembly: ProcessingActivity("Newsletter", Purpose = "The monthly newsletter", LegalBasis = LegalBasis.Consent, Retention = "P1Y",
            Recipients = new[] { "MailCo", "AdCo" }, DataSubjects = new[] { "Newsletter subscribers" })]
        [assembly: ProcessingActivity("Payments", Purpose = "Taking card payments", LegalBasis = LegalBasis.Contract, Retention = "P10Y",
            Recipients = new[] { "PayCo" })]
        [assembly: ProcessingActivity("Archiving", Purpose = "Archiving closed accounts", LegalBasis = LegalBasis.LegalObligation, Retention = "P6Y")]
        """;

    public const string Shop = """
        namespace Shop
        {
            [DataSubject("Customer")]
            [ProcessingActivities("Sign-in", "Account notices")]
            public partial class Customer
            {
                [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Account notices", "Newsletter" })]
                public string Email { get; set; } = "";

                [PersonalData(DataCategory.Name)]
                public string? Name { get; set; }

                [PersonalData(DataCategory.Financial, Activities = new[] { "Payments" }, Retention = "P7Y", Recipients = new[] { "MailCo" })]
                [Encrypted]
                public string? Iban { get; set; }

                [PersonalData(DataCategory.Phone, Activities = new[] { "Sign-in", "Marketing calls" })]
                public string? Phone { get; set; }

                public HealthProfile? Health { get; set; }

                public Address? Home { get; set; }
            }

            public partial class HealthProfile
            {
                [PersonalData(DataCategory.Health, Purpose = "Allergies, for food deliveries", LegalBasis = LegalBasis.ExplicitConsent, Retention = "P1Y")]
                public string? Allergies { get; set; }
            }

            public partial class Address
            {
                [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
                public string Street { get; set; } = "";
            }

            public partial class Courier
            {
                [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P3M")]
                public string Depot { get; set; } = "";
            }
        }
        """;

    public static readonly string[] Sources = { Declarations, Shop };
}
