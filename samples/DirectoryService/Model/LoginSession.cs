using System;
using Dossier;

namespace DirectoryService.Model;

/// <summary>One sign-in: part of the security log.</summary>
[ProcessingActivities(Activities.SecurityMonitoring)]
public partial class LoginSession
{
    /// <summary>Why sign-in times outlive an erasure request.</summary>
    public const string SignInRetentionReason =
        "Sign-in history is kept for 12 months to investigate account takeovers and defend legal claims (Art. 17(3)(e))";

    public int Id { get; set; }

    public int UserId { get; set; }

    [PersonalData(DataCategory.Behavioral, Erasure = Erasure.Retain, RetentionReason = SignInRetentionReason)]
    public DateTimeOffset SignedInAt { get; set; }

    // Pseudonymized, not deleted: attacks from one address stay linkable across accounts after erasure.
    [PersonalData(DataCategory.OnlineIdentifier, Erasure = Erasure.Pseudonymize)]
    public string? IpAddress { get; set; }

    [PersonalData(DataCategory.OnlineIdentifier, Erasure = Erasure.Anonymize)]
    public string? UserAgent { get; set; }
}
