using System;
using System.Text.Json.Serialization;

namespace Dossier.Benchmarks.Model;

// The shape of Dossier's export JSON as plain classes for System.Text.Json: what an application writes to get
// that JSON without a generator. Member entries and the "value" wrapper are structs, so that mapping a customer
// allocates only its objects and the device array.

/// <summary>One exported object: <c>{"$id":"1","type":...,"subject":...,"data":{...}}</c>.</summary>
public sealed class ExportedObject<TData>(int id, string type, string? subject, TData data)
{
    /// <summary>Dossier writes the object's number as a string.</summary>
    [JsonPropertyName("$id"), JsonNumberHandling(JsonNumberHandling.WriteAsString)]
    public int Id { get; } = id;

    [JsonPropertyName("type")]
    public string Type { get; } = type;

    /// <summary>Only the data subject names its kind of subject.</summary>
    [JsonPropertyName("subject"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subject { get; } = subject;

    [JsonPropertyName("data")]
    public TData Data { get; } = data;
}

/// <summary>What the code declares about a member, the same for every object: written beside each value.</summary>
public sealed class Declaration(string category, string purpose, string legalBasis, string retention, params string[] recipients)
{
    public string Category { get; } = category;
    public string Purpose { get; } = purpose;
    public string LegalBasis { get; } = legalBasis;
    public string Retention { get; } = retention;

    /// <summary>Null when there are none: Dossier leaves the property out then.</summary>
    [NotPersonalData(Justification = "Names of companies data is disclosed to")]
    public string[]? Recipients { get; } = recipients.Length > 0 ? recipients : null;
}

/// <summary>One exported member: its declaration, then its value.</summary>
public readonly struct ExportedMember<T>(Declaration declaration, T value)
{
    [JsonPropertyName("category")]
    public string Category => declaration.Category;

    [JsonPropertyName("purpose")]
    public string Purpose => declaration.Purpose;

    [JsonPropertyName("legalBasis")]
    public string LegalBasis => declaration.LegalBasis;

    [JsonPropertyName("retention")]
    public string Retention => declaration.Retention;

    [JsonPropertyName("recipients"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string[]? Recipients => declaration.Recipients;

    [JsonPropertyName("value")]
    public T Value { get; } = value;
}

/// <summary>A member holding other objects: <c>{"value":...}</c>, without a declaration of its own.</summary>
public readonly struct Nested<T>(T value)
{
    [JsonPropertyName("value")]
    public T Value { get; } = value;
}

public sealed class CustomerData
{
    public ExportedMember<string?> FirstName { get; init; }
    public ExportedMember<string?> LastName { get; init; }
    public ExportedMember<string?> Email { get; init; }
    public ExportedMember<string?> Phone { get; init; }
    public ExportedMember<DateOnly> DateOfBirth { get; init; }
    public ExportedMember<Guid> CustomerNumber { get; init; }
    public ExportedMember<int> LoyaltyPoints { get; init; }
    public ExportedMember<decimal> CreditLimit { get; init; }
    public ExportedMember<bool> NewsletterConsent { get; init; }
    public ExportedMember<string?> PreferredLanguage { get; init; }
    public ExportedMember<Gender> Gender { get; init; }
    public ExportedMember<DateTimeOffset> SignedUpAt { get; init; }
    public ExportedMember<DateTime?> LastLoginAt { get; init; }
    public ExportedMember<TimeSpan> AverageSession { get; init; }
    public ExportedMember<double> Latitude { get; init; }
    public ExportedMember<double> Longitude { get; init; }
    public ExportedMember<float?> HeightCm { get; init; }
    public ExportedMember<byte[]?> Avatar { get; init; }
    public ExportedMember<MembershipTier> Tier { get; init; }
    public Nested<ExportedObject<AddressData>?> Home { get; init; }
    public Nested<ExportedObject<DeviceData>[]> Devices { get; init; }
}

public sealed class AddressData
{
    public ExportedMember<string?> Street { get; init; }
    public ExportedMember<string?> PostalCode { get; init; }
    public ExportedMember<string?> City { get; init; }
}

public sealed class DeviceData
{
    public ExportedMember<string?> DeviceId { get; init; }
    public ExportedMember<string?> LastIpAddress { get; init; }
    public ExportedMember<DateTime> LastSeen { get; init; }
}
