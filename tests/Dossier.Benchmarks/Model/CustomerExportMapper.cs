namespace Dossier.Benchmarks.Model;

/// <summary>
/// Maps a customer to the DTOs of <see cref="ExportDtoJsonContext"/>: it reads the values and fills in the
/// declarations as constants, copied from the customer's attributes by hand.
/// </summary>
public static class CustomerExportMapper
{
    private const string Account = "Customer account";
    private const string Marketing = "Marketing with consent";

    private static readonly Declaration FirstName = new("Name", Account, "Contract", "P2Y");
    private static readonly Declaration LastName = new("Name", Account, "Contract", "P2Y");
    private static readonly Declaration Email = new("Email", Account, "Contract", "P2Y", "MailCo");
    private static readonly Declaration Phone = new("Phone", Account, "Contract", "P2Y", "SmsCo");
    private static readonly Declaration DateOfBirth = new("DateOfBirth", "Age check", "LegalObligation", "P2Y");
    private static readonly Declaration CustomerNumber = new("Identifier", Account, "LegalObligation", "P10Y");
    private static readonly Declaration LoyaltyPoints = new("Behavioral", Marketing, "Consent", "P1Y");
    private static readonly Declaration CreditLimit = new("Financial", "Credit decisions", "Contract", "P5Y");
    private static readonly Declaration NewsletterConsent = new("Behavioral", Marketing, "Consent", "P1Y");
    private static readonly Declaration PreferredLanguage = new("Demographic", Account, "LegitimateInterests", "P2Y");
    private static readonly Declaration Gender = new("Demographic", Marketing, "Consent", "P1Y");
    private static readonly Declaration SignedUpAt = new("Behavioral", Account, "Contract", "P2Y");
    private static readonly Declaration LastLoginAt = new("Behavioral", "Security", "LegitimateInterests", "P90D");
    private static readonly Declaration AverageSession = new("Behavioral", Marketing, "Consent", "P1Y");
    private static readonly Declaration Location = new("Location", "Delivery slots", "Contract", "P30D");
    private static readonly Declaration HeightCm = new("Health", "Clothing size advice", "Consent", "P1Y");
    private static readonly Declaration Avatar = new("Photo", Account, "Consent", "P2Y");
    private static readonly Declaration Tier = new("Behavioral", Marketing, "Consent", "P1Y");
    private static readonly Declaration PostalAddress = new("PostalAddress", "Delivery", "Contract", "P2Y", "ParcelCo");
    private static readonly Declaration OnlineIdentifier = new("OnlineIdentifier", "Security", "LegitimateInterests", "P90D");
    private static readonly Declaration LastSeen = new("Behavioral", "Security", "LegitimateInterests", "P90D");

    /// <summary>The customer's export; objects are numbered in the order Dossier numbers them.</summary>
    public static ExportedObject<CustomerData> Map(Customer customer)
    {
        var id = 1;
        var home = customer.Home is { } address ? new ExportedObject<AddressData>(++id, "Address", null, Map(address)) : null;
        var devices = new ExportedObject<DeviceData>[customer.Devices.Count];
        for (var i = 0; i < devices.Length; i++)
        {
            devices[i] = new ExportedObject<DeviceData>(++id, "Device", null, Map(customer.Devices[i]));
        }

        return new ExportedObject<CustomerData>(1, "Customer", "Customer", new CustomerData
        {
            FirstName = new(FirstName, customer.FirstName),
            LastName = new(LastName, customer.LastName),
            Email = new(Email, customer.Email),
            Phone = new(Phone, customer.Phone),
            DateOfBirth = new(DateOfBirth, customer.DateOfBirth),
            CustomerNumber = new(CustomerNumber, customer.CustomerNumber),
            LoyaltyPoints = new(LoyaltyPoints, customer.LoyaltyPoints),
            CreditLimit = new(CreditLimit, customer.CreditLimit),
            NewsletterConsent = new(NewsletterConsent, customer.NewsletterConsent),
            PreferredLanguage = new(PreferredLanguage, customer.PreferredLanguage),
            Gender = new(Gender, customer.Gender),
            SignedUpAt = new(SignedUpAt, customer.SignedUpAt),
            LastLoginAt = new(LastLoginAt, customer.LastLoginAt),
            AverageSession = new(AverageSession, customer.AverageSession),
            Latitude = new(Location, customer.Latitude),
            Longitude = new(Location, customer.Longitude),
            HeightCm = new(HeightCm, customer.HeightCm),
            Avatar = new(Avatar, customer.Avatar),
            Tier = new(Tier, customer.Tier),
            Home = new(home),
            Devices = new(devices),
        });
    }

    private static AddressData Map(Address address) => new()
    {
        Street = new(PostalAddress, address.Street),
        PostalCode = new(PostalAddress, address.PostalCode),
        City = new(PostalAddress, address.City),
    };

    private static DeviceData Map(Device device) => new()
    {
        DeviceId = new(OnlineIdentifier, device.DeviceId),
        LastIpAddress = new(OnlineIdentifier, device.LastIpAddress),
        LastSeen = new(LastSeen, device.LastSeen),
    };
}
