using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Inventory;

/// <summary>
/// The fideslang dataset and the approved form are each about as large as the inventory, and every build compiles
/// what the generator emits: they are compiled in only when the build writes them.
/// </summary>
public class OptionalInventoryFormsTests
{
    [Fact]
    public void Without_the_properties_only_json_markdown_and_csv_are_compiled_in() =>
        Assert.Equal(new[] { "Csv", "Json", "Markdown" }, Constants());

    [Fact]
    public void DossierFidesDataset_compiles_in_the_fideslang_dataset() =>
        Assert.Equal(new[] { "Csv", "FidesDataset", "Json", "Markdown" }, Constants(("DossierFidesDataset", "true")));

    [Fact]
    public void DossierApprove_compiles_in_the_approved_form() =>
        Assert.Equal(new[] { "Approved", "Csv", "Json", "Markdown" }, Constants(("DossierApprove", " True ")));

    [Fact]
    public void A_property_set_to_anything_but_true_leaves_its_form_out() =>
        Assert.Equal(new[] { "Csv", "Json", "Markdown" }, Constants(("DossierFidesDataset", "false"), ("DossierApprove", "")));

    [Fact]
    public void Turning_the_dataset_on_in_the_ide_changes_only_the_inventory()
    {
        var compilation = GeneratorHarness.CreateCompilation(InventoryModel.Sources);
        var driver = InventoryHarness.CreateDriver().RunGenerators(compilation);
        var result = driver.WithUpdatedAnalyzerConfigOptions(InventoryHarness.CreateOptions(fidesDataset: true)).RunGenerators(compilation).GetRunResult();

        var changed = result.Results.Single().TrackedOutputSteps.SelectMany(step => step.Value)
            .SelectMany(run => run.Outputs).Count(output => output.Reason is Microsoft.CodeAnalysis.IncrementalStepRunReason.Modified or Microsoft.CodeAnalysis.IncrementalStepRunReason.New);
        Assert.Equal(1, changed);
    }

    private static string[] Constants(params (string Name, string Value)[] properties)
    {
        var options = TestOptions.FromProperties(properties.ToDictionary(property => property.Name, property => property.Value));
        var (output, _, _) = GeneratorHarness.Run(options, InventoryModel.Sources);
        var inventory = output.GetTypeByMetadataName(Dossier.Generators.Inventory.InventoryConstants.MetadataName) ?? throw new InvalidOperationException("No inventory was generated.");
        return inventory.GetMembers().OfType<Microsoft.CodeAnalysis.IFieldSymbol>().Where(field => field.IsConst).Select(field => field.Name)
            .OrderBy(name => name, StringComparer.Ordinal).ToArray();
    }
}
