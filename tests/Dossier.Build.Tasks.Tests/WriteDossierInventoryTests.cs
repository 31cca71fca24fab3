using System.Text;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Tests;

public class WriteDossierInventoryTests
{
    internal const string Shop = """
        using Dossier;
        namespace Shop;
        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Receipts", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
            public string? Email { get; set; }
        }
        """;

    [Fact]
    public void Writes_every_form_the_generator_compiled_in()
    {
        using var built = BuiltAssembly.Build(Shop, new Dictionary<string, string> { ["DossierFidesDataset"] = "true" });
        var (task, engine) = Task(built, fidesDataset: true);

        Assert.True(task.Execute());

        Assert.Empty(engine.Warnings);
        Assert.Equal(4, task.InventoryFiles.Length);
        foreach (var (constant, extension) in new[] { (InventoryConstants.Json, ".json"), (InventoryConstants.Markdown, ".md"), (InventoryConstants.Csv, ".csv"), (InventoryConstants.FidesDataset, ".fides.yml") })
        {
            var file = Path.Combine(built.Folder, "out", "Shop.PersonalData" + extension);
            Assert.Equal(built.Constants[constant], Encoding.UTF8.GetString(File.ReadAllBytes(file)));
        }
    }

    [Fact]
    public void Leaves_a_file_that_is_up_to_date_alone()
    {
        using var built = BuiltAssembly.Build(Shop);
        Assert.True(Task(built).Task.Execute());
        var json = Path.Combine(built.Folder, "out", "Shop.PersonalData.json");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(json, written);

        Assert.True(Task(built).Task.Execute());

        Assert.Equal(written, File.GetLastWriteTimeUtc(json));
    }

    [Fact]
    public void Warns_when_a_form_asked_for_was_not_compiled_in()
    {
        using var built = BuiltAssembly.Build(Shop);
        var (task, engine) = Task(built, fidesDataset: true);

        Assert.True(task.Execute());

        Assert.Equal(3, task.InventoryFiles.Length);
        Assert.Contains(engine.Warnings, warning => warning.Contains(InventoryConstants.FidesDataset, StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_nothing_for_an_assembly_the_generator_did_not_run_on()
    {
        using var built = BuiltAssembly.Build(Shop, generate: false);
        var (task, engine) = Task(built);

        Assert.True(task.Execute());

        Assert.Empty(task.InventoryFiles);
        Assert.Empty(engine.Warnings);
        Assert.False(Directory.Exists(Path.Combine(built.Folder, "out")));
    }

    private static (WriteDossierInventory Task, RecordingBuildEngine Engine) Task(BuiltAssembly built, bool fidesDataset = false)
    {
        var engine = new RecordingBuildEngine();
        var task = new WriteDossierInventory
        {
            BuildEngine = engine,
            AssemblyPath = built.Path,
            OutputDirectory = Path.Combine(built.Folder, "out"),
            BaseName = "Shop",
            FidesDataset = fidesDataset,
        };
        return (task, engine);
    }
}
