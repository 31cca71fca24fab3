using Dossier;

namespace DirectoryService.Model;

/// <summary>A postal address, stored in the columns of the user who owns it.</summary>
[ProcessingActivities(Activities.Shipping)]
public partial class Address
{
    [PersonalData(DataCategory.PostalAddress)]
    public string? Street { get; set; }

    [PersonalData(DataCategory.PostalAddress)]
    public string? PostalCode { get; set; }

    // The city alone rarely identifies anyone, but tied to an erased account it still says where they lived.
    [PersonalData(DataCategory.PostalAddress, Erasure = Erasure.Anonymize)]
    public string? City { get; set; }

    [NotPersonalData(Justification = "A country is shared by millions of people and is kept for head-count statistics")]
    public string Country { get; set; } = "";
}
