using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

namespace Dossier.Tests.Redaction;

public sealed class Customer
{
    [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
    public string Email { get; set; } = "";

    [PersonalData(DataCategory.Health, Purpose = "Allergies", LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
    public string? Allergies { get; set; }

    public string Plan { get; set; } = "";
}

/// <summary>A classification attribute of one's own that uses a value from Dossier's taxonomy.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PhoneDataAttribute() : DataClassificationAttribute(DossierTaxonomy.Phone);

/// <summary>A classification from another taxonomy, which Dossier's redactor is not set for.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class InternalDataAttribute() : DataClassificationAttribute(new DataClassification("Acme", "Internal"));

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Customer signed up")]
    public static partial void SignedUp(ILogger logger, [LogProperties] Customer customer);

    [LoggerMessage(2, LogLevel.Information, "Sent a reset link to {Email} for plan {Plan}")]
    public static partial void ResetLinkSent(ILogger logger, [PersonalData(DataCategory.Email)] string email, string plan);

    [LoggerMessage(3, LogLevel.Information, "Called {Phone} about ticket {Ticket}")]
    public static partial void Called(ILogger logger, [PhoneData] string phone, [InternalData] string ticket);
}
