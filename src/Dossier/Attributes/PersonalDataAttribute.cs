using System;

namespace Dossier;

/// <summary>
/// Marks a property, field or record primary-constructor parameter as holding personal data: information
/// relating to an identified or identifiable natural person (GDPR Art. 4(1)).
/// </summary>
/// <remarks>
/// Dossier generates <c>ExportPersonalData()</c> (Art. 15 access, Art. 20 portability) and
/// <c>ErasePersonalData()</c> (Art. 17 erasure) for every type that holds tagged members, and lists each
/// tagged member in the data inventory (the Art. 30 record of processing) written by every build.
/// <para>
/// On .NET 8 and later the attribute is also a Microsoft.Extensions.Compliance <c>DataClassificationAttribute</c>
/// of the <c>Dossier</c> taxonomy (<c>Dossier.Redaction.DossierTaxonomy</c>), so Microsoft's logging redaction
/// redacts tagged values once a redactor is set for that taxonomy (docs/interop.md).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// [PersonalData(DataCategory.Email, Purpose = "Sign-in and account notices",
///     LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
/// public string Email { get; set; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
#if NET8_0_OR_GREATER
public sealed class PersonalDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
#else
public sealed class PersonalDataAttribute : Attribute
#endif
{
    /// <summary>Tags personal data of category <see cref="DataCategory.Other"/>.</summary>
    public PersonalDataAttribute() : this(DataCategory.Other) { }

    /// <summary>Tags personal data of the given category.</summary>
    /// <param name="category">What kind of personal data the member holds.</param>
    public PersonalDataAttribute(DataCategory category)
#if NET8_0_OR_GREATER
        : base(Redaction.DossierTaxonomy.For(category))
#endif
        => Category = category;

    /// <summary>What kind of personal data the member holds.</summary>
    public DataCategory Category { get; }

    /// <summary>Why the data is processed (Art. 30(1)(b), Art. 5(1)(b) purpose limitation), in words an auditor understands.</summary>
    public string? Purpose { get; set; }

    /// <summary>The lawful basis for processing (Art. 6(1)).</summary>
    public LegalBasis LegalBasis { get; set; }

    /// <summary>
    /// How long the data is kept, as an ISO 8601 duration such as <c>"P30D"</c>, <c>"P2Y"</c> or <c>"P1Y6M"</c>
    /// (Art. 30(1)(f), Art. 5(1)(e) storage limitation). PII008 reports a value that is not such a duration.
    /// </summary>
    public string? Retention { get; set; }

    /// <summary>What <c>ErasePersonalData()</c> does to the member. Defaults to <see cref="Dossier.Erasure.Delete"/>.</summary>
    public Erasure Erasure { get; set; }

    /// <summary>
    /// Why the data is kept after an erasure request: the Art. 17(3) exception that applies. Required with
    /// <see cref="Dossier.Erasure.Retain"/>; the erasure report lists it.
    /// </summary>
    public string? RetentionReason { get; set; }

    /// <summary>
    /// Who receives the data (Art. 30(1)(d)): names declared with <c>[assembly: Recipient("Name")]</c>.
    /// PII008 reports a name that no <see cref="RecipientAttribute"/> declares.
    /// </summary>
    public string[]? Recipients { get; set; }

    /// <summary>
    /// The processing activities the member serves: names declared with <c>[assembly: ProcessingActivity]</c>. A
    /// member may serve several, each with its own purpose and legal basis (Art. 6(1) asks for one per purpose). When
    /// set, it replaces the activities its type names with <see cref="ProcessingActivitiesAttribute"/>. The member's
    /// retention is then the longest of its activities' unless <see cref="Retention"/> says otherwise, and its
    /// recipients are theirs together with its own <see cref="Recipients"/>. An inline <see cref="Purpose"/> keeps
    /// working and counts as one more activity of the member.
    /// </summary>
    public string[]? Activities { get; set; }

    /// <summary>
    /// Whether <c>ExportPersonalData()</c> hands the value out. <c>false</c> for data held about the person that
    /// is not theirs to receive, such as a password hash; such members are still erased and still listed in the
    /// inventory. Defaults to <c>true</c>.
    /// </summary>
    public bool Export { get; set; } = true;
}
