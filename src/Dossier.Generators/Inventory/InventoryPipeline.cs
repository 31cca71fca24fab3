using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Analyzers.Approval;
using Dossier.Generators.Common;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Inventory;

/// <summary>
/// The inventory's part of the generator pipeline: every parsed type, the assembly's declarations and the
/// project directory (for relative source paths) become the inventory text.
/// </summary>
internal static class InventoryPipeline
{
    /// <summary>The MSBuild property that Dossier.props makes visible to the compiler.</summary>
    public const string ProjectDirectoryProperty = "build_property.MSBuildProjectDirectory";

    /// <summary>The MSBuild property that asks for the fideslang dataset.</summary>
    public const string FidesDatasetProperty = "build_property.DossierFidesDataset";

    public static IncrementalValueProvider<InventoryText> Create(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<TypeModel> types)
    {
        var facts = context.CompilationProvider
            .Select(static (compilation, _) => AssemblyFactsReader.Read(compilation))
            .WithTrackingName(PersonalDataGenerator.Steps.InventoryFacts);

        // The fideslang dataset and the approved form are compiled in only when the build writes them: each is as
        // large as the inventory itself, and every build compiles what the generator emits.
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => new InventorySettings(
                options.GlobalOptions.TryGetValue(ProjectDirectoryProperty, out var directory) && directory.Length > 0 ? directory : null,
                OptionValues.IsTrue(options.GlobalOptions, FidesDatasetProperty),
                OptionValues.IsTrue(options.GlobalOptions, ApprovedInventoryAnalyzer.ApproveProperty)))
            .WithTrackingName(PersonalDataGenerator.Steps.InventorySettings);

        return types.Collect()
            .Select(static (all, _) => ToEquatable(all))
            .WithTrackingName(PersonalDataGenerator.Steps.InventoryTypes)
            .Combine(facts)
            .Combine(settings)
            .Select(static (input, token) =>
            {
                var settings = input.Right;
                var inventory = InventoryBuilder.Build(input.Left.Left, input.Left.Right, settings.ProjectDirectory, token);
                return new InventoryText(
                    JsonInventoryWriter.Write(inventory), MarkdownInventoryWriter.Write(inventory), CsvInventoryWriter.Write(inventory),
                    settings.FidesDataset ? FidesDatasetWriter.Write(inventory) : null,
                    settings.Approve ? ApprovedInventory.Write(ApprovedInventory.FromDocument(inventory).Select(entry => entry.Facts)) : null);
            })
            .WithTrackingName(PersonalDataGenerator.Steps.Inventory);
    }

    private static EquatableArray<TypeModel> ToEquatable(ImmutableArray<TypeModel> types) => new(types.ToArray());
}

/// <summary>What the inventory depends on from the build: the project directory, and which optional forms it writes.</summary>
internal sealed record InventorySettings(string? ProjectDirectory, bool FidesDataset, bool Approve);
