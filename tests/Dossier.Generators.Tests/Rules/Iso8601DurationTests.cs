using Dossier.Generators.Analyzers.Declarations;

namespace Dossier.Generators.Tests.Rules;

public class Iso8601DurationTests
{
    [Theory]
    [InlineData("P2Y")]
    [InlineData("P30D")]
    [InlineData("P1Y6M")]
    [InlineData("P6W")]
    [InlineData("P1Y2M3W4DT5H6M7S")]
    [InlineData("PT36H")]
    [InlineData("PT0.5S")]
    [InlineData("P1.5Y")]
    [InlineData("P1Y2,5M")]
    [InlineData("P0D")]
    public void Accepts_durations(string value) => Assert.True(Iso8601Duration.IsValid(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P2YT")]
    [InlineData("2 years")]
    [InlineData("p2y")]
    [InlineData("P2Y ")]
    [InlineData("-P2Y")]
    [InlineData("P2M1Y")]
    [InlineData("P1.5Y2M")]
    [InlineData("P.5Y")]
    [InlineData("P5.Y")]
    [InlineData("P2H")]
    [InlineData("PT2D")]
    [InlineData("P2Y2Y")]
    [InlineData("P٣Y")]
    public void Rejects_everything_else(string? value) => Assert.False(Iso8601Duration.IsValid(value));

    [Theory]
    [InlineData("2 years", "P2Y")]
    [InlineData("1 year", "P1Y")]
    [InlineData("a year", "P1Y")]
    [InlineData("6 months", "P6M")]
    [InlineData("30 days", "P30D")]
    [InlineData("2 weeks", "P2W")]
    [InlineData("36 hours", "PT36H")]
    [InlineData("90d", "P90D")]
    [InlineData("36h", "PT36H")]
    [InlineData("10 yrs", "P10Y")]
    [InlineData("45 minutes", "PT45M")]
    [InlineData("1 year, 6 months", "P1Y6M")]
    [InlineData("6 months and 1 year", "P1Y6M")]
    [InlineData("1.5 years", "P1.5Y")]
    [InlineData("1 day 12 hours", "P1DT12H")]
    [InlineData(" p2y ", "P2Y")]
    public void Suggests_the_ISO_form_of_everyday_wording(string value, string expected) => Assert.Equal(expected, Iso8601Duration.Suggest(value));

    [Theory]
    [InlineData("forever")]
    [InlineData("2")]
    [InlineData("2 fortnights")]
    [InlineData("1 year 2 years")]
    [InlineData("5 m")]
    [InlineData("1.5 years 2 months")]
    [InlineData("")]
    public void Suggests_nothing_it_cannot_derive(string value) => Assert.Null(Iso8601Duration.Suggest(value));
}
