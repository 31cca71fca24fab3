using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Dossier;

/// <summary>
/// A processing activity that personal data serves, as declared once with <c>[assembly: ProcessingActivity]</c>:
/// its name, purpose, legal basis, retention and recipients. Exports list the activities of every value they hold
/// (GDPR Art. 15(1)(a)–(c)); an erasure scoped to one activity (<see cref="ErasureOptions.ForActivity"/>) reports
/// the activities that still justify what it keeps.
/// </summary>
public sealed class PersonalDataActivity
{
    private static readonly string[] NoRecipients = new string[0];

    /// <summary>Describes a processing activity.</summary>
    public PersonalDataActivity(string name, string? purpose = null, LegalBasis legalBasis = LegalBasis.Unspecified, string? retention = null, string[]? recipients = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Purpose = purpose;
        LegalBasis = legalBasis;
        Retention = retention;
        Recipients = recipients is null || recipients.Length == 0 ? NoRecipients : (string[])recipients.Clone();

        EncodedName = JsonEncodedText.Encode(name);
        EncodedPurpose = purpose is null ? default : JsonEncodedText.Encode(purpose);
        EncodedRetention = retention is null ? default : JsonEncodedText.Encode(retention);
        EncodedRecipients = EncodedText.All(Recipients);
    }

    /// <summary>The name members use in <see cref="PersonalDataAttribute.Activities"/>.</summary>
    public string Name { get; }

    /// <summary>Why the data is processed, or <c>null</c> when the declaration does not say (or the activity is not declared).</summary>
    public string? Purpose { get; }

    /// <summary>The lawful basis of the activity.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>How long data is kept for the activity, as an ISO 8601 duration, or <c>null</c> when the declaration does not say.</summary>
    public string? Retention { get; }

    /// <summary>Who receives data processed for the activity.</summary>
    public IReadOnlyList<string> Recipients { get; }

    internal JsonEncodedText EncodedName { get; }

    internal JsonEncodedText EncodedPurpose { get; }

    internal JsonEncodedText EncodedRetention { get; }

    internal JsonEncodedText[] EncodedRecipients { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
