using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Dossier;

/// <summary>
/// What the code declares about one member that holds personal data: its category, purpose, legal basis,
/// retention, erasure strategy, recipients and the processing activities it serves. Generated code declares a type's members in its
/// <see cref="PersonalDataType"/>, which makes them once, when first needed (<see cref="PersonalDataType.Members"/>);
/// exports and erasure reports carry them with every value.
/// </summary>
public sealed class PersonalDataMember
{
    private static readonly string[] NoRecipients = new string[0];
    private static readonly PersonalDataActivity[] NoActivities = new PersonalDataActivity[0];

    /// <summary>Describes a tagged personal data member.</summary>
    public PersonalDataMember(
        string name,
        DataCategory category,
        string? purpose = null,
        LegalBasis legalBasis = LegalBasis.Unspecified,
        string? retention = null,
        Erasure erasure = Erasure.Delete,
        string? retentionReason = null,
        string[]? recipients = null,
        bool export = true,
        bool encrypted = false,
        bool audited = false,
        PersonalDataActivity[]? activities = null)
        : this(name, isTagged: true, category, purpose, legalBasis, retention, erasure, retentionReason, recipients, export, encrypted, audited, auditRequested: audited, activities)
    {
    }

    /// <summary>Describes a member as generated code declares it, where <paramref name="auditRequested"/> may hold without <paramref name="audited"/>.</summary>
    internal PersonalDataMember(
        string name, bool isTagged, DataCategory category, string? purpose, LegalBasis legalBasis, string? retention,
        Erasure erasure, string? retentionReason, string[]? recipients, bool export, bool encrypted, bool audited, bool auditRequested,
        PersonalDataActivity[]? activities)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        IsTagged = isTagged;
        Category = category;
        Purpose = purpose;
        LegalBasis = legalBasis;
        Retention = retention;
        Erasure = erasure;
        RetentionReason = retentionReason;
        Recipients = recipients is null || recipients.Length == 0 ? NoRecipients : (string[])recipients.Clone();
        Export = export;
        Encrypted = encrypted;
        Audited = audited;
        AuditRequested = auditRequested;
        Activities = activities is null || activities.Length == 0 ? NoActivities : (PersonalDataActivity[])activities.Clone();

        EncodedName = JsonEncodedText.Encode(name);
        EncodedPurpose = purpose is null ? default : JsonEncodedText.Encode(purpose);
        EncodedRetention = retention is null ? default : JsonEncodedText.Encode(retention);
        EncodedRecipients = EncodedText.All(Recipients);
    }

    /// <summary>
    /// Describes a member that is not tagged itself but whose value holds personal data (a nested object or a
    /// collection of them). Exports show its value and nothing else; erasure reaches into it.
    /// </summary>
    public static PersonalDataMember Container(string name) =>
        new(name, isTagged: false, DataCategory.Other, null, LegalBasis.Unspecified, null, Erasure.Delete, null, null, export: true, encrypted: false, audited: false, auditRequested: false, activities: null);

    /// <summary>The member's name.</summary>
    public string Name { get; }

    /// <summary><c>false</c> for a container member: untagged, but holding objects that hold personal data.</summary>
    public bool IsTagged { get; }

    /// <summary>What kind of personal data the member holds.</summary>
    public DataCategory Category { get; }

    /// <summary>Why the data is processed, or <c>null</c> when the code does not say.</summary>
    public string? Purpose { get; }

    /// <summary>The lawful basis for processing.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>How long the data is kept, as an ISO 8601 duration, or <c>null</c> when the code does not say.</summary>
    public string? Retention { get; }

    /// <summary>What erasure does to the member.</summary>
    public Erasure Erasure { get; }

    /// <summary>Why the member is kept after erasure (with <see cref="Dossier.Erasure.Retain"/>).</summary>
    public string? RetentionReason { get; }

    /// <summary>Who receives the data.</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>Whether exports include the value.</summary>
    public bool Export { get; }

    /// <summary>Whether the member is stored encrypted at rest.</summary>
    public bool Encrypted { get; }

    /// <summary>Whether reads and writes of the member are recorded in the access log.</summary>
    public bool Audited { get; }

    /// <summary>
    /// Whether the code asks for the member's access to be audited: <see cref="AuditedAttribute"/> on it or on a type
    /// that contains it. Also <c>true</c> where generated code cannot record each access, so <see cref="Audited"/> is
    /// <c>false</c> (a field, a property that is not <c>partial</c>, a record's positional parameter): saves of such a
    /// member through EF Core are still recorded by <c>Dossier.EntityFrameworkCore</c>'s audit interceptor.
    /// </summary>
    public bool AuditRequested { get; }

    /// <summary>
    /// The processing activities the member serves, declared with <c>[assembly: ProcessingActivity]</c> and named in
    /// <see cref="PersonalDataAttribute.Activities"/> or by the type's <see cref="ProcessingActivitiesAttribute"/>.
    /// Empty for a member that names none (its <see cref="Purpose"/>, if any, is its only one).
    /// </summary>
    public IReadOnlyList<PersonalDataActivity> Activities { get; }

    /// <summary>Whether the category is a special category of GDPR Art. 9, or criminal data under Art. 10.</summary>
    public bool IsSpecialCategory => IsTagged && DataCategories.IsSpecial(Category);

    internal JsonEncodedText EncodedName { get; }

    internal JsonEncodedText EncodedPurpose { get; }

    internal JsonEncodedText EncodedRetention { get; }

    internal JsonEncodedText[] EncodedRecipients { get; }

    /// <inheritdoc />
    public override string ToString() => IsTagged ? Name + " (" + Category + ")" : Name;
}
