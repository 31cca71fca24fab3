using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Modern and unusual C# that holds personal data: nothing crashes, and the generated export and erasure compile
/// and do their job, or a diagnostic names what cannot be generated.
/// </summary>
public class LanguageFeatureTests
{
    [Fact]
    public async Task Top_level_statements_use_the_generated_code()
    {
        const string source = """
            using Dossier;
            var customer = new Customer { Email = "ada@example.com" };
            Output.Export = customer.ExportPersonalData().ToJson();
            customer.ErasePersonalData();
            Output.Erased = customer.Email;

            public static class Output { public static string? Export; public static string? Erased; }
            public partial class Customer { [PersonalData(DataCategory.Email)] public string? Email { get; set; } }
            """;
        var result = await RunAsProgram(source);
        Probe.Compiles(result);
        var assembly = Probe.Load(result.Output);
        Probe.Invoke(() => assembly.EntryPoint!.Invoke(null, new object[] { Array.Empty<string>() }));
        var output = assembly.GetType("Output")!;
        Assert.Contains("ada@example.com", (string)output.GetField("Export")!.GetValue(null)!);
        Assert.Null(output.GetField("Erased")!.GetValue(null));
    }

    [Fact]
    public async Task File_scoped_namespace_and_file_local_types()
    {
        var result = await Probe.RunAsync("""
            using Dossier;
            namespace Acme.Crm;
            file partial class Secret { [PersonalData(DataCategory.Email)] public string? Email { get; set; } }
            public partial class Customer { [PersonalData(DataCategory.Email)] public string? Email { get; set; } }
            """);
        Probe.Reported(result, "PII006", "Secret");
        Assert.Contains("Acme.Crm.Customer.PersonalData.g.cs", result.Generated.Keys);
        Assert.DoesNotContain("Acme.Crm.Secret.PersonalData.g.cs", result.Generated.Keys);
        Probe.Compiles(result);
    }

    public static TheoryData<string> PartialProperties => new()
    {
        "[PersonalData(DataCategory.Email)] public partial string? Email { get; set; }\n public partial string? Email { get => _email; set => _email = value; }",
        "public partial string? Email { get; set; }\n [PersonalData(DataCategory.Email)] public partial string? Email { get => _email; set => _email = value; }",
    };

    [Theory]
    [MemberData(nameof(PartialProperties))]
    public async Task Partial_properties_are_exported_and_erased_whichever_part_is_tagged(string declarations)
    {
        var result = await Probe.RunAsync($$"""
            using Dossier;
            public partial class Customer { private string? _email; {{declarations}} }
            public static class Scenario
            {
                public static string Run()
                {
                    var customer = new Customer { Email = "ada@example.com" };
                    var export = customer.ExportPersonalData()["Email"]!.Value.ToString();
                    customer.ErasePersonalData();
                    return export + "|" + (customer.Email ?? "null");
                }
            }
            """);
        Assert.Equal("ada@example.com|null", Probe.Run(result));
        var reported = result.Dossier.Select(diagnostic => diagnostic.Id).ToList();
        Assert.Equal(reported.Distinct(), reported);
    }

    [Fact]
    public async Task Primary_constructors_of_classes_and_structs()
    {
        var result = await Probe.RunAsync("""
            using Dossier;
            public partial class Customer([PersonalData(DataCategory.Email)] string email)
            {
                [PersonalData(DataCategory.Name)] public string? Name { get; set; } = email;
            }
            public partial struct Badge([PersonalData(DataCategory.Email)] string email)
            {
                [PersonalData(DataCategory.Name)] public string? Name { get; set; } = email;
            }
            public static class Scenario
            {
                public static string Run()
                {
                    var customer = new Customer("ada");
                    var badge = new Badge("bob");
                    var export = customer.ExportPersonalData()["Name"]!.Value + "," + badge.ExportPersonalData()["Name"]!.Value;
                    customer.ErasePersonalData();
                    badge.ErasePersonalData();
                    return export + "|" + (customer.Name ?? "null") + "," + (badge.Name ?? "null");
                }
            }
            """);
        Probe.Reported(result, "PII006", "email");
        Assert.Equal(2, result.Dossier.Count(diagnostic => diagnostic.Id == "PII006"));
        Assert.Equal("ada,bob|null,null", Probe.Run(result));
    }

