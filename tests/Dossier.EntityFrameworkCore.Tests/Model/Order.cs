namespace Dossier.EntityFrameworkCore.Tests.Model;

/// <summary>Holds no personal data itself, but leads to a <see cref="Recipient"/> that does.</summary>
public sealed class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public decimal Total { get; set; }

    public int? RecipientId { get; set; }

    public Recipient? Recipient { get; set; }
}

/// <summary>Holds personal data by attribute only, as a type before the generator has run on it.</summary>
public sealed class Recipient
{
    public int Id { get; set; }

    [PersonalData(DataCategory.Name)]
    public string Name { get; set; } = "";
}

/// <summary>Holds no personal data and leads to none: loading a data subject leaves it out.</summary>
public sealed class Tag
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public string Label { get; set; } = "";
}

/// <summary>A record whose positional parameter carries the attribute (it stays on the parameter, not the property).</summary>
public sealed record Badge(int Id, [PersonalData(DataCategory.Name), Encrypted] string Holder);

/// <summary>Marked the ASP.NET Core Identity way.</summary>
public sealed class Account
{
    public int Id { get; set; }

    [Microsoft.AspNetCore.Identity.ProtectedPersonalData]
    public string? PhoneNumber { get; set; }
}

/// <summary>
/// Holds no personal data itself; its owned billing contact does. It refers to its customer by key only (no
/// navigation on the customer's side is followed by export), so it shows in exports as a section of its own.
/// </summary>
public sealed class Subscription : IPersonalData
{
    private static readonly PersonalDataType Type = new("Subscription", "Dossier.EntityFrameworkCore.Tests.Model.Subscription");
    private static readonly PersonalDataMember BillingMember = PersonalDataMember.Container("Billing");

    public int Id { get; set; }

    public int CustomerId { get; set; }

    public BillingContact Billing { get; set; } = new();

    PersonalDataType IPersonalData.PersonalDataType => Type;

    void IPersonalData.AcceptPersonalDataVisitor(PersonalDataVisitor visitor)
    {
        visitor.BeginMember(BillingMember);
        visitor.Nested(Billing);
        visitor.EndMember();
    }

    void IPersonalData.ErasePersonalData(PersonalDataEraser eraser) => eraser.Nested(BillingMember, Billing);
}

public sealed class BillingContact : IPersonalData
{
    private static readonly PersonalDataType Type = new("BillingContact", "Dossier.EntityFrameworkCore.Tests.Model.BillingContact");
    private static readonly PersonalDataMember PhoneMember = new("Phone", DataCategory.Phone, "Billing", LegalBasis.Contract);

    [PersonalData(DataCategory.Phone)]
    public string? Phone { get; set; }

    PersonalDataType IPersonalData.PersonalDataType => Type;

    void IPersonalData.AcceptPersonalDataVisitor(PersonalDataVisitor visitor) => Customer.Scalar(visitor, PhoneMember, Phone);

    void IPersonalData.ErasePersonalData(PersonalDataEraser eraser)
    {
        Phone = null;
        eraser.Erased(PhoneMember);
    }
}
