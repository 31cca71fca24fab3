using System;
using Dossier;

namespace Dossier.EntityFrameworkCore.TestSchema;

// A sports club, with one member of each kind whose storage EF Core reads from the generated descriptions: encrypted,
// audited (by generated accessors, and only asked for), a record's positional parameters, members inherited from a type
// with generated code and from one without, members of a type audited as a whole, and untagged members, one of them
// [Encrypted] without being personal data.

/// <summary>A base type from a library built without Dossier, which tags its members the way ASP.NET Core Identity does.</summary>
#pragma warning disable PII006 // It is not partial, as a library's type would not be; the derived member type describes its members.
public class LibraryAccount
#pragma warning restore PII006
{
    [Microsoft.AspNetCore.Identity.PersonalData]
    public string? UserName { get; set; }

    public DateTime Created { get; set; }
}

/// <summary>The data subject.</summary>
[DataSubject("Club member")]
public partial class ClubMember : LibraryAccount
{
    public int Id { get; set; }

    [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)]
    public string Email { get; set; } = "";

    [PersonalData(DataCategory.GovernmentId, Purpose = "Invoices", LegalBasis = LegalBasis.LegalObligation), Encrypted]
    public string? TaxNumber { get; set; }

    /// <summary>Audited, and each access recorded by the accessors Dossier generates.</summary>
    [PersonalData(DataCategory.Health, Purpose = "Safety", LegalBasis = LegalBasis.VitalInterests), Audited]
    public partial string? Allergy { get; set; }

    /// <summary>Audited, but not partial: generated code cannot record each access; EF Core records its saves.</summary>
    [PersonalData(DataCategory.Phone, Purpose = "Contact", LegalBasis = LegalBasis.Contract), Audited]
    public string? Phone { get; set; }

    /// <summary>Stored encrypted, but not personal data: a secret of the club's.</summary>
    [Encrypted]
    public string? ApiToken { get; set; }

    public string Plan { get; set; } = "basic";
}

/// <summary>Derives from a type with generated code (one table for both).</summary>
public partial class PremiumMember : ClubMember
{
    [PersonalData(DataCategory.Financial, Purpose = "Billing", LegalBasis = LegalBasis.Contract), Encrypted, Audited]
    public string? CardNumber { get; set; }

    public int Level { get; set; }
}

/// <summary>
/// Positional parameters carry the attributes of the properties made from them. A card is kept as issued (its
/// properties are init-only), so its personal data is retained.
/// </summary>
public sealed partial record MemberCard(
    int Id,
    int ClubMemberId,
    [PersonalData(DataCategory.Name, Purpose = "Access", LegalBasis = LegalBasis.Contract, Erasure = Erasure.Retain, RetentionReason = MemberCard.Issued), Encrypted] string Holder,
    [PersonalData(DataCategory.Photo, Purpose = "Access", LegalBasis = LegalBasis.Contract, Erasure = Erasure.Retain, RetentionReason = MemberCard.Issued), Audited] byte[]? Photo,
    string Colour)
{
    public const string Issued = "An issued card is kept as issued";

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id);
        return true;
    }
}

/// <summary>Audited as a whole: every personal data member of it is.</summary>
[Audited]
public partial class Visit
{
    public int Id { get; set; }

    public int ClubMemberId { get; set; }

    [PersonalData(DataCategory.Location, Purpose = "Safety", LegalBasis = LegalBasis.LegitimateInterests)]
    public string? Place { get; set; }

    public string? Room { get; set; }
}
