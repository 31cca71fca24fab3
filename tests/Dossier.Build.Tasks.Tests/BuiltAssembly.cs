using System.Collections.Immutable;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Build.Tasks.Tests;

/// <summary>
/// An assembly built from source with Dossier's generator, written to a fresh folder as a build would write it,
/// with the inventory constants the generator compiled in.
/// </summary>
internal sealed class BuiltAssembly : IDisposable
{
    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Dossier.PersonalDataAttribute).Assembly.Location))
            // From .NET 8, Dossier's [PersonalData] derives from Microsoft.Extensions.Compliance's DataClassificationAttribute.
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location))
            .ToImmutableArray();

    private BuiltAssembly(string folder, string path, IReadOnlyDictionary<string, string> constants)
    {
        Folder = folder;
        Path = path;
        Constants = constants;
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>The string constants of the generated inventory class, by name; empty when there is none.</summary>
    public IReadOnlyDictionary<string, string> Constants { get; }

    /// <param name="source">The project's code.</param>
    /// <param name="properties">MSBuild properties the generator sees, without their <c>build_property.</c> prefix.</param>
    /// <param name="generate">Whether Dossier's generator runs at all.</param>
    public static BuiltAssembly Build(string source, IEnumerable<KeyValuePair<string, string>>? properties = null, bool generate = true)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create("Shop", new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: "/src/Shop.cs") }, References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        var output = (Compilation)compilation;
        if (generate)
        {
            var driver = CSharpGeneratorDriver.Create(new[] { new Dossier.Generators.PersonalDataGenerator().AsSourceGenerator() }, parseOptions: parseOptions)
                .WithUpdatedAnalyzerConfigOptions(TestOptions.FromProperties(properties ?? Array.Empty<KeyValuePair<string, string>>()));
            driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out _);
        }

        var folder = Directory.CreateTempSubdirectory("dossier-tasks-").FullName;
        var path = System.IO.Path.Combine(folder, "Shop.dll");
        using (var stream = File.Create(path))
        {
            var emit = output.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        }

        var inventory = output.GetTypeByMetadataName(Dossier.Generators.Inventory.InventoryConstants.MetadataName);
        var constants = inventory is null
            ? new Dictionary<string, string>()
            : inventory.GetMembers().OfType<IFieldSymbol>().Where(field => field.ConstantValue is string)
                .ToDictionary(field => field.Name, field => (string)field.ConstantValue!, StringComparer.Ordinal);
        return new BuiltAssembly(folder, path, constants);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