    [Fact]
    public async Task Required_and_init_only_members()
    {
        var result = await Probe.RunAsync("""
            using System.Linq;
            using Dossier;
            public partial class Customer
            {
                [PersonalData(DataCategory.Email)] public required string Email { get; set; }
                [PersonalData(DataCategory.Name)] public string? Name { get; init; }
                [PersonalData(DataCategory.Identifier, Erasure = Erasure.Retain, RetentionReason = "Contract law")] public string? Number { get; init; }
                [PersonalData(DataCategory.Phone)] public required string Phone { get; init; }
            }
            public static class Scenario
            {
                public static string Run()
                {
                    var customer = new Customer { Email = "ada@example.com", Name = "Ada", Number = "42", Phone = "123" };
                    var report = customer.ErasePersonalData();
                    return (customer.Email ?? "null") + "," + customer.Name + "," + customer.Number + "|" + report.Retained.Count();
                }
            }
            """);
        Probe.Reported(result, "PII005", "Name");
        Probe.Reported(result, "PII005", "Phone");
        Assert.DoesNotContain(result.Dossier, diagnostic => diagnostic.Id == "PII005" && diagnostic.GetMessage().Contains("'Number'"));
        Assert.Equal(",Ada,42|1", Probe.Run(result));
    }

    [Fact]
    public async Task Generic_constraints_and_nested_generics()
    {
        var result = await Probe.RunAsync("""
            using System.Collections.Generic;
            using Dossier;
            public partial class Address { [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; } }
            public partial class Box<T> where T : class, IPersonalData, new()
            {
                public T? Item { get; set; }
                [PersonalData(DataCategory.Other)] public string? Label { get; set; }
            }
            public partial class Slot<T> where T : struct
            {
                [PersonalData(DataCategory.Other)] public T Value { get; set; }
                [PersonalData(DataCategory.Other)] public T? Maybe { get; set; }
            }
            public partial class Book
            {
                public Dictionary<string, List<Address>> ByCity { get; set; } = new();
                [PersonalData(DataCategory.Phone)] public List<List<string>> Phones { get; set; } = new();
                [PersonalData(DataCategory.Phone)] public Dictionary<string, Dictionary<int, string>> Lines { get; set; } = new();
            }
            public partial class Outer<T> { public partial class Inner<U> { [PersonalData(DataCategory.Other)] public U? Value { get; set; } } }
            public static class Scenario
            {
                public static string Run()
                {
                    var box = new Box<Address> { Item = new Address { Street = "Main St" }, Label = "home" };
                    var slot = new Slot<int> { Value = 7, Maybe = 8 };
                    var book = new Book();
                    book.ByCity["Paris"] = new List<Address> { new() { Street = "Rue 1" } };
                    book.Phones.Add(new List<string> { "555" });
                    book.Lines["home"] = new Dictionary<int, string> { [1] = "556" };
                    var inner = new Outer<int>.Inner<string> { Value = "x" };
                    var json = box.ExportPersonalData().ToJson() + slot.ExportPersonalData().ToJson() + book.ExportPersonalData().ToJson() + inner.ExportPersonalData().ToJson();
                    box.ErasePersonalData(); slot.ErasePersonalData(); book.ErasePersonalData(); inner.ErasePersonalData();
                    var erased = (box.Item.Street ?? "null") + "," + slot.Value + "," + (slot.Maybe?.ToString() ?? "null") + "," +
                        (book.ByCity["Paris"][0].Street ?? "null") + "," + book.Phones.Count + "," + book.Lines.Count + "," + (inner.Value ?? "null");
                    return json + "|" + erased;
                }
            }
            """);
        var output = Probe.Run(result).Split('|');
        foreach (var value in new[] { "Main St", "home", "Rue 1", "555", "556", "\"x\"" })
        {
            Assert.True(output[0].Contains(value, StringComparison.Ordinal), $"'{value}' is missing from the export:\n{output[0]}");
        }

        Assert.Equal("null,0,null,null,0,0,null", output[1]);
    }

