using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Analyzers.Approval;
using Dossier.Generators.Common;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Inventory;

/// <summary>
/// The inventory's part of the generator pipeline: every parsed type, the assembly's declarations, the project
/// directory (for relative source paths) and the rules' configuration (for the gaps) become the inventory's compact JSON, the one form compiled into
/// the assembly. The build task renders the inventory files from it; nothing else is rendered here.
/// </summary>
internal static class InventoryPipeline
{
    /// <summary>The MSBuild property that Dossier.props makes visible to the compiler.</summary>
    public const string ProjectDirectoryProperty = "build_property.MSBuildProjectDirectory";

    /// <summary>The MSBuild property that turns the inventory off (<c>false</c>).</summary>
    public const string InventoryProperty = "build_property.DossierInventory";

    /// <summary>The inventory's JSON, or <c>null</c> when the build writes no inventory and nothing is compiled in.</summary>
    /// <param name="facts">The assembly's declarations (<see cref="ReadFacts"/>), shared with the rest of the generator.</param>
    public static IncrementalValueProvider<string?> Create(
        IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<TypeModel> types, IncrementalValueProvider<AssemblyFacts> facts)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => new InventorySettings(
                options.GlobalOptions.TryGetValue(ProjectDirectoryProperty, out var directory) && directory.Length > 0 ? directory : null,
                IsWritten(options.GlobalOptions)))
            .WithTrackingName(PersonalDataGenerator.Steps.InventorySettings);

        // The rules' .editorconfig values for every file, so that the gaps are the rules' verdicts. Runs on every
        // compilation, like the facts; its value stays equal until a configuration that decides a gap changes.
        var policies = context.CompilationProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, token) => GapPolicies.Read(input.Left, input.Right, token))
            .WithTrackingName(PersonalDataGenerator.Steps.InventoryPolicies);

        return types.Collect()
            .Select(static (all, _) => ToEquatable(all))
            .WithTrackingName(PersonalDataGenerator.Steps.InventoryTypes)
            .Combine(facts)
            .Combine(settings)
            .Combine(policies)
            .Select(static (input, token) => input.Left.Right.Written
                ? JsonInventoryWriter.Write(InventoryBuilder.Build(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right.ProjectDirectory, input.Right, token))
                : null)
            .WithTrackingName(PersonalDataGenerator.Steps.Inventory);
    }

    /// <summary>
    /// The assembly's declarations, read once per compilation: the inventory and the generated activity catalog both
    /// start from them.
    /// </summary>
    public static IncrementalValueProvider<AssemblyFacts> ReadFacts(IncrementalGeneratorInitializationContext context) =>
        context.CompilationProvider
            .Select(static (compilation, _) => AssemblyFactsReader.Read(compilation))
            .WithTrackingName(PersonalDataGenerator.Steps.InventoryFacts);

    /// <summary>
    /// Whether the build writes an inventory file: unless <c>DossierInventory</c> is <c>false</c>, and always in the
    /// build that rewrites the approved inventory (<c>DossierApprove</c>), which renders it from the same JSON.
    /// </summary>
    private static bool IsWritten(AnalyzerConfigOptions options) =>
        !(options.TryGetValue(InventoryProperty, out var value) && string.Equals(value.Trim(), "false", System.StringComparison.OrdinalIgnoreCase)) ||
        OptionValues.IsTrue(options, ApprovedInventoryAnalyzer.ApproveProperty);

    private static EquatableArray<TypeModel> ToEquatable(ImmutableArray<TypeModel> types) => new(types.ToArray());
}

/// <summary>What the inventory depends on from the build: the project directory, and whether it is compiled in at all.</summary>
internal sealed record InventorySettings(string? ProjectDirectory, bool Written);
