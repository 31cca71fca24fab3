using System.Reflection;
using Dossier.Generators.Common;

namespace Dossier.Generators.Tests.Contracts;

/// <summary>
/// The generator runs without the Dossier runtime loaded, so it knows the runtime's enums and type names as copies
/// (<see cref="EnumNames"/>, <see cref="PersonalDataTag"/>, <see cref="KnownNames"/>). These tests hold every copy to
/// the assemblies it names: a renamed, added or reordered value or type fails here, not in a user's inventory.
/// </summary>
public class RuntimeNamesTests
{
    [Fact]
    public void Enum_names_are_the_runtime_enums_by_value()
    {
        AssertSameNames<DataCategory>(EnumNames.Categories, EnumNames.Category);
        AssertSameNames<LegalBasis>(EnumNames.LegalBases, EnumNames.LegalBasis);
        AssertSameNames<Erasure>(EnumNames.Erasures, EnumNames.Erasure);
        AssertSameNames<RecipientRole>(EnumNames.RecipientRoles, EnumNames.RecipientRole);
    }

    [Fact]
    public void Tag_values_are_the_runtime_values()
    {
        Assert.Equal(PersonalDataTag.MaxCategory, (int)Enum.GetValues<DataCategory>().Max());
        Assert.Equal(PersonalDataTag.MaxLegalBasis, (int)Enum.GetValues<LegalBasis>().Max());
        Assert.Equal(PersonalDataTag.MaxErasure, (int)Enum.GetValues<Erasure>().Max());
        Assert.Equal(PersonalDataTag.CategoryOther, (int)DataCategory.Other);
        Assert.Equal(PersonalDataTag.CategoryGovernmentId, (int)DataCategory.GovernmentId);
        Assert.Equal(PersonalDataTag.CategoryFinancial, (int)DataCategory.Financial);
        Assert.Equal(PersonalDataTag.CategoryCredential, (int)DataCategory.Credential);
        Assert.Equal(PersonalDataTag.LegalBasisUnspecified, (int)LegalBasis.Unspecified);
        Assert.Equal(
            new[] { (int)Erasure.Delete, (int)Erasure.Anonymize, (int)Erasure.Pseudonymize, (int)Erasure.Retain },
            new[] { PersonalDataTag.ErasureDelete, PersonalDataTag.ErasureAnonymize, PersonalDataTag.ErasurePseudonymize, PersonalDataTag.ErasureRetain });
    }

    [Fact]
    public void Special_categories_are_the_runtime_special_categories()
    {
        Assert.Equal(PersonalDataTag.FirstSpecialCategory, (int)Enum.GetValues<DataCategory>().First(DataCategories.IsSpecial));
        foreach (var category in Enum.GetValues<DataCategory>())
        {
            var tag = new PersonalDataTag(TagSource.Dossier, (int)category, null, 0, null, 0, null, default, false, true);
            Assert.True(DataCategories.IsSpecial(category) == tag.IsSpecialCategory, category.ToString());
            Assert.True(DataCategories.IsSpecial(category) == CategoryPolicy.IsSpecial((int)category), category.ToString());
        }
    }

    [Fact]
    public void Known_type_names_are_the_types_they_name()
    {
        var assemblies = new[]
        {
            typeof(PersonalDataAttribute).Assembly,
            typeof(Microsoft.AspNetCore.Identity.PersonalDataAttribute).Assembly,
            typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly,
            typeof(object).Assembly,
            typeof(Uri).Assembly,
            typeof(System.Net.IPAddress).Assembly,
        };
        var names = typeof(KnownNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral)
            .Select(field => (Field: field.Name, Name: (string)field.GetRawConstantValue()!)).ToList();
        Assert.NotEmpty(names);
        var unresolved = names.Where(name => !assemblies.Any(assembly => assembly.GetType(name.Name) is not null)).ToList();
        Assert.True(unresolved.Count == 0, "Names no assembly defines: " + string.Join(", ", unresolved));
    }

    private static void AssertSameNames<TEnum>(string[] copy, Func<int, string> name)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        Assert.Equal(values.Select(value => value.ToString()), copy);
        foreach (var value in values)
        {
            Assert.Equal(value.ToString(), name(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
