namespace Dossier.EntityFrameworkCore.Tests.Model;

public sealed class Address : IPersonalData
{
    private static readonly PersonalDataType Type = new("Address", "Dossier.EntityFrameworkCore.Tests.Model.Address");
    private static readonly PersonalDataMember StreetMember = new("Street", DataCategory.PostalAddress, "Delivery", LegalBasis.Contract, encrypted: true);
    private static readonly PersonalDataMember CityMember = new("City", DataCategory.PostalAddress, "Delivery", LegalBasis.Contract, erasure: Erasure.Anonymize);

    public int Id { get; set; }

    public int CustomerId { get; set; }

    [Encrypted]
    public string? Street { get; set; }

    public string City { get; set; } = "";

    PersonalDataType IPersonalData.PersonalDataType => Type;

    void IPersonalData.AcceptPersonalDataVisitor(PersonalDataVisitor visitor)
    {
        Customer.Scalar(visitor, StreetMember, Street);
        Customer.Scalar(visitor, CityMember, City);
    }

    void IPersonalData.ErasePersonalData(PersonalDataEraser eraser)
    {
        Street = null;
        eraser.Erased(StreetMember);
        City = Anonymized.Text;
        eraser.Erased(CityMember);
    }
}
