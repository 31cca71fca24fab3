namespace Dossier.Generators.Common;

/// <summary>
/// The names of <c>Dossier.DataCategory</c>, <c>LegalBasis</c> and <c>Erasure</c> by value. The generator runs
/// without the Dossier runtime loaded, so it keeps its own copy; a test checks it against the runtime enums.
/// </summary>
internal static class EnumNames
{
    public static readonly string[] Categories =
    {
        "Other", "Name", "Identifier", "Email", "Phone", "PostalAddress", "DateOfBirth", "Demographic",
        "GovernmentId", "OnlineIdentifier", "Location", "Financial", "Credential", "Behavioral", "Communication",
        "Employment", "Education", "Photo",
        "Health", "Genetic", "Biometric", "RacialOrEthnicOrigin", "PoliticalOpinion", "ReligiousBelief",
        "TradeUnionMembership", "SexLifeOrOrientation", "CriminalRecord",
    };

    public static readonly string[] LegalBases =
    {
        "Unspecified", "Consent", "Contract", "LegalObligation", "VitalInterests", "PublicTask", "LegitimateInterests",
        "ExplicitConsent",
    };

    public static readonly string[] Erasures = { "Delete", "Anonymize", "Pseudonymize", "Retain" };

    public static readonly string[] RecipientRoles = { "Processor", "SubProcessor", "JointController", "ThirdParty" };

    public static string Category(int value) => Name(Categories, value);

    public static string LegalBasis(int value) => Name(LegalBases, value);

    public static string Erasure(int value) => Name(Erasures, value);

    public static string RecipientRole(int value) => Name(RecipientRoles, value);

    public static int CategoryValue(string name) => System.Array.IndexOf(Categories, name);

    private static string Name(string[] names, int value) =>
        value >= 0 && value < names.Length ? names[value] : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
