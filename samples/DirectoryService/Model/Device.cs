using Dossier;

namespace DirectoryService.Model;

/// <summary>A laptop or phone a user signs in from. Where it was last seen is kept for 90 days, less than the activity's year.</summary>
[ProcessingActivities(Activities.SecurityMonitoring)]
public partial class Device
{
    public int Id { get; set; }

    public int UserId { get; set; }

    [NotPersonalData(Justification = "A hardware model is shared by millions of devices and is kept for the asset register")]
    public string Model { get; set; } = "";

    [PersonalData(DataCategory.OnlineIdentifier, Retention = "P90D")]
    public string? LastIpAddress { get; set; }

    // Rounded to a city, yet still where someone was: replaced with a fixed value on erasure.
    [PersonalData(DataCategory.Location, Retention = "P90D", Erasure = Erasure.Anonymize)]
    public double? Latitude { get; set; }

    [PersonalData(DataCategory.Location, Retention = "P90D", Erasure = Erasure.Anonymize)]
    public double? Longitude { get; set; }
}
