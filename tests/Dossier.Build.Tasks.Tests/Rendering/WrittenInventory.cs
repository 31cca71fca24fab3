namespace Dossier.Build.Tasks.Tests.Rendering;

/// <summary>
/// The inventory files as a build writes them: the generator compiles the project (as the generator tests do, with the
/// project directory <c>/src</c>), and the tasks render the files from the assembly it built.
/// </summary>
public static class WrittenInventory
{
    public const string AssemblyName = "Northwind.App";

    private static readonly Dictionary<string, string> Properties = new() { ["MSBuildProjectDirectory"] = "/src" };

    /// <summary>The JSON, Markdown and CSV files written for <paramref name="sources"/>.</summary>
    public static (string Json, string Markdown, string Csv) Files(params string[] sources)
    {
        var files = Write(sources, fidesDataset: false);
        return (files[".json"], files[".md"], files[".csv"]);
    }

    /// <summary>Every file written for <paramref name="sources"/>, by what follows <c>.PersonalData</c> in its name (<c>.md</c>, <c>.Activities.csv</c>).</summary>
    public static IReadOnlyDictionary<string, string> All(string[] sources, bool fidesDataset = true) => Write(sources, fidesDataset);

    /// <summary>The fideslang dataset written for <paramref name="sources"/> with <c>DossierFidesDataset</c> on.</summary>
    public static string FidesDataset(params string[] sources) => Write(sources, fidesDataset: true)[".fides.yml"];

    /// <summary>The approved inventory that <c>dotnet build -p:DossierApprove=true</c> writes for <paramref name="sources"/>.</summary>
    public static string Approved(params string[] sources)
    {
        using var built = BuiltAssembly.Build(AssemblyName, sources, Properties);
        var path = Path.Combine(built.Folder, "PersonalData.approved.json");
        var engine = new RecordingBuildEngine();
        Assert.True(new ApproveDossierInventory { BuildEngine = engine, AssemblyPath = built.Path, ApprovedInventoryPath = path }.Execute(), string.Join("\n", engine.Errors));
        return File.ReadAllText(path);
    }

    private static Dictionary<string, string> Write(string[] sources, bool fidesDataset)
    {
        using var built = BuiltAssembly.Build(AssemblyName, sources, Properties);
        var engine = new RecordingBuildEngine();
        var task = new WriteDossierInventory
        {
            BuildEngine = engine, AssemblyPath = built.Path, OutputDirectory = Path.Combine(built.Folder, "out"), BaseName = AssemblyName, FidesDataset = fidesDataset,
        };
        Assert.True(task.Execute());
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
        return task.InventoryFiles.ToDictionary(
            file => Path.GetFileName(file.ItemSpec).Substring((AssemblyName + ".PersonalData").Length),
            file => File.ReadAllText(file.ItemSpec));
    }
}
