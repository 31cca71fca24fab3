using System.Text.Json;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Hostile strings in personal data: the export must stay valid JSON that is safe to embed in HTML, give back the
/// exact value when parsed, and be byte-identical between the tree and the streaming forms.
/// </summary>
public class ExportEscapingTests(ExportModel model) : IClassFixture<ExportModel>
{
    public static TheoryData<string, string> HostileStrings()
    {
        var data = new TheoryData<string, string>
        {
            { "quote", "say \"hi\"" },
            { "backslash", @"C:\Users\ada\" },
            { "script end tag", "</script><script>alert(1)</script>" },
            { "HTML comment", "<!-- x --> & 'single' `back`" },
            { "line and paragraph separators", "a\u2028b\u2029c" },
            { "DEL and C1 controls", "\u007F\u0085\u009F" },
            { "byte order mark and noncharacters", "\uFEFF\uFFFE\uFFFF" },
            { "valid surrogate pair", "\U0001F600 smile" },
            { "every control character", new string(Enumerable.Range(0, 0x20).Select(code => (char)code).ToArray()) },
            { "very long", new string('x', 1_000_000) + "\"" + new string('\\', 100_000) },
        };
        for (var code = 0; code < 0x20; code++)
        {
            data.Add($"U+{code:X4}", "a" + (char)code + "b");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Hostile_strings_round_trip_through_both_forms(string kind, string hostile)
    {
        var json = Export(hostile);
        AssertHtmlSafe(json);
        var data = JsonDocument.Parse(json).RootElement.GetProperty("data");
        Assert.True(hostile == data.GetProperty("Text").GetProperty("value").GetString(), kind);
        Assert.Equal(hostile, data.GetProperty("Texts").GetProperty("value")[0].GetString());
        Assert.Equal(hostile, data.GetProperty("Map").GetProperty("value").GetProperty(hostile).GetString());
    }

    /// <summary>
    /// A lone surrogate is not text and has no UTF-8 form. The export writes U+FFFD (the Unicode replacement
    /// character) in its place, as UTF-8 decoders do, instead of failing the whole export of that person.
    /// </summary>
    private static readonly (string Hostile, string Expected)[] LoneSurrogates =
    {
        ("\uD800", "\uFFFD"),
        ("\uDC00", "\uFFFD"),
        ("a\uD83Db", "a\uFFFDb"),
        ("\uDE00\uD83D", "\uFFFD\uFFFD"),
        ("ok \U0001F600 \uD800", "ok \U0001F600 \uFFFD"),
    };

    // By index: test runners pass theory data through UTF-8, which would mend the lone surrogates before the test sees them.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Lone_surrogates_become_replacement_characters(int index)
    {
        var (hostile, expected) = LoneSurrogates[index];
        var json = Export(hostile);
        var data = JsonDocument.Parse(json).RootElement.GetProperty("data");
        Assert.Equal(expected, data.GetProperty("Text").GetProperty("value").GetString());
        Assert.Equal(expected, data.GetProperty("Texts").GetProperty("value")[0].GetString());
        Assert.Equal(expected, data.GetProperty("Map").GetProperty("value").GetProperty(expected).GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData('"')]
    [InlineData('<')]
    [InlineData(0x2028)]
    [InlineData(0xD800)]
    public void Hostile_characters_round_trip(int code)
    {
        var hostile = (char)code;
        var holder = model.Create("Holder");
        ExportModel.Set(holder, "Letter", hostile);
        var json = ExportModel.BothForms(holder);
        AssertHtmlSafe(json);
        var letter = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("Letter").GetProperty("value").GetString();
        Assert.Equal(char.IsSurrogate(hostile) ? "\uFFFD" : hostile.ToString(), letter);
    }

    private string Export(string hostile)
    {
        var holder = model.Create("Holder");
        ExportModel.Set(holder, "Text", hostile);
        ExportModel.List(holder, "Texts").Add(hostile);
        ((System.Collections.IDictionary)ExportModel.Get(holder, "Map")!)[hostile] = hostile;
        return ExportModel.BothForms(holder);
    }

    /// <summary>Nothing that could end a script block, open a comment or break a line in JavaScript is written raw.</summary>
    private static void AssertHtmlSafe(string json)
    {
        foreach (var raw in new[] { "<", ">", "&", "'", "\u2028", "\u2029" })
        {
            Assert.DoesNotContain(raw, json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(json, character => character < 0x20 && character is not ('\n' or '\r' or ' '));
    }
}
