using System;
using System.Text.Json.Serialization;

namespace Dossier.Benchmarks.Model;

// The shape of Dossier's export JSON as plain classes for System.Text.Json: what an application writes to get
// that JSON without a generator. All are classes: System.Text.Json boxes a struct to read its properties, so
// struct entries would allocate on every serialization, even of DTOs built once.

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
public sealed class ExportedMember<T>(Declaration declaration, T value)
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
public sealed class Nested<T>(T value)
{
    [JsonPropertyName("value")]
    public T Value { get; } = value;
}

public sealed class CustomerData
{
    public required ExportedMember<string?> FirstName { get; init; }
    public required ExportedMember<string?> LastName { get; init; }
    public required ExportedMember<string?> Email { get; init; }
    public required ExportedMember<string?> Phone { get; init; }
    public required ExportedMember<DateOnly> DateOfBirth { get; init; }
    public required ExportedMember<Guid> CustomerNumber { get; init; }
    public required ExportedMember<int> LoyaltyPoints { get; init; }
    public required ExportedMember<decimal> CreditLimit { get; init; }
    public required ExportedMember<bool> NewsletterConsent { get; init; }
    public required ExportedMember<string?> PreferredLanguage { get; init; }
    public required ExportedMember<Gender> Gender { get; init; }
    public required ExportedMember<DateTimeOffset> SignedUpAt { get; init; }
    public required ExportedMember<DateTime?> LastLoginAt { get; init; }
    public required ExportedMember<TimeSpan> AverageSession { get; init; }
    public required ExportedMember<double> Latitude { get; init; }
    public required ExportedMember<double> Longitude { get; init; }
    public required ExportedMember<float?> HeightCm { get; init; }
    public required ExportedMember<byte[]?> Avatar { get; init; }
    public required ExportedMember<MembershipTier> Tier { get; init; }
    public required Nested<ExportedObject<AddressData>?> Home { get; init; }
    public required Nested<ExportedObject<DeviceData>[]> Devices { get; init; }
}

public sealed class AddressData
{
    public required ExportedMember<string?> Street { get; init; }
    public required ExportedMember<string?> PostalCode { get; init; }
    public required ExportedMember<string?> City { get; init; }
}

public sealed class DeviceData
{
    public required ExportedMember<string?> DeviceId { get; init; }
    public required ExportedMember<string?> LastIpAddress { get; init; }
    public required ExportedMember<DateTime> LastSeen { get; init; }
}
