using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Inventory;

/// <summary>
/// Runs the generator as a build would, with the project directory the build passes to it, and reads the inventory's
/// JSON it compiles in. The files the build renders from that JSON are tested with the build task
/// (tests/Dossier.Build.Tasks.Tests/Rendering).
/// </summary>
public static class InventoryHarness
{
    public const string ProjectDirectory = "/src";

    public const string AssemblyName = "Northwind.App";

    /// <param name="projectDirectory">The project directory the build passes, or <c>null</c> for none.</param>
    public static GeneratorDriver CreateDriver(string? projectDirectory = ProjectDirectory) => CSharpGeneratorDriver.Create(
        new[] { new PersonalDataGenerator().AsSourceGenerator() },
        parseOptions: GeneratorHarness.ParseOptions,
        optionsProvider: CreateOptions(projectDirectory),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The MSBuild properties a build passes: the project directory, and any <paramref name="properties"/> set.</summary>
    public static AnalyzerConfigOptionsProvider CreateOptions(string? projectDirectory = ProjectDirectory, params (string Name, string Value)[] properties)
    {
        var all = properties.ToDictionary(property => property.Name, property => property.Value);
        if (projectDirectory is not null)
        {
            all["MSBuildProjectDirectory"] = projectDirectory;
        }

        return TestOptions.FromProperties(all);
    }

    /// <summary>The inventory's JSON the generator compiles in for <paramref name="sources"/>: the <c>Json</c> constant.</summary>
    public static string Json(params string[] sources)
    {
        var compilation = GeneratorHarness.CreateCompilation(sources).WithAssemblyName(AssemblyName);
        CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return Constant(output);
    }

    /// <summary>The <c>Json</c> constant of the inventory class compiled into <paramref name="output"/>.</summary>
    public static string Constant(Compilation output)
    {
        var type = output.GetTypeByMetadataName(Dossier.Generators.Inventory.InventoryConstants.MetadataName) ?? throw new InvalidOperationException("No inventory was generated.");
        return type.GetMembers(Dossier.Generators.Inventory.InventoryConstants.Json).OfType<IFieldSymbol>().Single() is { HasConstantValue: true, ConstantValue: string value }
            ? value
            : throw new InvalidOperationException("The inventory has no Json constant.");
    }
}
