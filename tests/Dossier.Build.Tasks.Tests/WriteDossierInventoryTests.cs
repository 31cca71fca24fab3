using System.Text;
using System.Text.Json.Nodes;
using Dossier.Build.Tasks.Rendering;

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
    public void Writes_every_form_rendered_from_the_json_the_generator_compiled_in()
    {
        using var built = BuiltAssembly.Build(Shop);
        var (task, engine) = Task(built, fidesDataset: true);

        Assert.True(task.Execute());

        Assert.Empty(engine.Warnings);
        Assert.Equal(5, task.InventoryFiles.Length);
        var inventory = InventoryJsonReader.Read(built.InventoryJson!).Document;
        foreach (var (extension, expected) in new[]
                 {
                     (".md", MarkdownInventoryWriter.Write(inventory)), (".csv", CsvInventoryWriter.Write(inventory)),
                     (".Activities.csv", CsvActivitiesWriter.Write(inventory)), (".fides.yml", FidesDatasetWriter.Write(inventory)),
                 })
        {
            Assert.Equal(expected, Encoding.UTF8.GetString(File.ReadAllBytes(Written(built, extension))));
        }

        var json = Encoding.UTF8.GetString(File.ReadAllBytes(Written(built, ".json")));
        Assert.Equal(JsonNode.Parse(built.InventoryJson!)!.ToJsonString(), JsonNode.Parse(json)!.ToJsonString());
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"generator\": \"Dossier ", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assembly_holds_the_json_without_indentation()
    {
        using var built = BuiltAssembly.Build(Shop);

        Assert.StartsWith("{\"schemaVersion\":1,\"generator\":\"Dossier ", built.InventoryJson, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", built.InventoryJson);
    }

    [Fact]
    public void Leaves_a_file_that_is_up_to_date_alone()
    {
        using var built = BuiltAssembly.Build(Shop);
        Assert.True(Task(built).Task.Execute());
        var json = Written(built, ".json");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(json, written);

        Assert.True(Task(built).Task.Execute());

        Assert.Equal(written, File.GetLastWriteTimeUtc(json));
    }

    [Fact]
    public void Writes_the_fideslang_dataset_when_asked_without_the_compiler_being_told()
    {
        using var built = BuiltAssembly.Build(Shop);
        var (task, engine) = Task(built, fidesDataset: true);

        Assert.True(task.Execute());

        Assert.Empty(engine.Warnings);
        Assert.StartsWith("dataset:\n- fides_key: shop\n", File.ReadAllText(Written(built, ".fides.yml")), StringComparison.Ordinal);
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

    [Fact]
    public void Warns_and_writes_nothing_for_an_inventory_of_another_schema_version()
    {
        const string Later = """
            namespace Dossier.Generated
            {
                internal static class PersonalDataInventory
                {
                    public const string Json = "{\"schemaVersion\":2,\"generator\":\"Dossier 9.0.0\"}";
                }
            }
            """;
        using var built = BuiltAssembly.Build(Later, generate: false);
        var (task, engine) = Task(built);

        Assert.True(task.Execute());

        Assert.Empty(task.InventoryFiles);
        Assert.Contains(engine.Warnings, warning => warning.Contains("'schemaVersion' is 2", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(built.Folder, "out")));
    }

    private static string Written(BuiltAssembly built, string extension) => Path.Combine(built.Folder, "out", "Shop.PersonalData" + extension);

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
