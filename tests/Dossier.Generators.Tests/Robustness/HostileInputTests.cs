using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>Attributes with arguments the compiler or Dossier rejects, and files far larger than any real one.</summary>
public class HostileInputTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> CompilerRejected => new()
    {
        { "null category", "[PersonalData(null)]" },
        { "string for category", "[PersonalData(\"Email\")]" },
        { "int for category", "[PersonalData(3)]" },
        { "missing named value", "[PersonalData(DataCategory.Email, Purpose = )]" },
        { "named argument that does not exist", "[PersonalData(DataCategory.Email, Nope = 1)]" },
        { "wrong type for Export", "[PersonalData(DataCategory.Email, Export = 3)]" },
        { "wrong type for Recipients", "[PersonalData(DataCategory.Email, Recipients = \"MailCo\")]" },
        { "two categories", "[PersonalData(DataCategory.Email, DataCategory.Phone)]" },
        { "non-constant purpose", "[PersonalData(DataCategory.Email, Purpose = Holder.Text)]" },
        { "unclosed argument list", "[PersonalData(DataCategory.Email, Purpose = \"x\"" },
        { "duplicate attribute", "[PersonalData(DataCategory.Email)][PersonalData(DataCategory.Phone)]" },
    };

    [Theory]
    [MemberData(nameof(CompilerRejected))]
    public async Task Arguments_the_compiler_rejects_crash_nothing(string kind, string attribute)
    {
        var result = await Probe.RunAsync($$"""
            using Dossier;
            public partial class Holder
            {
                public static string Text = "x";
                {{attribute}} public string? Email { get; set; }
                [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            }
            """);
        Assert.True(result.CompilerDiagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error), kind + ": the compiler should reject it");
        Probe.GeneratedCodeIsClean(result);
    }

    public static TheoryData<string, string> DossierRejected => new()
    {
        { "(DataCategory)999", "DataCategory value 999" },
        { "DataCategory.Email, Erasure = (Erasure)42", "Erasure value 42" },
        { "DataCategory.Email, LegalBasis = (LegalBasis)(-1)", "LegalBasis value -1" },
        { "DataCategory.Email, Retention = null", "Retention of 'Email' is null" },
        { "DataCategory.Email, Recipients = new string[] { null! }", "A recipient of 'Email' has no name" },
        { "DataCategory.Email, Retention = \"two years\"", "two years" },
        { "DataCategory.Email, Erasure = Erasure.Retain", "Email" },
        { "DataCategory.Email, Recipients = new[] { \"Nobody\" }", "Nobody" },
    };

    [Theory]
    [MemberData(nameof(DossierRejected))]
    public async Task Out_of_range_and_invalid_values_are_reported_and_still_export(string arguments, string message)
    {
        var result = await Probe.RunAsync($$"""
            using Dossier;
            public partial class Holder { [PersonalData({{arguments}})] public string? Email { get; set; } }
            public static class Scenario
            {
                public static string Run()
                {
                    var holder = new Holder { Email = "ada@example.com" };
                    return holder.ExportPersonalData().ToJson();
                }
            }
            """);
        Assert.Contains(result.Dossier, diagnostic => diagnostic.Id == "PII008" && diagnostic.GetMessage().Contains(message, StringComparison.Ordinal));
        var json = System.Text.Json.JsonDocument.Parse(Probe.Run(result)).RootElement;
        Assert.Equal("ada@example.com", json.GetProperty("data").GetProperty("Email").GetProperty("value").GetString());
    }

    /// <summary>Long purposes make the file pass a megabyte.</summary>
    private static readonly string Filler = string.Concat(Enumerable.Repeat("sending the account notices that the contract requires, and nothing else; ", 2));

    [Fact]
    public async Task A_one_megabyte_file_with_5000_tagged_members()
    {
        const int count = 5000;
        var source = new StringBuilder("using Dossier;\npublic partial class Huge\n{\n");
        for (var i = 0; i < count; i++)
        {
            source.Append("    [PersonalData(DataCategory.Email, Purpose = \"Purpose ").Append(i).Append(": ").Append(Filler).Append("\", ")
                .Append("LegalBasis = LegalBasis.Contract, Retention = \"P2Y\", Erasure = Erasure.").Append(i % 2 == 0 ? "Delete" : "Anonymize").Append(")]\n")
                .Append("    public string? Member").Append(i).Append(" { get; set; }\n");
        }

        source.Append("""
            }
            public static class Scenario
            {
                public static string Run()
                {
                    var huge = new Huge();
                    foreach (var property in typeof(Huge).GetProperties()) property.SetValue(huge, "value of " + property.Name);
                    var exported = huge.ExportPersonalData().Entries.Count;
                    var erased = huge.ErasePersonalData().Erased.Count();
                    var left = typeof(Huge).GetProperties().Count(property => ((string?)property.GetValue(huge))?.StartsWith("value of ") == true);
                    return exported + "," + erased + "," + left;
                }
            }
            """);
        var text = "using System.Linq;\n" + source;
        Assert.True(text.Length > 1_000_000, $"The file is {text.Length} characters.");

        var watch = Stopwatch.StartNew();
        var result = await Probe.RunAsync(text);
        output.WriteLine($"{text.Length:N0} characters: generator and analyzers in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal($"{count},{count},0", Probe.Run(result));
    }
}
