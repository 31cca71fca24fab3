namespace Dossier.Tests;

/// <summary>An erasure is scoped to an activity one call at a time, never by default.</summary>
public class ErasureOptionsActivityTests
{
    [Fact]
    public void ForActivity_scopes_a_copy_and_keeps_the_key()
    {
        var key = Enumerable.Range(0, 32).Select(value => (byte)value).ToArray();
        var options = new ErasureOptions { PseudonymizationKey = key };

        var scoped = options.ForActivity("Newsletter");

        Assert.Equal("Newsletter", scoped.Activity);
        Assert.Equal(key, scoped.PseudonymizationKey);
        Assert.Null(options.Activity);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ForActivity_needs_a_name(string name) =>
        Assert.Throws<ArgumentException>("activity", () => new ErasureOptions().ForActivity(name));

    [Fact]
    public void The_default_options_cannot_be_scoped()
    {
        var before = ErasureOptions.Default;
        var exception = Assert.Throws<ArgumentException>("value", () => ErasureOptions.Default = new ErasureOptions().ForActivity("Newsletter"));
        Assert.Contains("cannot be scoped", exception.Message, StringComparison.Ordinal);
        Assert.Same(before, ErasureOptions.Default);
    }
}
