using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Activities;

/// <summary>
/// Activities are described once per assembly, so a change to a declaration rewrites that one description and no
/// type's code; types are written again only when the assembly starts or stops declaring activities at all.
/// </summary>
public class ActivityIncrementalityTests
{
    private const string Declarations = """
        [assembly: ProcessingActivity("Newsletter", Purpose = "Monthly newsletter", LegalBasis = LegalBasis.Consent)]
        """;

    private const string Types = """
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Newsletter" })] public string? Email { get; set; }
            public Address? Home { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }
        """;

    [Fact]
    public void Editing_a_declaration_rewrites_the_activities_and_no_types_code()
    {
        var (before, after) = Run(Declarations.Replace("Monthly newsletter", "Weekly newsletter", StringComparison.Ordinal));

        Assert.Equal(TypeSources(before), TypeSources(after));
        Assert.Contains("Weekly newsletter", Catalog(after), StringComparison.Ordinal);
        Assert.DoesNotContain("Weekly newsletter", Catalog(before), StringComparison.Ordinal);
        var typeSources = after.TrackedSteps[PersonalDataGenerator.Steps.TypeSources].SelectMany(run => run.Outputs).ToList();
        Assert.Equal(2, typeSources.Count);
        Assert.All(typeSources, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void The_first_declaration_gives_every_type_the_assemblys_activities()
    {
        var (before, after) = Run("[assembly: ProcessingActivity(\"Newsletter\", Purpose = \"Monthly newsletter\", LegalBasis = LegalBasis.Consent)]",
            initial: "// No activities yet.");

        Assert.DoesNotContain("ProcessingActivities.Catalog", Source(before, "Address.PersonalData.g.cs"), StringComparison.Ordinal);
        Assert.Contains("ProcessingActivities.Catalog", Source(after, "Address.PersonalData.g.cs"), StringComparison.Ordinal);
    }

    private static (GeneratorRunResult Before, GeneratorRunResult After) Run(string edited, string initial = Declarations)
    {
        var compilation = GeneratorHarness.CreateCompilation(Types, initial);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();
        var tree = compilation.SyntaxTrees.Last();
        var changed = compilation.ReplaceSyntaxTree(tree,
            CSharpSyntaxTree.ParseText(tree.ToString().Replace(initial, edited, StringComparison.Ordinal), GeneratorHarness.ParseOptions, tree.FilePath));
        return (before, driver.RunGenerators(changed).GetRunResult().Results.Single());
    }

    private static string[] TypeSources(GeneratorRunResult run) => run.GeneratedSources
        .Where(source => source.HintName.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal))
        .OrderBy(source => source.HintName, StringComparer.Ordinal).Select(source => source.SourceText.ToString()).ToArray();

    private static string Catalog(GeneratorRunResult run) => Source(run, "ProcessingActivities.g.cs");

    private static string Source(GeneratorRunResult run, string hintName) =>
        run.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();
}
