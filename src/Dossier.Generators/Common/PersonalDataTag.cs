using Dossier.Generators.Model;

namespace Dossier.Generators.Common;

/// <summary>Where a member's personal-data tag comes from.</summary>
internal enum TagSource
{
    /// <summary><c>[Dossier.PersonalData]</c>.</summary>
    Dossier,
    /// <summary>ASP.NET Core Identity's <c>[PersonalData]</c> or <c>[ProtectedPersonalData]</c>.</summary>
    Identity,
    /// <summary>A Microsoft.Extensions.Compliance <c>DataClassificationAttribute</c> subclass.</summary>
    DataClassification,
}

/// <summary>
/// What a member's tag declares, as plain values. Enum arguments are kept as their numeric values;
/// <see cref="AttributeReader"/> leaves out-of-range values for PII008 to report.
/// </summary>
internal sealed record PersonalDataTag(
    TagSource Source,
    int Category,
    string? Purpose,
    int LegalBasis,
    string? Retention,
    int Erasure,
    string? RetentionReason,
    EquatableArray<string> Recipients,
    bool HasRecipientsArgument,
    bool Export,
    EquatableArray<string> Activities = default,
    bool HasActivitiesArgument = false)
{
    public const int CategoryOther = 0;
    public const int CategoryGovernmentId = 8;
    public const int CategoryFinancial = 11;
    public const int CategoryCredential = 12;
    public const int ErasureDelete = 0;
    public const int ErasureAnonymize = 1;
    public const int ErasurePseudonymize = 2;
    public const int ErasureRetain = 3;
    public const int LegalBasisUnspecified = 0;

    /// <summary>The highest <c>DataCategory</c> value (<c>CriminalRecord</c>).</summary>
    public const int MaxCategory = 26;
    public const int MaxLegalBasis = 7;
    public const int LegalBasisConsent = 1;
    public const int LegalBasisExplicitConsent = 7;
    public const int MaxErasure = 3;

    /// <summary>First special category (<c>Health</c>).</summary>
    public const int FirstSpecialCategory = 18;

    public bool IsSpecialCategory => CategoryPolicy.IsSpecial(Category);
}
