namespace Dossier.EntityFrameworkCore.Tests.Model;

/// <summary>
/// A data subject. Its <see cref="IPersonalData"/> implementation is written by hand, the way Dossier's generator
/// writes it, so the helpers can be tested on their own.
/// </summary>
[DataSubject]
public sealed class Customer : IPersonalData
{
    public const string LoyaltyRetentionReason = "Loyalty points are tax-relevant for 10 years (HGB 257)";

    private static readonly PersonalDataType Type = new("Customer", "Dossier.EntityFrameworkCore.Tests.Model.Customer", subject: "Customer");
    private static readonly PersonalDataMember EmailMember = new("Email", DataCategory.Email, "Sign-in", LegalBasis.Contract, erasure: Erasure.Anonymize);
    private static readonly PersonalDataMember TaxNumberMember = new("TaxNumber", DataCategory.GovernmentId, "Invoices", LegalBasis.LegalObligation, encrypted: true);
    private static readonly PersonalDataMember NotesMember = new("Notes", DataCategory.Other, "Support", LegalBasis.LegitimateInterests, encrypted: true);
    private static readonly PersonalDataMember PhotoMember = new("Photo", DataCategory.Photo, "Profile", LegalBasis.Consent, encrypted: true);
    private static readonly PersonalDataMember LoyaltyMember = new("LoyaltyNumber", DataCategory.Identifier, "Loyalty programme", LegalBasis.Contract, erasure: Erasure.Retain, retentionReason: LoyaltyRetentionReason);
    private static readonly PersonalDataMember AddressesMember = PersonalDataMember.Container("Addresses");

    public int Id { get; set; }

    public string Email { get; set; } = "";

    [Encrypted]
    public string? TaxNumber { get; set; }

    [Encrypted]
    public string? Notes { get; set; }

    [Encrypted]
    public byte[]? Photo { get; set; }

    public string? LoyaltyNumber { get; set; }

    /// <summary>Not personal data: erasure leaves it alone.</summary>
    public string Plan { get; set; } = "basic";

    public List<Address> Addresses { get; set; } = [];

    public List<Order> Orders { get; set; } = [];

    public List<Tag> Tags { get; set; } = [];

    public List<Subscription> Subscriptions { get; set; } = [];

    PersonalDataType IPersonalData.PersonalDataType => Type;

    void IPersonalData.AcceptPersonalDataVisitor(PersonalDataVisitor visitor)
    {
        Scalar(visitor, EmailMember, Email);
        Scalar(visitor, TaxNumberMember, TaxNumber);
        Scalar(visitor, NotesMember, Notes);
        visitor.BeginMember(PhotoMember);
        visitor.Value(Photo);
        visitor.EndMember();
        Scalar(visitor, LoyaltyMember, LoyaltyNumber);
        visitor.BeginMember(AddressesMember);
        visitor.BeginList();
        foreach (var address in Addresses)
        {
            visitor.Nested(address);
        }

        visitor.EndList();
        visitor.EndMember();
    }

    void IPersonalData.ErasePersonalData(PersonalDataEraser eraser)
    {
        Email = Anonymized.Text;
        eraser.Erased(EmailMember);
        TaxNumber = null;
        eraser.Erased(TaxNumberMember);
        Notes = null;
        eraser.Erased(NotesMember);
        Photo = null;
        eraser.Erased(PhotoMember);
        eraser.Retained(LoyaltyMember);
        eraser.Each(AddressesMember, Addresses);
    }

    internal static void Scalar(PersonalDataVisitor visitor, PersonalDataMember member, string? value)
    {
        visitor.BeginMember(member);
        visitor.Value(value);
        visitor.EndMember();
    }
}
