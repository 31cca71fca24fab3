using System;

namespace Dossier;

/// <summary>
/// Declares a processing activity once for the assembly (GDPR Art. 30(1)): a named purpose with its legal basis,
/// retention, recipients and the other facts an auditor's record of processing holds. Members name the activities
/// they serve in <see cref="PersonalDataAttribute.Activities"/>, and a type names those of all its members with
/// <see cref="ProcessingActivitiesAttribute"/>. The inventory lists personal data by activity.
/// </summary>
/// <example>
/// <code>
/// [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in to their account",
///     LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
/// [assembly: ProcessingActivity("Newsletter", Purpose = "Sending the monthly newsletter",
///     LegalBasis = LegalBasis.Consent, Retention = "P1Y", Recipients = new[] { "MailCo" })]
///
/// [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Newsletter" })]
/// public string Email { get; set; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ProcessingActivityAttribute : Attribute
{
    /// <summary>Declares a processing activity.</summary>
    /// <param name="name">The name members use in <see cref="PersonalDataAttribute.Activities"/>; unique in the assembly.</param>
    public ProcessingActivityAttribute(string name) => Name = name;

    /// <summary>The name members use in <see cref="PersonalDataAttribute.Activities"/>.</summary>
    public string Name { get; }

    /// <summary>Why the data is processed (Art. 30(1)(b), Art. 5(1)(b) purpose limitation), in words an auditor understands.</summary>
    public string? Purpose { get; set; }

    /// <summary>The lawful basis of the activity (Art. 6(1); for special categories, an Art. 9(2) condition).</summary>
    public LegalBasis LegalBasis { get; set; }

    /// <summary>
    /// How long data processed for this activity is kept, as an ISO 8601 duration such as <c>"P2Y"</c>
    /// (Art. 30(1)(f)). A member serving several activities is kept for the longest of them unless it states its own
    /// <see cref="PersonalDataAttribute.Retention"/>.
    /// </summary>
    public string? Retention { get; set; }

    /// <summary>Who receives data processed for this activity: names declared with <c>[assembly: Recipient]</c> (Art. 30(1)(d)).</summary>
    public string[]? Recipients { get; set; }

    /// <summary>
    /// The categories of data subjects (Art. 30(1)(c)) when the <c>[DataSubject]</c> types that reach the activity's
    /// members do not say it, for example <c>"Newsletter subscribers"</c>.
    /// </summary>
    public string[]? DataSubjects { get; set; }

    /// <summary>
    /// The technical and organisational security measures (Art. 30(1)(g), Art. 32), in words. The inventory adds what
    /// the code shows: which of the activity's members are encrypted at rest and which have their access recorded.
    /// </summary>
    public string? SecurityMeasures { get; set; }
}
