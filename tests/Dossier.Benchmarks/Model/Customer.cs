using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

[assembly: Dossier.Recipient("MailCo", Purpose = "Account e-mail")]
[assembly: Dossier.Recipient("SmsCo", Purpose = "Sign-in codes")]
[assembly: Dossier.Recipient("ParcelCo", Purpose = "Delivery")]

namespace Dossier.Benchmarks.Model;

/// <summary>
/// The benchmark's data subject: 20 personal data members of mixed types, a nested address and a list of
/// devices. Untagged members are there so that every exporter has something to skip; they are ignored by
/// System.Text.Json too, so that all serializers write the same values.
/// </summary>
[DataSubject("Customer")]
public partial class Customer
{
    private const string Account = "Customer account";
    private const string Marketing = "Marketing with consent";

    [JsonIgnore, NotPersonalData(Justification = "Surrogate key")]
    public int Id { get; set; }

    [PersonalData(DataCategory.Name, Purpose = Account, LegalBasis = LegalBasis.Contract, Retention = "P2Y", Erasure = Erasure.Anonymize)]
    public string? FirstName { get; set; }

    [PersonalData(DataCategory.Name, Purpose = Account, LegalBasis = LegalBasis.Contract, Retention = "P2Y", Erasure = Erasure.Anonymize)]
    public string? LastName { get; set; }

    [PersonalData(DataCategory.Email, Purpose = Account, LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
    public string? Email { get; set; }

    [PersonalData(DataCategory.Phone, Purpose = Account, LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "SmsCo" })]
    public string? Phone { get; set; }

    [PersonalData(DataCategory.DateOfBirth, Purpose = "Age check", LegalBasis = LegalBasis.LegalObligation, Retention = "P2Y")]
    public DateOnly DateOfBirth { get; set; }

    [PersonalData(DataCategory.Identifier, Purpose = Account, LegalBasis = LegalBasis.LegalObligation, Retention = "P10Y",
        Erasure = Erasure.Retain, RetentionReason = "Invoices must be kept for ten years")]
    public Guid CustomerNumber { get; set; }

    [PersonalData(DataCategory.Behavioral, Purpose = Marketing, LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
    public int LoyaltyPoints { get; set; }

    [PersonalData(DataCategory.Financial, Purpose = "Credit decisions", LegalBasis = LegalBasis.Contract, Retention = "P5Y",
        Erasure = Erasure.Retain, RetentionReason = "Open credit agreement")]
    [Encrypted]
    public decimal CreditLimit { get; set; }

    [PersonalData(DataCategory.Behavioral, Purpose = Marketing, LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
    public bool NewsletterConsent { get; set; }

    [PersonalData(DataCategory.Demographic, Purpose = Account, LegalBasis = LegalBasis.LegitimateInterests, Retention = "P2Y", Erasure = Erasure.Anonymize)]
    public string? PreferredLanguage { get; set; }

    [PersonalData(DataCategory.Demographic, Purpose = Marketing, LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
    public Gender Gender { get; set; }

    [PersonalData(DataCategory.Behavioral, Purpose = Account, LegalBasis = LegalBasis.Contract, Retention = "P2Y",
        Erasure = Erasure.Retain, RetentionReason = "Proof of the contract's start")]
    public DateTimeOffset SignedUpAt { get; set; }

    [PersonalData(DataCategory.Behavioral, Purpose = "Security", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P90D")]
    public DateTime? LastLoginAt { get; set; }

    [PersonalData(DataCategory.Behavioral, Purpose = Marketing, LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
    public TimeSpan AverageSession { get; set; }

    [PersonalData(DataCategory.Location, Purpose = "Delivery slots", LegalBasis = LegalBasis.Contract, Retention = "P30D")]
    public double Latitude { get; set; }

    [PersonalData(DataCategory.Location, Purpose = "Delivery slots", LegalBasis = LegalBasis.Contract, Retention = "P30D")]
    public double Longitude { get; set; }

    [PersonalData(DataCategory.Health, Purpose = "Clothing size advice", LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
    [Encrypted]
    public float? HeightCm { get; set; }

    [JsonIgnore]
    [PersonalData(DataCategory.Credential, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Export = false)]
    [Encrypted]
    public string? PasswordHash { get; set; }

    [PersonalData(DataCategory.Photo, Purpose = Account, LegalBasis = LegalBasis.Consent, Retention = "P2Y", Erasure = Erasure.Anonymize)]
    public byte[]? Avatar { get; set; }

    [PersonalData(DataCategory.Behavioral, Purpose = Marketing, LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
    public MembershipTier Tier { get; set; }

    [JsonIgnore, NotPersonalData(Justification = "A display preference")]
    public string? Theme { get; set; }

    public Address? Home { get; set; }

    public List<Device> Devices { get; set; } = new();
}

/// <summary>A postal address, reached from <see cref="Customer.Home"/>.</summary>
public partial class Address
{
    [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "ParcelCo" })]
    public string? Street { get; set; }

    [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "ParcelCo" })]
    public string? PostalCode { get; set; }

    [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "ParcelCo" })]
    public string? City { get; set; }

    [JsonIgnore, NotPersonalData(Justification = "A country alone does not identify anyone")]
    public string? Country { get; set; }
}

/// <summary>A device the customer signed in from.</summary>
public partial class Device
{
    [PersonalData(DataCategory.OnlineIdentifier, Purpose = "Security", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P90D")]
    public string? DeviceId { get; set; }

    [PersonalData(DataCategory.OnlineIdentifier, Purpose = "Security", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P90D", Erasure = Erasure.Anonymize)]
    public string? LastIpAddress { get; set; }

    [PersonalData(DataCategory.Behavioral, Purpose = "Security", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P90D")]
    public DateTime LastSeen { get; set; }

    [JsonIgnore, NotPersonalData(Justification = "A product name")]
    public string? Model { get; set; }
}

/// <summary>How the customer describes their gender.</summary>
public enum Gender
{
    Unspecified,
    Female,
    Male,
    Diverse,
}

/// <summary>The customer's loyalty tier.</summary>
public enum MembershipTier
{
    Basic,
    Silver,
    Gold,
    Platinum,
}
