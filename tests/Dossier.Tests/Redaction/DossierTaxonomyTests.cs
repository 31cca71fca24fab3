using Microsoft.Extensions.Compliance.Classification;

namespace Dossier.Tests.Redaction;

public class DossierTaxonomyTests
{
    public static TheoryData<DataCategory> Categories() => new(Enum.GetValues<DataCategory>());

    [Theory]
    [MemberData(nameof(Categories))]
    public void Every_category_is_a_classification_that_maps_back(DataCategory category)
    {
        var classification = DossierTaxonomy.For(category);

        Assert.Equal(DossierTaxonomy.TaxonomyName, classification.TaxonomyName);
        Assert.Equal(category.ToString(), classification.Value);
        Assert.True(DossierTaxonomy.TryGetCategory(classification, out var back));
        Assert.Equal(category, back);
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void The_personal_data_attribute_carries_the_classification_of_its_category(DataCategory category)
    {
        DataClassificationAttribute attribute = new PersonalDataAttribute(category);

        Assert.Equal(DossierTaxonomy.For(category), attribute.Classification);
    }

    [Fact]
    public void Named_classifications_match_their_categories()
    {
        Assert.Equal(DossierTaxonomy.For(DataCategory.Email), DossierTaxonomy.Email);
        Assert.Equal(DossierTaxonomy.For(DataCategory.CriminalRecord), DossierTaxonomy.CriminalRecord);
        Assert.Equal(DossierTaxonomy.For(DataCategory.Other), new PersonalDataAttribute().Classification);
    }

    [Fact]
    public void Classifications_of_other_taxonomies_are_not_Dossier_categories()
    {
        Assert.False(DossierTaxonomy.TryGetCategory(new DataClassification("Acme", "Email"), out _));
        Assert.False(DossierTaxonomy.TryGetCategory(DataClassification.None, out _));
        Assert.False(DossierTaxonomy.TryGetCategory(new DataClassification(DossierTaxonomy.TaxonomyName, "3"), out _));
    }
}
