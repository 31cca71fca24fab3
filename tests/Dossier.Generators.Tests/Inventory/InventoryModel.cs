namespace Dossier.Generators.Tests.Inventory;

/// <summary>
/// A realistic model for the inventory: a controller, declared recipients and one that is not, two data subjects
/// with nested objects, collections, a dictionary and a base type, a special category stored unencrypted, and a
/// type no subject reaches.
/// </summary>
public static class InventoryModel
{
    public const string Declarations = """
        [assembly: DataController("Northwind Trading Ltd", Contact = "privacy@northwind.example",
            DataProtectionOfficer = "Jane Doe <dpo@northwind.example>", Representative = "Northwind EU B.V., Amsterdam")]
        [assembly: Recipient("MailCo", Role = RecipientRole.Processor, Purpose = "Sends order and account e-mail", Country = "US", TransferSafeguard = "SCCs")]
        [assembly: Recipient("PayCo", Role = RecipientRole.Processor, Purpose = "Card payments", Country = "IE")]
        [assembly: Recipient("Payroll Bureau", Role = RecipientRole.ThirdParty, Purpose = "Salaries, \"net\" and gross", Country = "DE")]
        """;

    public const string Shop = """
        namespace Shop
        {
            [DataSubject("Customer")]
            public partial class Customer
            {
                [PersonalData(DataCategory.Email, Purpose = "Sign-in and order notices", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
                public string Email { get; set; } = "";

                [PersonalData(DataCategory.Name, Purpose = "Addressing the customer", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Erasure = Erasure.Anonymize)]
                public string? Name { get; set; }

                [PersonalData(DataCategory.Health, Purpose = "Allergies, for food deliveries", LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
                public string? Allergies { get; set; }

                [PersonalData(DataCategory.Financial, Purpose = "Invoices | refunds", LegalBasis = LegalBasis.LegalObligation, Retention = "P10Y",
                    Erasure = Erasure.Retain, RetentionReason = "Tax law keeps invoices for 10 years", Recipients = new[] { "PayCo", "AdCo" })]
                public string? Iban { get; set; }

                [PersonalData(DataCategory.Credential, Export = false)]
                public string? PasswordHash { get; set; }

                public int LoyaltyPoints { get; set; }

                public Address? Home { get; set; }

                public List<Order> Orders { get; set; } = new();

                public Customer? ReferredBy { get; set; }
            }

            public partial class Address
            {
                [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
                public string Street { get; set; } = "";

                [PersonalData(DataCategory.Location, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
                public string City { get; set; } = "";

                public string Country { get; set; } = "";
            }

            public partial class Order
            {
                public int Number { get; set; }

                public Address? ShipTo { get; set; }

                [PersonalData(DataCategory.Communication, Purpose = "Delivery instructions", LegalBasis = LegalBasis.Contract, Retention = "P6M")]
                public string? Note { get; set; }
            }

            public partial class SupportTicket
            {
                [PersonalData(DataCategory.Communication, Purpose = "Answering questions", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P1Y")]
                public string Message { get; set; } = "";
            }
        }
        """;

    public const string Staff = """
        namespace Staff
        {
            public partial class Person
            {
                [PersonalData(DataCategory.Name, Purpose = "Identifying staff", LegalBasis = LegalBasis.Contract, Retention = "P6Y")]
                public string FullName { get; set; } = "";
            }

            [DataSubject("Employee")]
            public partial class Employee : Person
            {
                [PersonalData(DataCategory.CriminalRecord, Purpose = "Vetting for cash handling", LegalBasis = LegalBasis.LegalObligation, Retention = "P6M")]
                [Encrypted]
                [Audited]
                public partial string? BackgroundCheck { get; set; }

                [PersonalData(DataCategory.Financial, Purpose = "Salary", LegalBasis = LegalBasis.Contract, Retention = "P10Y", Recipients = new[] { "Payroll Bureau" })]
                [Encrypted]
                public string? BankAccount { get; set; }

                public Shop.Address? Home { get; set; }

                public Dictionary<string, EmergencyContact> EmergencyContacts { get; set; } = new();
            }

            public partial class EmergencyContact
            {
                [PersonalData(DataCategory.Phone, Purpose = "Emergencies at work", LegalBasis = LegalBasis.VitalInterests, Retention = "P6Y")]
                public string Phone { get; set; } = "";
            }
        }
        """;

    public static readonly string[] Sources = { Declarations, Shop, Staff };
}
