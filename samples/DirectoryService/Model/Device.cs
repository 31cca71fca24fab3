using Dossier;

namespace DirectoryService.Model;

/// <summary>A laptop or phone a user signs in from.</summary>
public partial class Device
{
    public int Id { get; set; }

    public int UserId { get; set; }

    [NotPersonalData(Justification = "A hardware model is shared by millions of devices and is kept for the asset register")]
    public string Model { get; set; } = "";

    [PersonalData(DataCategory.OnlineIdentifier, Purpose = "Detecting sign-ins from unusual networks", LegalBasis = LegalBasis.LegitimateInterests,
        Retention = "P90D", Recipients = new[] { Recipients.HostingProvider })]
    public string? LastIpAddress { get; set; }

    // Rounded to a city, yet still where someone was: replaced with a fixed value on erasure.
    [PersonalData(DataCategory.Location, Purpose = "Detecting sign-ins from unusual places", LegalBasis = LegalBasis.LegitimateInterests,
        Retention = "P90D", Erasure = Erasure.Anonymize, Recipients = new[] { Recipients.HostingProvider })]
    public double? Latitude { get; set; }

    [PersonalData(DataCategory.Location, Purpose = "Detecting sign-ins from unusual places", LegalBasis = LegalBasis.LegitimateInterests,
        Retention = "P90D", Erasure = Erasure.Anonymize, Recipients = new[] { Recipients.HostingProvider })]
    public double? Longitude { get; set; }
}
