#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Compliance.Classification;

namespace Dossier.Redaction;

/// <summary>
/// Dossier's data categories as a Microsoft.Extensions.Compliance data taxonomy: one
/// <see cref="DataClassification"/> per <see cref="DataCategory"/>, in the taxonomy named <see cref="TaxonomyName"/>.
/// </summary>
/// <remarks>
/// <c>[PersonalData(category)]</c> carries <see cref="For(DataCategory)"/> of its category as its classification,
/// so a redactor set for each of <see cref="All"/> redacts every Dossier-tagged value that Microsoft's logging writes. A
/// classification attribute of one's own can use these values too; Dossier reads such an attribute declared in
/// the same project as personal data of the matching category.
/// </remarks>
/// <example>
/// <code>
/// public sealed class EmailDataAttribute() : DataClassificationAttribute(DossierTaxonomy.Email);
/// </code>
/// </example>
public static class DossierTaxonomy
{
    /// <summary>The taxonomy name every Dossier classification carries.</summary>
    public const string TaxonomyName = "Dossier";

    // Indexed by the category's value: the categories are numbered from 0 without gaps.
    private static readonly DataClassification[] ByCategory = Enum.GetValues<DataCategory>()
        .OrderBy(category => (int)category)
        .Select(category => new DataClassification(TaxonomyName, category.ToString()))
        .ToArray();

    /// <summary>Every Dossier classification, one per category, in the order of <see cref="DataCategory"/>.</summary>
    public static IReadOnlyList<DataClassification> All { get; } = Array.AsReadOnly(ByCategory);

    /// <summary>The classification of data of <paramref name="category"/>.</summary>
    /// <param name="category">A Dossier data category.</param>
    /// <returns>The classification named after the category, in the <see cref="TaxonomyName"/> taxonomy.</returns>
    public static DataClassification For(DataCategory category) =>
        Enum.IsDefined(category) ? ByCategory[(int)category] : new DataClassification(TaxonomyName, category.ToString());

    /// <summary>The Dossier category a classification stands for, when it belongs to this taxonomy.</summary>
    /// <param name="classification">Any data classification.</param>
    /// <param name="category">The category, or <see cref="DataCategory.Other"/> when the result is <c>false</c>.</param>
    /// <returns>Whether <paramref name="classification"/> is one of Dossier's.</returns>
    public static bool TryGetCategory(DataClassification classification, out DataCategory category)
    {
        category = DataCategory.Other;
        for (var i = 0; i < ByCategory.Length; i++)
        {
            if (ByCategory[i] == classification)
            {
                category = (DataCategory)i;
                return true;
            }
        }

        return false;
    }

    /// <summary>The classification of <see cref="DataCategory.Other"/> data.</summary>
    public static DataClassification Other => For(DataCategory.Other);

    /// <summary>The classification of <see cref="DataCategory.Name"/> data.</summary>
    public static DataClassification Name => For(DataCategory.Name);

    /// <summary>The classification of <see cref="DataCategory.Identifier"/> data.</summary>
    public static DataClassification Identifier => For(DataCategory.Identifier);

    /// <summary>The classification of <see cref="DataCategory.Email"/> data.</summary>
    public static DataClassification Email => For(DataCategory.Email);

    /// <summary>The classification of <see cref="DataCategory.Phone"/> data.</summary>
    public static DataClassification Phone => For(DataCategory.Phone);

    /// <summary>The classification of <see cref="DataCategory.PostalAddress"/> data.</summary>
    public static DataClassification PostalAddress => For(DataCategory.PostalAddress);

    /// <summary>The classification of <see cref="DataCategory.DateOfBirth"/> data.</summary>
    public static DataClassification DateOfBirth => For(DataCategory.DateOfBirth);

    /// <summary>The classification of <see cref="DataCategory.Demographic"/> data.</summary>
    public static DataClassification Demographic => For(DataCategory.Demographic);

    /// <summary>The classification of <see cref="DataCategory.GovernmentId"/> data.</summary>
    public static DataClassification GovernmentId => For(DataCategory.GovernmentId);

    /// <summary>The classification of <see cref="DataCategory.OnlineIdentifier"/> data.</summary>
    public static DataClassification OnlineIdentifier => For(DataCategory.OnlineIdentifier);

    /// <summary>The classification of <see cref="DataCategory.Location"/> data.</summary>
    public static DataClassification Location => For(DataCategory.Location);

    /// <summary>The classification of <see cref="DataCategory.Financial"/> data.</summary>
    public static DataClassification Financial => For(DataCategory.Financial);

    /// <summary>The classification of <see cref="DataCategory.Credential"/> data.</summary>
    public static DataClassification Credential => For(DataCategory.Credential);

    /// <summary>The classification of <see cref="DataCategory.Behavioral"/> data.</summary>
    public static DataClassification Behavioral => For(DataCategory.Behavioral);

    /// <summary>The classification of <see cref="DataCategory.Communication"/> data.</summary>
    public static DataClassification Communication => For(DataCategory.Communication);

    /// <summary>The classification of <see cref="DataCategory.Employment"/> data.</summary>
    public static DataClassification Employment => For(DataCategory.Employment);

    /// <summary>The classification of <see cref="DataCategory.Education"/> data.</summary>
    public static DataClassification Education => For(DataCategory.Education);

    /// <summary>The classification of <see cref="DataCategory.Photo"/> data.</summary>
    public static DataClassification Photo => For(DataCategory.Photo);

    /// <summary>The classification of <see cref="DataCategory.Health"/> data.</summary>
    public static DataClassification Health => For(DataCategory.Health);

    /// <summary>The classification of <see cref="DataCategory.Genetic"/> data.</summary>
    public static DataClassification Genetic => For(DataCategory.Genetic);

    /// <summary>The classification of <see cref="DataCategory.Biometric"/> data.</summary>
    public static DataClassification Biometric => For(DataCategory.Biometric);

    /// <summary>The classification of <see cref="DataCategory.RacialOrEthnicOrigin"/> data.</summary>
    public static DataClassification RacialOrEthnicOrigin => For(DataCategory.RacialOrEthnicOrigin);

    /// <summary>The classification of <see cref="DataCategory.PoliticalOpinion"/> data.</summary>
    public static DataClassification PoliticalOpinion => For(DataCategory.PoliticalOpinion);

    /// <summary>The classification of <see cref="DataCategory.ReligiousBelief"/> data.</summary>
    public static DataClassification ReligiousBelief => For(DataCategory.ReligiousBelief);

    /// <summary>The classification of <see cref="DataCategory.TradeUnionMembership"/> data.</summary>
    public static DataClassification TradeUnionMembership => For(DataCategory.TradeUnionMembership);

    /// <summary>The classification of <see cref="DataCategory.SexLifeOrOrientation"/> data.</summary>
    public static DataClassification SexLifeOrOrientation => For(DataCategory.SexLifeOrOrientation);

    /// <summary>The classification of <see cref="DataCategory.CriminalRecord"/> data.</summary>
    public static DataClassification CriminalRecord => For(DataCategory.CriminalRecord);
}
#endif
