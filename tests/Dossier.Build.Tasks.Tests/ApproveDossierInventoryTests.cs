using System.Text;
using Dossier.Build.Tasks.Rendering;

namespace Dossier.Build.Tasks.Tests;

public class ApproveDossierInventoryTests
{
    [Fact]
    public void Writes_the_approved_form_of_the_inventory_the_generator_compiled_in()
    {
        using var built = BuiltAssembly.Build(WriteDossierInventoryTests.Shop, new Dictionary<string, string> { ["DossierApprove"] = "true" });
        var path = Path.Combine(built.Folder, "review", "PersonalData.approved.json");
        var engine = new RecordingBuildEngine();

        Assert.True(new ApproveDossierInventory { BuildEngine = engine, AssemblyPath = built.Path, ApprovedInventoryPath = path }.Execute());

        Assert.Empty(engine.Errors);
        var approved = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        Assert.Equal(ApprovedInventoryWriter.Write(InventoryJsonReader.Read(built.InventoryJson!).Document), approved);
        Assert.Contains("\"path\": \"Customer.Email\"", approved);
    }

    [Fact]
    public void Leaves_an_approved_file_that_matches_the_code_alone()
    {
        using var built = BuiltAssembly.Build(WriteDossierInventoryTests.Shop);
        var path = Path.Combine(built.Folder, "PersonalData.approved.json");
        Assert.True(new ApproveDossierInventory { BuildEngine = new RecordingBuildEngine(), AssemblyPath = built.Path, ApprovedInventoryPath = path }.Execute());
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        Assert.True(new ApproveDossierInventory { BuildEngine = new RecordingBuildEngine(), AssemblyPath = built.Path, ApprovedInventoryPath = path }.Execute());

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Fails_when_the_assembly_holds_no_inventory_to_approve()
    {
        using var built = BuiltAssembly.Build(WriteDossierInventoryTests.Shop, generate: false);
        var path = Path.Combine(built.Folder, "PersonalData.approved.json");
        var engine = new RecordingBuildEngine();

        Assert.False(new ApproveDossierInventory { BuildEngine = engine, AssemblyPath = built.Path, ApprovedInventoryPath = path }.Execute());

        Assert.Single(engine.Errors);
        Assert.False(File.Exists(path));
    }
}
