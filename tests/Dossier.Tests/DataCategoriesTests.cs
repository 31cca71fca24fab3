namespace Dossier.Tests;

public class DataCategoriesTests
{
    /// <summary>GDPR Art. 9(1) special categories and Art. 10 criminal data, as the attribute docs list them.</summary>
    private static readonly DataCategory[] Special =
    {
        DataCategory.Health, DataCategory.Genetic, DataCategory.Biometric, DataCategory.RacialOrEthnicOrigin, DataCategory.PoliticalOpinion,
        DataCategory.ReligiousBelief, DataCategory.TradeUnionMembership, DataCategory.SexLifeOrOrientation, DataCategory.CriminalRecord,
    };

    [Fact]
    public void Special_categories_are_those_of_Art_9_and_10()
    {
        var special = Enum.GetValues<DataCategory>().Where(DataCategories.IsSpecial);
        Assert.Equal(Special, special);
    }

    [Fact]
    public void Values_outside_the_enum_are_not_special()
    {
        Assert.False(DataCategories.IsSpecial((DataCategory)(-1)));
        Assert.False(DataCategories.IsSpecial((DataCategory)Enum.GetValues<DataCategory>().Length));
    }
}
