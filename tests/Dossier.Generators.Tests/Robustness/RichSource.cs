namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// One file that uses every Dossier attribute and every member shape the generator knows, plus code the
/// analyzers look at (logging, records, look-alike names): the file the prefix replay types out.
/// </summary>
public static class RichSource
{
    public const string Text = """
        using System;
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Net;
        using Dossier;

        [assembly: DataController("Acme Ltd", Contact = "privacy@acme.example", DataProtectionOfficer = "dpo@acme.example", Representative = "Acme EU")]
        [assembly: Recipient("MailCo", Role = RecipientRole.Processor, Purpose = "Mail", Country = "US", TransferSafeguard = "SCCs")]
        [assembly: Recipient("Analytics", Role = RecipientRole.ThirdParty)]

        namespace Acme.Crm;

        public enum Tier { Free, Gold }

        [DataSubject("Customer")]
        [Audited]
        public partial class Customer : Party
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y",
                Erasure = Erasure.Pseudonymize, Recipients = new[] { "MailCo" })]
            public string Email { get; set; } = "";

            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize)]
            public string? Name { get; set; }

            [PersonalData(DataCategory.Financial, Erasure = Erasure.Retain, RetentionReason = "Tax law (10 years)")]
            [Encrypted]
            public string? Iban { get; set; }

            [PersonalData(DataCategory.Credential, Export = false)]
            [Encrypted]
            public byte[]? PasswordHash { get; set; }

            [PersonalData(DataCategory.DateOfBirth)]
            public DateOnly? BirthDate { get; set; }

            [PersonalData(DataCategory.Health, Purpose = "Care", LegalBasis = LegalBasis.VitalInterests)]
            [Encrypted, Audited]
            public Dictionary<string, string> Conditions { get; set; } = new();

            [PersonalData(DataCategory.Phone)]
            public List<string> Phones { get; set; } = new();

            [PersonalData(DataCategory.Identifier, Erasure = Erasure.Pseudonymize)]
            public Guid ExternalId { get; set; }

            [PersonalData(DataCategory.Location, Erasure = Erasure.Anonymize)]
            public IPAddress? LastIp { get; set; }

            [PersonalData(DataCategory.OnlineIdentifier, Erasure = Erasure.Anonymize)]
            public Uri? Website { get; set; }

            [PersonalData(DataCategory.Demographic, Erasure = Erasure.Anonymize)]
            public int Age;

            [PersonalData(DataCategory.Behavioral)]
            public Tier Tier { get; set; }

            [PersonalData(DataCategory.Behavioral)]
            public object? Extra { get; set; }

            [NotPersonalData(Justification = "A counter")]
            public int Visits { get; set; }

            public Address? Home { get; set; }
            public List<Order> Orders { get; set; } = new();
            public Order[] Archive { get; set; } = Array.Empty<Order>();
            public Dictionary<string, Address> Addresses { get; set; } = new();
            public Location Pin { get; set; }
            public Location? MaybePin { get; set; }
            public Customer? ReferredBy { get; set; }
            public Wrapper<Address> Wrapped { get; set; } = new();
            public ReadOnlyCollection<string> Notes { get; } = new(new List<string>());

            public string Plan { get; set; } = "";
            public string CustomerEmail { get; set; } = "";

            public void Log(Action<string> logger) => logger($"Customer {Email} signed in from {LastIp}");
        }

        public abstract partial class Party
        {
            [PersonalData(DataCategory.Name, Purpose = "Greeting", LegalBasis = LegalBasis.Contract)]
            public string? Salutation { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract)]
            public string Street { get; set; } = "";
            public string Country { get; set; } = "";
        }

        public partial class Order
        {
            [PersonalData(DataCategory.PostalAddress)]
            public string? ShipTo { get; set; }
            public decimal Total { get; set; }
            public Customer? Buyer { get; set; }
        }

        public partial struct Location
        {
            [PersonalData(DataCategory.Location, Erasure = Erasure.Anonymize)]
            public double Latitude { get; set; }
            [PersonalData(DataCategory.Location, Erasure = Erasure.Anonymize)]
            public double Longitude { get; set; }
        }

        public partial class Wrapper<T> where T : class
        {
            public T? Value { get; set; }
            [PersonalData(DataCategory.Other)]
            public string? Label { get; set; }
        }

        public partial record Contact([property: PersonalData(DataCategory.Email, Erasure = Erasure.Retain, RetentionReason = "Audit")] string Email, int Rank);

        public partial record struct Badge
        {
            [PersonalData(DataCategory.Photo)]
            public byte[]? Photo { get; set; }
        }

        public partial class Outer
        {
            public partial class Inner
            {
                [PersonalData(DataCategory.Biometric, Erasure = Erasure.Delete)]
                public string? Fingerprint { get; set; }
            }
        }

        public class NotPartial
        {
            [PersonalData(DataCategory.Email)]
            private string? _email;
            public string? Email => _email;

            [PersonalData(DataCategory.GovernmentId)]
            public string Passport { get; } = "";
        }

        public sealed partial class Employee : Party
        {
            [PersonalData(DataCategory.Employment, Purpose = "Payroll", LegalBasis = LegalBasis.LegalObligation, Retention = "P6Y")]
            public decimal Salary { get; set; }
            [PersonalData(DataCategory.TradeUnionMembership)]
            public bool UnionMember { get; set; }
            [PersonalData(DataCategory.Email, Erasure = Erasure.Pseudonymize)]
            public readonly string? WorkEmail;
        }

        public static class Service
        {
            public static void Run(Customer customer, Contact contact)
            {
                Console.WriteLine(customer.Email);
                Console.WriteLine($"{contact}");
                System.Diagnostics.Debug.WriteLine(customer.Name);
                throw new InvalidOperationException("No such customer " + customer.Email);
            }
        }
        """;
}
