using System.Collections.Immutable;
using System.Linq;
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

    public static IncrementalValueProvider<InventoryText> Create(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<TypeModel> types)
    {
        var facts = context.CompilationProvider
            .Select(static (compilation, _) => AssemblyFactsReader.Read(compilation))
            .WithTrackingName(PersonalDataGenerator.Steps.InventoryFacts);

        var projectDirectory = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(ProjectDirectoryProperty, out var directory) && directory.Length > 0 ? directory : null)
            .WithTrackingName(PersonalDataGenerator.Steps.InventoryProjectDirectory);

        return types.Collect()
            .Select(static (all, _) => ToEquatable(all))
            .WithTrackingName(PersonalDataGenerator.Steps.InventoryTypes)
            .Combine(facts)
            .Combine(projectDirectory)
            .Select(static (input, token) =>
            {
                var inventory = InventoryBuilder.Build(input.Left.Left, input.Left.Right, input.Right, token);
                var approved = ApprovedInventory.Write(ApprovedInventory.FromDocument(inventory).Select(entry => entry.Facts));
                return new InventoryText(
                    JsonInventoryWriter.Write(inventory), MarkdownInventoryWriter.Write(inventory), CsvInventoryWriter.Write(inventory),
                    FidesDatasetWriter.Write(inventory), approved);
            })
            .WithTrackingName(PersonalDataGenerator.Steps.Inventory);
    }

    private static EquatableArray<TypeModel> ToEquatable(ImmutableArray<TypeModel> types) => new(types.ToArray());
}
