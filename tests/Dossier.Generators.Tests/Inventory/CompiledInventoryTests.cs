using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests.Inventory;

/// <summary>
/// What the generator compiles into the assembly: one constant, the inventory's JSON, whatever files the build writes
/// from it (the build task renders them all); and nothing with <c>DossierInventory=false</c>.
/// </summary>
public class CompiledInventoryTests
{
    [Fact]
    public void Without_the_properties_only_the_json_is_compiled_in() =>
        Assert.Equal(new[] { "Json" }, Constants());

    [Fact]
    public void DossierFidesDataset_and_DossierApprove_compile_in_nothing_more() =>
        Assert.Equal(new[] { "Json" }, Constants(("DossierFidesDataset", "true"), ("DossierApprove", " True ")));

    [Fact]
    public void DossierInventory_false_compiles_in_no_inventory_at_all()
    {
        var (output, generated, _) = GeneratorHarness.Run(Options(("DossierInventory", " False ")), InventoryModel.Sources);

        Assert.Null(output.GetTypeByMetadataName(Dossier.Generators.Inventory.InventoryConstants.MetadataName));
        Assert.DoesNotContain(generated.Keys, name => name.Contains(Dossier.Generators.Inventory.InventoryConstants.TypeName, StringComparison.Ordinal));
        Assert.NotEmpty(generated);
    }

    [Fact]
    public void DossierApprove_compiles_the_json_in_even_with_DossierInventory_false() =>
        Assert.Equal(new[] { "Json" }, Constants(("DossierInventory", "false"), ("DossierApprove", "true")));

    [Fact]
    public void A_DossierInventory_set_to_anything_but_false_leaves_the_inventory_on() =>
        Assert.Equal(new[] { "Json" }, Constants(("DossierInventory", "")));

    [Fact]
    public void Turning_the_dataset_on_in_the_ide_regenerates_nothing()
    {
        var compilation = GeneratorHarness.CreateCompilation(InventoryModel.Sources);
        var driver = InventoryHarness.CreateDriver().RunGenerators(compilation);
        var result = driver.WithUpdatedAnalyzerConfigOptions(InventoryHarness.CreateOptions(properties: ("DossierFidesDataset", "true"))).RunGenerators(compilation).GetRunResult();

        Assert.Equal(0, Changed(result));
    }

    [Fact]
    public void Turning_the_inventory_off_in_the_ide_changes_only_the_inventory()
    {
        var compilation = GeneratorHarness.CreateCompilation(InventoryModel.Sources);
        var driver = InventoryHarness.CreateDriver().RunGenerators(compilation);
        var result = driver.WithUpdatedAnalyzerConfigOptions(InventoryHarness.CreateOptions(properties: ("DossierInventory", "false"))).RunGenerators(compilation).GetRunResult();

        Assert.Equal(1, Changed(result));
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, source => source.HintName.Contains(Dossier.Generators.Inventory.InventoryConstants.TypeName, StringComparison.Ordinal));
    }

    private static int Changed(GeneratorDriverRunResult result) => result.Results.Single().TrackedOutputSteps.SelectMany(step => step.Value)
        .SelectMany(run => run.Outputs).Count(output => output.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);

    private static Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider Options(params (string Name, string Value)[] properties) =>
        TestOptions.FromProperties(properties.ToDictionary(property => property.Name, property => property.Value));

    private static string[] Constants(params (string Name, string Value)[] properties)
    {
        var (output, _, _) = GeneratorHarness.Run(Options(properties), InventoryModel.Sources);
        var inventory = output.GetTypeByMetadataName(Dossier.Generators.Inventory.InventoryConstants.MetadataName) ?? throw new InvalidOperationException("No inventory was generated.");
        return inventory.GetMembers().OfType<IFieldSymbol>().Where(field => field.IsConst).Select(field => field.Name)
            .OrderBy(name => name, StringComparer.Ordinal).ToArray();
    }
}
