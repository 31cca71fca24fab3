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

    public static GeneratorDriver CreateDriver(string? projectDirectory = ProjectDirectory) => CSharpGeneratorDriver.Create(
        new[] { new PersonalDataGenerator().AsSourceGenerator() },
        parseOptions: GeneratorHarness.ParseOptions,
        optionsProvider: new BuildProperties(projectDirectory),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The generated <c>PersonalDataInventory.g.cs</c> and the inventory constants compiled from it.</summary>
    public static (string Json, string Markdown, string Csv) Generate(params string[] sources)
    {
        var inventory = Compile(sources);
        return (Constant(inventory, "Json"), Constant(inventory, "Markdown"), Constant(inventory, "Csv"));
    }

    /// <summary>The fideslang dataset compiled from <paramref name="sources"/>.</summary>
    public static string FidesDataset(params string[] sources) => Constant(Compile(sources), "FidesDataset");

    private static INamedTypeSymbol Compile(string[] sources)
    {
        var compilation = GeneratorHarness.CreateCompilation(sources).WithAssemblyName(AssemblyName);
        CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return output.GetTypeByMetadataName("Dossier.Generated.PersonalDataInventory") ?? throw new InvalidOperationException("No inventory was generated.");
    }

    private static string Constant(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IFieldSymbol>().Single() is { HasConstantValue: true, ConstantValue: string value } ? value : throw new InvalidOperationException(name);

    private sealed class BuildProperties(string? projectDirectory) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(projectDirectory);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
    }

    private sealed class Options(string? projectDirectory) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(null);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == "build_property.MSBuildProjectDirectory" ? projectDirectory : null;
            return value is not null;
        }
    }
}
