using System.Collections.Generic;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Dossier's <c>DataCategory</c> names mapped to data categories of the fideslang 3.1 default taxonomy. Every key
/// here exists from fideslang 2.0 to 3.1, and still exists in 3.2, where a few are deprecated in favour of new
/// ones. docs/fideslang.md has the table, with the places where fideslang has nothing closer.
/// </summary>
internal static class FidesCategories
{
    /// <summary>The root of the user data categories: where no narrower category fits.</summary>
    public const string User = "user";

    private static readonly Dictionary<string, string> ByDossierCategory = new(System.StringComparer.Ordinal)
    {
        ["Other"] = User,
        ["Name"] = "user.name",
        ["Identifier"] = "user.unique_id",
        ["Email"] = "user.contact.email",
        ["Phone"] = "user.contact.phone_number",
        ["PostalAddress"] = "user.contact.address",
        ["DateOfBirth"] = "user.demographic.date_of_birth",
        ["Demographic"] = "user.demographic",
        ["GovernmentId"] = "user.government_id",
        ["OnlineIdentifier"] = "user.device",
        ["Location"] = "user.location",
        ["Financial"] = "user.financial",
        ["Credential"] = "user.authorization.credentials",
        ["Behavioral"] = "user.behavior",
        ["Communication"] = "user.content.private",
        ["Employment"] = "user.job_title",
        ["Education"] = User,
        ["Photo"] = "user.content.self_image",
        ["Health"] = "user.health_and_medical",
        ["Genetic"] = "user.health_and_medical.genetic",
        ["Biometric"] = "user.biometric",
        ["RacialOrEthnicOrigin"] = "user.demographic.race_ethnicity",
        ["PoliticalOpinion"] = "user.demographic.political_opinion",
        ["ReligiousBelief"] = "user.demographic.religious_belief",
        ["TradeUnionMembership"] = "user.demographic",
        ["SexLifeOrOrientation"] = "user.demographic.sexual_orientation",
        ["CriminalRecord"] = "user.criminal_history",
    };

    /// <summary>The fideslang data category for a <c>DataCategory</c> name; <see cref="User"/> for a name Dossier does not know.</summary>
    public static string For(string dossierCategory) => ByDossierCategory.TryGetValue(dossierCategory, out var key) ? key : User;
}
