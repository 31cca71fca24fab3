using Dossier.Build.Tasks.Rendering;

namespace Dossier.Build.Tasks.Tests.Rendering;

public class FidesKeysTests
{
    [Theory]
    [InlineData("Northwind.App", "northwind_app")]
    [InlineData("Customer", "customer")]
    [InlineData("Kunde: \"VIP\" # 1", "kunde_vip_1")]
    [InlineData("Straße-Öffnung", "stra_e-_ffnung")]
    [InlineData("__Private__", "private")]
    [InlineData("first_name", "first_name")]
    [InlineData("東京", "fallback")]
    [InlineData("", "fallback")]
    public void A_key_is_lower_case_letters_digits_underscores_and_hyphens(string name, string key)
    {
        Assert.Equal(key, FidesKeys.From(name, "fallback"));
        Assert.Matches("^[a-z0-9_-]+$", FidesKeys.From(name, "fallback"));
    }

    [Fact]
    public void Colliding_names_get_numbered_in_the_order_given()
    {
        Assert.Equal(new[] { "customer", "customer_2", "employee", "customer_3" }, FidesKeys.Distinct(new[] { "customer", "customer", "employee", "customer" }));
    }

    [Fact]
    public void A_numbered_name_that_is_already_taken_is_skipped()
    {
        Assert.Equal(new[] { "customer_2", "customer", "customer_3" }, FidesKeys.Distinct(new[] { "customer_2", "customer", "customer" }));
    }
}
