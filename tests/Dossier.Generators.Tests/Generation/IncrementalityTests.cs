using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Generation;

public class IncrementalityTests
{
    private const string Tagged = """
        public partial class Customer
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            public Address? Home { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }

        [DataSubject]
        public partial class Patient
        {
            [PersonalData(DataCategory.Health)] public string? Diagnosis { get; set; }
        }

        public partial class Order
        {
            public Address? Shipping { get; set; }
        }
        """;

    private const string Unrelated = """
        public class Calculator
        {
            public int Add(int a, int b) => a + b;
        }
        """;

    [Fact]
    public void An_edit_that_touches_no_tagged_type_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.CreateCompilation(Tagged, Unrelated);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var unrelatedTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(unrelatedTree,
            CSharpSyntaxTree.ParseText(unrelatedTree.ToString().Replace("a + b", "b + a"), GeneratorHarness.ParseOptions, unrelatedTree.FilePath));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        var steps = new[]
        {
            PersonalDataGenerator.Steps.TaggedTypes, PersonalDataGenerator.Steps.DataSubjects,
            PersonalDataGenerator.Steps.ContainerTypes, PersonalDataGenerator.Steps.Types,
        };
        foreach (var step in steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked");
            foreach (var run in result.TrackedSteps[step])
            {
                foreach (var (_, reason) in run.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}");
                }
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    /// <summary>An untagged type above a tagged one, in the same file.</summary>
    private const string SharedFile = """
        public class Formatter
        {
            public string Format(int value) => value.ToString();
        }

        public partial class Member
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            public Address? Home { get; set; }

            public string Greeting() => "Hello " + Email;
        }

        public partial class Delivery
        {
            public Address? Destination { get; set; }

            public int Weight() => 2;
        }
        """;

    /// <summary>The steps after the per-type parses: the ones an edit that changes no model must never run again.</summary>
    private static readonly string[] LaterSteps =
    {
        PersonalDataGenerator.Steps.Types, PersonalDataGenerator.Steps.EmittedTypes, PersonalDataGenerator.Steps.TypeSources,
        PersonalDataGenerator.Steps.NamesActivities, PersonalDataGenerator.Steps.DeclaresActivities,
        PersonalDataGenerator.Steps.InventoryTypes, PersonalDataGenerator.Steps.Inventory,
    };

    private static readonly string[] DossierSteps = typeof(PersonalDataGenerator.Steps).GetFields()
        .Select(field => (string)field.GetRawConstantValue()!).ToArray();

    private static GeneratorRunResult RunEdited(string replace, string with) => RunEdited(replace, with, out _);

    private static GeneratorRunResult RunEdited(string replace, string with, out GeneratorRunResult before)
    {
        var compilation = GeneratorHarness.CreateCompilation(Tagged, SharedFile);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        before = driver.GetRunResult().Results.Single();
        var shared = compilation.SyntaxTrees.Last();
        Assert.Contains(replace, shared.ToString(), StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(shared,
            CSharpSyntaxTree.ParseText(shared.ToString().Replace(replace, with, StringComparison.Ordinal), GeneratorHarness.ParseOptions, shared.FilePath));
        return driver.RunGenerators(edited).GetRunResult().Results.Single();
    }

    private static List<string> NewWork(GeneratorRunResult result, IEnumerable<string> steps, bool sourceOutputs = false) =>
        steps.Where(result.TrackedSteps.ContainsKey)
            .SelectMany(step => result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => (step, output.Reason)))
            .Concat(sourceOutputs
                ? result.TrackedOutputSteps.SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(output => (step: step.Key, output.Reason)))
                : Enumerable.Empty<(string step, IncrementalStepRunReason Reason)>())
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(output => output.step + ": " + output.Reason)
            .ToList();

    [Fact]
    public void An_edit_to_an_untagged_type_in_the_file_of_a_tagged_type_regenerates_nothing()
    {
        var result = RunEdited("value.ToString()", "value.ToString(\"D\")");
        Assert.Empty(NewWork(result, DossierSteps, sourceOutputs: true));
    }

    [Fact]
    public void An_edit_to_a_method_of_a_tagged_type_regenerates_nothing()
    {
        var result = RunEdited("\"Hello \"", "\"Hi \"");

        // The parse of the type ran again and found the same model; nothing after it ran.
        Assert.Contains(result.TrackedSteps[PersonalDataGenerator.Steps.TaggedTypes].SelectMany(run => run.Outputs),
            output => output.Reason == IncrementalStepRunReason.Unchanged);
        AssertNotRunAgain(result, LaterSteps);
        Assert.Empty(NewWork(result, DossierSteps, sourceOutputs: true));
    }

