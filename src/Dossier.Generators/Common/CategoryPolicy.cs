namespace Dossier.Generators.Common;

/// <summary>
/// Which tagged members a category-based rule covers: PII001 (<c>dossier.encryption_required</c>) and PII010
/// (<c>dossier.audit_required</c>) take the same values and mean the same categories by them.
/// </summary>
internal enum CategoryScope
{
    /// <summary>The GDPR Art. 9 special categories and Art. 10 criminal data (<c>special</c>).</summary>
    Special,
    /// <summary>The special categories plus government ids, financial data and credentials (<c>sensitive</c>).</summary>
    Sensitive,
    /// <summary>Every tagged member (<c>all</c>).</summary>
    All,
    /// <summary>No member (<c>none</c>).</summary>
    None,
}

/// <summary>
/// What Dossier's rules and inventory call special and sensitive, by <c>DataCategory</c> value, in one place. The
/// runtime's <c>DataCategories.IsSpecial</c> says the same; a test holds the two together.
/// </summary>
internal static class CategoryPolicy
{
    /// <summary>Whether <paramref name="category"/> is a special category (GDPR Art. 9(1)) or criminal data (Art. 10).</summary>
    public static bool IsSpecial(int category) => category >= PersonalDataTag.FirstSpecialCategory && category <= PersonalDataTag.MaxCategory;

    /// <summary>Whether <paramref name="category"/> is special, a government id, financial data or a credential.</summary>
    public static bool IsSensitive(int category) =>
        IsSpecial(category) || category is PersonalDataTag.CategoryGovernmentId or PersonalDataTag.CategoryFinancial or PersonalDataTag.CategoryCredential;

    /// <summary>Whether a rule set to <paramref name="scope"/> covers a member of <paramref name="category"/>.</summary>
    public static bool Covers(CategoryScope scope, int category) => scope switch
    {
        CategoryScope.All => true,
        CategoryScope.None => false,
        CategoryScope.Sensitive => IsSensitive(category),
        _ => IsSpecial(category),
    };

    /// <summary>
    /// The scope an option value names (<c>special</c>, <c>sensitive</c>, <c>all</c>, <c>none</c>; any case), or
    /// <paramref name="fallback"/> when it names none, so that a typo never turns a rule off.
    /// </summary>
    public static CategoryScope Parse(string? value, CategoryScope fallback) => value?.Trim().ToLowerInvariant() switch
    {
        "special" => CategoryScope.Special,
        "sensitive" => CategoryScope.Sensitive,
        "all" => CategoryScope.All,
        "none" => CategoryScope.None,
        _ => fallback,
    };
}
