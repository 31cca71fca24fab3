using System.Collections.Immutable;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Build.Tasks.Tests;

/// <summary>
/// An assembly built from source with Dossier's generator, written to a fresh folder as a build would write it,
/// with the inventory JSON the generator compiled in.
/// </summary>
internal sealed class BuiltAssembly : IDisposable
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Dossier.PersonalDataAttribute).Assembly.Location))
            // From .NET 8, Dossier's [PersonalData] derives from Microsoft.Extensions.Compliance's DataClassificationAttribute.
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location))
            .ToImmutableArray();

    /// <summary>What the generator tests put before each source: the usings a project's implicit usings give.</summary>
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing Dossier;\n";

    private BuiltAssembly(string folder, string path, string? inventoryJson)
    {
        Folder = folder;
        Path = path;
        InventoryJson = inventoryJson;
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>The generated inventory's <c>Json</c> constant; <c>null</c> when the assembly has none.</summary>
    public string? InventoryJson { get; }

    /// <summary>Builds <c>Shop.dll</c> from one file, <c>/src/Shop.cs</c>.</summary>
    /// <param name="source">The project's code.</param>
    /// <param name="properties">MSBuild properties the generator sees, without their <c>build_property.</c> prefix.</param>
    /// <param name="generate">Whether Dossier's generator runs at all.</param>
    public static BuiltAssembly Build(string source, IEnumerable<KeyValuePair<string, string>>? properties = null, bool generate = true) =>
        Build("Shop", new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/src/Shop.cs") }, properties, generate);

    /// <summary>
    /// Builds <paramref name="assemblyName"/> from <paramref name="sources"/> as the generator tests compile them: each
    /// after the usings a project's implicit usings give, in <c>/src/File0.cs</c>, <c>/src/File1.cs</c> and on.
    /// </summary>
    public static BuiltAssembly Build(string assemblyName, IReadOnlyList<string> sources, IEnumerable<KeyValuePair<string, string>>? properties = null) =>
        Build(assemblyName, sources.Select((source, index) => CSharpSyntaxTree.ParseText(Usings + source, ParseOptions, path: $"/src/File{index}.cs")), properties, generate: true);

    private static BuiltAssembly Build(string assemblyName, IEnumerable<SyntaxTree> trees, IEnumerable<KeyValuePair<string, string>>? properties, bool generate)
    {
        var compilation = CSharpCompilation.Create(assemblyName, trees, References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        var output = (Compilation)compilation;
        if (generate)
        {
            var driver = CSharpGeneratorDriver.Create(new[] { new Dossier.Generators.PersonalDataGenerator().AsSourceGenerator() }, parseOptions: ParseOptions)
                .WithUpdatedAnalyzerConfigOptions(TestOptions.FromProperties(properties ?? Array.Empty<KeyValuePair<string, string>>()));
            driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out var diagnostics);
            Assert.Empty(diagnostics);
        }

        var folder = Directory.CreateTempSubdirectory("dossier-tasks-").FullName;
        var path = System.IO.Path.Combine(folder, assemblyName + ".dll");
        using (var stream = File.Create(path))
        {
            var emit = output.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        }

        var inventory = output.GetTypeByMetadataName(Dossier.Generators.Inventory.InventoryConstants.MetadataName);
        var json = inventory?.GetMembers(Dossier.Generators.Inventory.InventoryConstants.Json).OfType<IFieldSymbol>().SingleOrDefault()?.ConstantValue as string;
        return new BuiltAssembly(folder, path, json);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
