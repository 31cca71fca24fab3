using Dossier;

namespace DirectoryService.Model;

/// <summary>A postal address, stored in the columns of the user who owns it.</summary>
public partial class Address
{
    [PersonalData(DataCategory.PostalAddress, Purpose = "Sending hardware and paperwork to the employee",
        LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { Recipients.HostingProvider })]
    public string? Street { get; set; }

    [PersonalData(DataCategory.PostalAddress, Purpose = "Sending hardware and paperwork to the employee",
        LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { Recipients.HostingProvider })]
    public string? PostalCode { get; set; }

    // The city alone rarely identifies anyone, but tied to an erased account it still says where they lived.
    [PersonalData(DataCategory.PostalAddress, Purpose = "Sending hardware and paperwork to the employee",
        LegalBasis = LegalBasis.Contract, Retention = "P2Y", Erasure = Erasure.Anonymize, Recipients = new[] { Recipients.HostingProvider })]
    public string? City { get; set; }

    [NotPersonalData(Justification = "A country is shared by millions of people and is kept for head-count statistics")]
    public string Country { get; set; } = "";
}
