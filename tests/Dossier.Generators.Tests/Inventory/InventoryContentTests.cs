using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Generators.Tests.Infrastructure;
using Json.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Inventory;

/// <summary>What the inventory says, checked against its schema, at run time and across edits.</summary>
public class InventoryContentTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "inventory.schema.json"))));

    [Fact]
    public void Json_follows_the_documented_schema()
    {
        var result = Validate(InventoryHarness.Json(InventoryModel.Sources));

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void Json_of_a_project_with_nothing_declared_follows_the_schema_too()
    {
        var json = InventoryHarness.Json("public class Plain { public int Count { get; set; } }");

        Assert.True(Validate(json).IsValid, Describe(Validate(json)));
        var root = JsonNode.Parse(json)!;
        Assert.True(root["gaps"]!["controllerMissing"]!.GetValue<bool>());
        Assert.Empty(root["subjects"]!.AsArray());
    }

    [Fact]
    public void The_schema_rejects_what_the_contract_does_not_allow()
    {
        var json = JsonNode.Parse(InventoryHarness.Json(InventoryModel.Sources))!;
        json["subjects"]![0]!["members"]![0]!["category"] = "Hobby";

        Assert.False(Validate(json.ToJsonString()).IsValid);
    }

    [Fact]
    public void Subjects_reach_nested_objects_and_collections_but_not_non_personal_members()
    {
        var json = JsonNode.Parse(InventoryHarness.Json(InventoryModel.Sources))!;
        var customer = json["subjects"]!.AsArray().Single(subject => (string?)subject!["name"] == "Customer")!;
        var paths = customer["members"]!.AsArray().Select(member => (string?)member!["path"]).ToList();

        Assert.Contains("Customer.Home.Street", paths);
        Assert.Contains("Customer.Orders[].ShipTo.Street", paths);
        Assert.DoesNotContain(paths, path => path!.Contains("LoyaltyPoints") || path.Contains("Country") || path.Contains("ReferredBy"));
        var street = customer["members"]!.AsArray().Single(member => (string?)member!["path"] == "Customer.Home.Street")!;
        Assert.Equal("File1.cs", (string?)street["source"]!["file"]);
    }

    [Fact]
    public void Employee_gets_the_members_of_its_base_type()
    {
        var json = JsonNode.Parse(InventoryHarness.Json(InventoryModel.Sources))!;
        var employee = json["subjects"]!.AsArray().Single(subject => (string?)subject!["name"] == "Employee")!;

        var fullName = employee["members"]!.AsArray().Single(member => (string?)member!["path"] == "Employee.FullName")!;
        Assert.Equal("Staff.Person", (string?)fullName["type"]);
        Assert.DoesNotContain(json["unreachedTypes"]!.AsArray(), type => (string?)type!["type"] == "Staff.Person");
    }

    [Fact]
    public void Source_paths_are_absolute_when_the_build_gives_no_project_directory()
    {
        var compilation = GeneratorHarness.CreateCompilation(InventoryModel.Sources);
        InventoryHarness.CreateDriver(projectDirectory: null).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var json = InventoryHarness.Constant(output);
        Assert.Contains("\"file\":\"/src/File1.cs\"", json);
    }

    [Fact]
    public void The_same_inventory_is_readable_at_run_time()
    {
        const string scenario = """
            public static class Scenario
            {
                public static string Run() => Dossier.Generated.PersonalDataInventory.Json;
            }
            """;
        var sources = InventoryModel.Sources.Append(scenario).ToArray();

        var atRunTime = GeneratorHarness.RunScenario(sources);

        Assert.Contains("\"path\":\"Customer.Home.Street\"", atRunTime);
        Assert.True(Validate(atRunTime).IsValid, Describe(Validate(atRunTime)));
        using var _ = JsonDocument.Parse(atRunTime);
    }

    [Fact]
    public void The_json_is_compact_one_line_without_indentation()
    {
        var json = InventoryHarness.Json(InventoryModel.Sources);

        Assert.StartsWith("{\"schemaVersion\":1,\"generator\":\"Dossier ", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", json);
        Assert.DoesNotContain("\": ", json);
    }

    [Fact]
    public void An_edit_that_touches_no_personal_data_leaves_the_inventory_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(InventoryModel.Sources);
        var driver = InventoryHarness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { public int Count; }", GeneratorHarness.ParseOptions));
        var steps = driver.RunGenerators(edited).GetRunResult().Results.Single().TrackedSteps;

        foreach (var name in new[]
                 {
                     PersonalDataGenerator.Steps.InventoryFacts, PersonalDataGenerator.Steps.InventoryPolicies, PersonalDataGenerator.Steps.InventoryTypes,
                     PersonalDataGenerator.Steps.Inventory,
                 })
        {
            var reasons = steps[name].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
            Assert.True(reasons.Count > 0 && reasons.All(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                name + ": " + string.Join(", ", reasons));
        }
    }

    [Fact]
    public void A_configuration_that_changes_a_rule_changes_the_gaps()
    {
        var compilation = GeneratorHarness.CreateCompilation(InventoryModel.Sources);
        var driver = InventoryHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var before, out _);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptions(
            ImmutableDictionary<string, string>.Empty.Add("build_property.MSBuildProjectDirectory", InventoryHarness.ProjectDirectory),
            ImmutableDictionary<string, string>.Empty.Add("dossier.encryption_required", "none")));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var after, out _);

        Assert.Contains(driver.GetRunResult().Results.Single().TrackedSteps[PersonalDataGenerator.Steps.Inventory].SelectMany(step => step.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
        static int Unencrypted(Compilation output) => JsonNode.Parse(InventoryHarness.Constant(output))!["gaps"]!["specialCategoryUnencrypted"]!.AsArray().Count;
        Assert.True(Unencrypted(before) > 0);
        Assert.Equal(0, Unencrypted(after));
    }

    [Fact]
    public void An_edit_to_a_tag_changes_the_inventory()
    {
        var compilation = GeneratorHarness.CreateCompilation(InventoryModel.Sources);
        var driver = InventoryHarness.CreateDriver().RunGenerators(compilation);
        var shop = compilation.SyntaxTrees.Single(tree => tree.ToString().Contains("namespace Shop"));

        var edited = compilation.ReplaceSyntaxTree(shop, shop.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            shop.ToString().Replace("Purpose = \"Delivery instructions\"", "Purpose = \"Courier notes\""))));
        var steps = driver.RunGenerators(edited).GetRunResult().Results.Single().TrackedSteps;

        Assert.Contains(steps[PersonalDataGenerator.Steps.Inventory].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
    }

    internal static EvaluationResults Validate(string json) =>
        Schema.Value.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    internal static string Describe(EvaluationResults result) => string.Join("\n", result.Details
        .Where(detail => detail.Errors is { Count: > 0 })
        .SelectMany(detail => detail.Errors!.Select(error => detail.InstanceLocation + ": " + error.Key + " " + error.Value)));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Analyzers.sln) was not found above " + AppContext.BaseDirectory);
    }
}