    [Fact]
    public void An_edit_to_a_method_of_a_type_that_holds_personal_data_through_a_member_regenerates_nothing()
    {
        var result = RunEdited("Weight() => 2", "Weight() => 3");
        Assert.Contains(result.TrackedSteps[PersonalDataGenerator.Steps.ContainerTypes].SelectMany(run => run.Outputs),
            output => output.Reason == IncrementalStepRunReason.Unchanged);
        AssertNotRunAgain(result, LaterSteps);
        Assert.Empty(NewWork(result, DossierSteps, sourceOutputs: true));
    }

    [Fact]
    public void An_edit_above_a_tagged_type_in_its_file_runs_none_of_the_later_steps()
    {
        var result = RunEdited("value.ToString()", "value.ToString(\"D\")");
        AssertNotRunAgain(result, LaterSteps);
    }

    /// <summary>Every output of each step was taken from the last run: Roslyn did not call the step's code again.</summary>
    private static void AssertNotRunAgain(GeneratorRunResult result, IEnumerable<string> steps)
    {
        foreach (var step in steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked");
            Assert.All(result.TrackedSteps[step].SelectMany(run => run.Outputs),
                output => Assert.True(output.Reason == IncrementalStepRunReason.Cached, $"{step}: {output.Reason}"));
        }
    }

    [Fact]
    public void A_line_added_above_a_tagged_type_regenerates_none_of_its_code()
    {
        var result = RunEdited("public class Formatter", "// A line that moves every type below it.\npublic class Formatter", out var before);

        // The type's model changes (its inventory cites the new line); the model its code is generated from does not.
        Assert.Contains(PersonalDataGenerator.Steps.Types + ": Modified", NewWork(result, new[] { PersonalDataGenerator.Steps.Types }));
        Assert.True(result.TrackedSteps.ContainsKey(PersonalDataGenerator.Steps.EmittedTypes), "the emitted models are not tracked");
        Assert.Empty(NewWork(result, new[] { PersonalDataGenerator.Steps.EmittedTypes }));

        // The code of each type is not emitted again, and neither is whether any type names an activity.
        Assert.Empty(NewWork(result, new[] { PersonalDataGenerator.Steps.TypeSources, PersonalDataGenerator.Steps.NamesActivities }));

        // One source is written again: the inventory, whose JSON gives the member's new line. No type's code is.
        var rewritten = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs)
            .Count(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, rewritten);
        static string Inventory(GeneratorRunResult run) =>
            run.GeneratedSources.Single(source => !source.HintName.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        static string WithoutLines(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"line\\"":[0-9]+", "line");
        Assert.NotEqual(Inventory(before), Inventory(result));
        Assert.Equal(WithoutLines(Inventory(before)), WithoutLines(Inventory(result)));
    }

    [Fact]
    public void An_edit_to_a_tagged_member_regenerates_that_type()
    {
        var compilation = GeneratorHarness.CreateCompilation(Tagged, Unrelated);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var taggedTree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(taggedTree,
            CSharpSyntaxTree.ParseText(taggedTree.ToString().Replace("DataCategory.Health", "DataCategory.Genetic"), GeneratorHarness.ParseOptions, taggedTree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.Contains(result.GeneratedSources, source => source.HintName == "Patient.PersonalData.g.cs" && source.SourceText.ToString().Contains("\\tGenetic\\t"));
        Assert.Contains(result.TrackedSteps[PersonalDataGenerator.Steps.Types].SelectMany(run => run.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Types_holding_personal_data_only_through_members_get_generated_code()
    {
        var (_, generated, _) = GeneratorHarness.Run(Tagged);
        Assert.Equal(
            new[] { "Address.PersonalData.g.cs", "Customer.PersonalData.g.cs", "Order.PersonalData.g.cs", "Patient.PersonalData.g.cs" },
            generated.Keys.Where(key => key.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).OrderBy(key => key, StringComparer.Ordinal));
    }

    [Fact]
    public void Output_is_identical_from_run_to_run()
    {
        // The inventory names the (unique, per test run) assembly; the generated types must match byte for byte.
        static IEnumerable<KeyValuePair<string, string>> Types(IReadOnlyDictionary<string, string> generated) =>
            generated.Where(pair => pair.Key.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).OrderBy(pair => pair.Key, StringComparer.Ordinal);
        Assert.Equal(Types(GeneratorHarness.Run(Tagged).Generated), Types(GeneratorHarness.Run(Tagged).Generated));
    }
}
