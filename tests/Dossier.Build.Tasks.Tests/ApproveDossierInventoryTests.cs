using System.Text;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Tests;

public class ApproveDossierInventoryTests
{
    [Fact]
    public void Writes_the_approved_form_the_generator_compiled_in()
    {
        using var built = BuiltAssembly.Build(WriteDossierInventoryTests.Shop, new Dictionary<string, string> { ["DossierApprove"] = "true" });
        var path = Path.Combine(built.Folder, "review", "PersonalData.approved.json");
        var engine = new RecordingBuildEngine();

        Assert.True(new ApproveDossierInventory { BuildEngine = engine, AssemblyPath = built.Path, ApprovedInventoryPath = path }.Execute());

        Assert.Empty(engine.Errors);
        Assert.Equal(built.Constants[InventoryConstants.Approved], Encoding.UTF8.GetString(File.ReadAllBytes(path)));
    }

    [Fact]
    public void Fails_when_the_build_compiled_in_nothing_to_approve()
    {
        using var built = BuiltAssembly.Build(WriteDossierInventoryTests.Shop);
        var path = Path.Combine(built.Folder, "PersonalData.approved.json");
        var engine = new RecordingBuildEngine();

        Assert.False(new ApproveDossierInventory { BuildEngine = engine, AssemblyPath = built.Path, ApprovedInventoryPath = path }.Execute());

        Assert.Single(engine.Errors);
        Assert.False(File.Exists(path));
    }
}