    [Fact]
    public async Task Records_with_tagged_positional_parameters()
    {
        var result = await Probe.RunAsync("""
            using Dossier;
            public partial record Person([PersonalData(DataCategory.Email)] string Email);
            public partial record Kept([PersonalData(DataCategory.Email, Erasure = Erasure.Retain, RetentionReason = "Law")] string Email);
            public partial record struct Point([PersonalData(DataCategory.Location, Erasure = Erasure.Anonymize)] double Latitude, int Zoom);
            public static class Scenario
            {
                public static string Run()
                {
                    var kept = new Kept("ada@example.com");
                    var point = new Point(51.5, 3);
                    var export = kept.ExportPersonalData()["Email"]!.Value + "," + point.ExportPersonalData()["Latitude"]!.Value;
                    kept.ErasePersonalData();
                    point.ErasePersonalData();
                    return export + "|" + kept.Email + "," + point.Zoom;
                }
            }
            """);
        Probe.Reported(result, "PII005", "Email");
        Assert.Equal("ada@example.com,51.5|ada@example.com,3", Probe.Run(result));
    }

    [Theory]
    [InlineData(false, "Name")]
    [InlineData(true, "Email")]
    public async Task Conditional_regions_generate_for_the_active_branch(bool debug, string member)
    {
        const string source = """
            using Dossier;
            public partial class Customer
            {
            #if DEBUG
                [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            #else
                [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            #endif
            }
            public static class Scenario
            {
                public static string Run() => string.Join(",", new Customer().ExportPersonalData().Entries.Select(entry => entry.Member.Name));
            }
            """;
        var parse = CrashProbe.ParseOptions.WithPreprocessorSymbols(debug ? new[] { "DEBUG" } : Array.Empty<string>());
        var compilation = CrashProbe.Compile(new[] { ("/src/Probe.cs", "using System.Linq;\n" + source) })
            .RemoveAllSyntaxTrees()
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("using System.Linq;\n" + source, parse, "/src/Probe.cs"));
        var driver = CSharpGeneratorDriver.Create(new[] { new PersonalDataGenerator().AsSourceGenerator() }, parseOptions: parse);
        var (result, _) = await CrashProbe.RunAsync(compilation, driver);
        Assert.Empty(result.Crashes);
        Assert.Equal(member, Probe.Run(result));
    }

    [Fact]
    public async Task Same_type_name_in_two_namespaces()
    {
        var result = await Probe.RunAsync("""
            using Dossier;
            namespace A { public partial class Customer { [PersonalData(DataCategory.Email)] public string? Email { get; set; } } }
            namespace B
            {
                public partial class Customer { [PersonalData(DataCategory.Phone)] public string? Phone { get; set; } public A.Customer? Other { get; set; } }
            }
            public static class Scenario
            {
                public static string Run()
                {
                    var customer = new B.Customer { Phone = "555", Other = new A.Customer { Email = "ada@example.com" } };
                    var json = customer.ExportPersonalData().ToJson();
                    customer.ErasePersonalData();
                    return json + "|" + (customer.Phone ?? "null") + "," + (customer.Other.Email ?? "null");
                }
            }
            """);
        var output = Probe.Run(result).Split('|');
        Assert.Contains("555", output[0]);
        Assert.Contains("ada@example.com", output[0]);
        Assert.Equal("null,null", output[1]);
        Assert.Contains("A.Customer.PersonalData.g.cs", result.Generated.Keys);
        Assert.Contains("B.Customer.PersonalData.g.cs", result.Generated.Keys);
    }

    [Fact]
    public async Task Without_a_Dossier_reference_nothing_is_reported_or_generated_wrongly()
    {
        var result = await Probe.RunAsync(RichSource.Text, referenceDossier: false);
        Assert.Empty(result.Dossier);
        Assert.DoesNotContain(result.Generated.Keys, name => name.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal) && name != "PersonalDataInventory.g.cs");
        Probe.GeneratedCodeIsClean(result);
    }

    /// <summary>Runs code whose only errors are Dossier's own (PII005/PII006 are errors, and they leave the member out).</summary>
    private static string RunIgnoringDossierErrors(ProbeResult result) => Probe.Run(result);

    private static async Task<ProbeResult> RunAsProgram(string source)
    {
        var compilation = CrashProbe.Compile(new[] { ("/src/Program.cs", source) }, kind: OutputKind.ConsoleApplication);
        var (result, _) = await CrashProbe.RunAsync(compilation, CrashProbe.CreateDriver());
        Assert.Empty(result.Crashes);
        return result;
    }
}
