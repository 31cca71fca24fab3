using System;
using System.Collections.Generic;
using Dossier;

namespace DirectoryService.Model;

/// <summary>A person with an account in the directory: the data subject whose data is exported and erased.</summary>
[DataSubject("Employee")]
public partial class User
{
    /// <summary>How long sign-in and tax records outlive an erasure request.</summary>
    public const string NationalIdRetentionReason =
        "Social security and tax records must be kept for 10 years after employment ends (Art. 17(3)(b))";

    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    // Kept in plain text because people are looked up by it; an encrypted column cannot be searched.
    // Pseudonymized on erasure: a returning address can still be recognized (fraud, duplicate accounts)
    // by whoever holds the key, but the address itself is gone.
    // It serves three activities on three legal bases; the inventory lists it under each. Withdrawing consent to the
    // newsletter leaves it in place: signing in and account notices still need it.
    [PersonalData(DataCategory.Email, Activities = new[] { Activities.SignIn, Activities.AccountNotices, Activities.Newsletter },
        Erasure = Erasure.Pseudonymize)]
    public string Email { get; set; } = "";

    // The newsletter's sections the user chose. It serves the newsletter alone, so it goes when consent to it does.
    [PersonalData(DataCategory.Behavioral, Activities = new[] { Activities.Newsletter })]
    public string? NewsletterTopics { get; set; }

    // Anonymized rather than deleted: the column is required, and "anonymized" reads well in old audit views.
    [PersonalData(DataCategory.Name, Activities = new[] { Activities.Directory }, Erasure = Erasure.Anonymize)]
    public string DisplayName { get; set; } = "";

    [PersonalData(DataCategory.Phone, Activities = new[] { Activities.Directory })]
    public string? Phone { get; set; }

    // One purpose of its own, stated inline: the inventory lists it as an activity named by its purpose.
    [PersonalData(DataCategory.DateOfBirth, Purpose = "Checking the minimum working age", LegalBasis = LegalBasis.LegalObligation,
        Retention = "P2Y", Recipients = new[] { Recipients.HostingProvider })]
    public DateOnly? DateOfBirth { get; set; }

    public Address HomeAddress { get; set; } = new();

    // A government id must be encrypted at rest (PII001), and the law that requires it also requires keeping it.
    // Who looked at it is recorded too: [Audited] on a partial property makes Dossier implement the accessors so
    // that every read and write lands in the audit trail (EF Core loads it through the backing field, unrecorded).
    [PersonalData(DataCategory.GovernmentId, Activities = new[] { Activities.Payroll },
        Erasure = Erasure.Retain, RetentionReason = NationalIdRetentionReason)]
    [Encrypted]
    [Audited]
    public partial string? NationalId { get; set; }

    // Held to check passwords, never handed out: an export must not contain it (Export = false).
    [PersonalData(DataCategory.Credential, Activities = new[] { Activities.SignIn }, Export = false)]
    [Encrypted]
    public string? PasswordHash { get; set; }

    public List<Device> Devices { get; set; } = new();

    public List<LoginSession> Sessions { get; set; } = new();
}
