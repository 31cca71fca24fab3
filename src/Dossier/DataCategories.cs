namespace Dossier;

/// <summary>Facts about <see cref="DataCategory"/> values.</summary>
public static class DataCategories
{
    /// <summary>
    /// Whether <paramref name="category"/> is a special category of personal data (GDPR Art. 9(1)) or
    /// personal data relating to criminal convictions and offences (Art. 10).
    /// </summary>
    public static bool IsSpecial(DataCategory category) => category >= DataCategory.Health && category <= DataCategory.CriminalRecord;
}
