using System.Diagnostics.CodeAnalysis;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Inventory;

/// <summary>Runs the generator as a build would, with the project directory the build passes to it, and reads the inventory.</summary>
public static class InventoryHarness
{
    public const string ProjectDirectory = "/src";

    public const string AssemblyName = "Northwind.App";

    /// <param name="projectDirectory">The project directory the build passes, or <c>null</c> for none.</param>
    /// <param name="fidesDataset">Whether the project sets <c>DossierFidesDataset</c>, which compiles in the fideslang dataset.</param>
    public static GeneratorDriver CreateDriver(string? projectDirectory = ProjectDirectory, bool fidesDataset = false) => CSharpGeneratorDriver.Create(
        new[] { new PersonalDataGenerator().AsSourceGenerator() },
        parseOptions: GeneratorHarness.ParseOptions,
        optionsProvider: CreateOptions(projectDirectory, fidesDataset),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The MSBuild properties a build passes: the project directory, and <c>DossierFidesDataset</c> when set.</summary>
    public static AnalyzerConfigOptionsProvider CreateOptions(string? projectDirectory = ProjectDirectory, bool fidesDataset = false)
    {
        var properties = new Dictionary<string, string>();
        if (projectDirectory is not null)
        {
            properties["MSBuildProjectDirectory"] = projectDirectory;
        }

        if (fidesDataset)
        {
            properties["DossierFidesDataset"] = "true";
        }

        return TestOptions.FromProperties(properties);
    }

    /// <summary>The generated <c>PersonalDataInventory.g.cs</c> and the inventory constants compiled from it.</summary>
    public static (string Json, string Markdown, string Csv) Generate(params string[] sources)
    {
        var inventory = Compile(sources);
        return (Constant(inventory, "Json"), Constant(inventory, "Markdown"), Constant(inventory, "Csv"));
    }

    /// <summary>The fideslang dataset compiled from <paramref name="sources"/>.</summary>
    public static string FidesDataset(params string[] sources) => Constant(Compile(sources, fidesDataset: true), "FidesDataset");

    private static INamedTypeSymbol Compile(string[] sources, bool fidesDataset = false)
    {
        var compilation = GeneratorHarness.CreateCompilation(sources).WithAssemblyName(AssemblyName);
        CreateDriver(fidesDataset: fidesDataset).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return output.GetTypeByMetadataName(Dossier.Generators.Inventory.InventoryConstants.MetadataName) ?? throw new InvalidOperationException("No inventory was generated.");
    }

    private static string Constant(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IFieldSymbol>().Single() is { HasConstantValue: true, ConstantValue: string value } ? value : throw new InvalidOperationException(name);


}
