using System.IO;
using Dossier.Build.Tasks.Rendering;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dossier.Build.Tasks.Tests.Rendering;

/// <summary>Every string Dossier writes into YAML reads back, through a real YAML parser, as the same string.</summary>
public class YamlScalarTests
{
    public static TheoryData<string> Hostile => new()
    {
        "",
        " ",
        "  leading spaces",
        "trailing spaces  ",
        "key: value",
        "ends with a colon:",
        "# a comment",
        "text # not a comment",
        "- a list item",
        "? a complex key",
        "[a, b]",
        "{a: b}",
        "&anchor",
        "*alias",
        "!tag",
        "!!str",
        "%YAML 1.2",
        "@reserved",
        "`reserved",
        "|",
        ">",
        "'single' quotes",
        "\"double\" quotes",
        "back\\slash",
        "line\nbreak",
        "carriage\r\nreturn",
        "\ttab",
        "null\0char",
        "bell\u0007 and escape\u001B",
        "delete\u007F",
        "next line\u0085",
        "line separator\u2028paragraph separator\u2029",
        "byte order mark\uFEFF",
        "no-break\u00A0space",
        "Straße, Ærø, Łódź, 東京, Ελληνικά",
        "combining e\u0301",
        "emoji 🙂 outside the basic plane",
        "right-to-left \u202Etext",
        "yes", "No", "ON", "off", "y", "N", "true", "False", "null", "Null", "~",
        "0x1F", "0o17", "017", "1_000", "1:20", "1e3", ".5", "-.inf", ".NaN", "12", "-3",
        "2024-01-01",
        "---",
        "...",
        "a: b: c",
        "multi\n\nline\n",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_string_reads_back_unchanged(string value)
    {
        var (read, _) = ReadBack(value);

        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Off")]
    [InlineData("null")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData("2024-01-01")]
    public void A_word_yaml_1_1_reads_as_something_else_is_quoted(string value)
    {
        var (_, style) = ReadBack(value);

        Assert.Equal(ScalarStyle.DoubleQuoted, style);
    }

    [Theory]
    [InlineData("user.contact.email")]
    [InlineData("P2Y")]
    [InlineData("Sign-in and order notices")]
    [InlineData("Shop/Customer.cs")]
    public void Plain_text_stays_plain(string value)
    {
        Assert.Equal(value, YamlScalar.Write(value));
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        var (read, _) = ReadBack("broken \uD800 pair");

        Assert.Equal("broken \uFFFD pair", read);
    }

    [Fact]
    public void A_quoted_value_stays_on_one_line()
    {
        Assert.DoesNotContain('\n', YamlScalar.Write("line\nbreak\u2028and\u0085more"));
    }

    private static (string Value, ScalarStyle Style) ReadBack(string value)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("key: " + YamlScalar.Write(value) + "\n"));
        var scalar = (YamlScalarNode)((YamlMappingNode)stream.Documents.Single().RootNode)["key"];
        return (scalar.Value ?? throw new InvalidOperationException("No value."), scalar.Style);
    }
}
