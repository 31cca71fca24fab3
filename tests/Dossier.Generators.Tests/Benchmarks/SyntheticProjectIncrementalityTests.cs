using Dossier.Benchmarks.Build;
using Dossier.Generators.Tests.Infrastructure;
using Dossier.Generators.Tests.Logging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Benchmarks;

/// <summary>
/// The build benchmark's claim, on a smaller copy of its synthetic project: after a one-line edit to a file with no
/// tagged type, no step of the generator does new work; after an edit to a tagged type, the generator notices.
/// </summary>
public class SyntheticProjectIncrementalityTests
{
    private const int TypeCount = 60;

    [Fact]
    public void A_one_line_edit_to_an_untagged_file_leaves_every_generator_step_cached_or_unchanged()
    {
        var (compilation, driver, files) = RunOnce();
        var path = SyntheticProject.LastUntaggedFile(files);

        var result = Rerun(compilation, driver, path, source => SyntheticProject.EditUntagged(source, 7));

        Assert.Empty(GeneratorWork.NewWork(result));
        Assert.Contains(result.TrackedSteps[PersonalDataGenerator.Steps.Types].SelectMany(run => run.Outputs), output => output.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void An_edit_to_a_tagged_type_is_new_work()
    {
        var (compilation, driver, files) = RunOnce();

        var result = Rerun(compilation, driver, files[0].Key, source => source.Replace("DataCategory.Phone", "DataCategory.Email"));

        Assert.Contains(GeneratorWork.NewWork(result), line => line.StartsWith(PersonalDataGenerator.Steps.Types + ":", StringComparison.Ordinal));
    }

    private static (Compilation Compilation, GeneratorDriver Driver, IReadOnlyList<KeyValuePair<string, string>> Files) RunOnce()
    {
        var files = SyntheticProject.Create(TypeCount);
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Value, GeneratorHarness.ParseOptions, file.Key))
            .Append(CSharpSyntaxTree.ParseText(LoggingStandIns.MicrosoftExtensionsLogging, GeneratorHarness.ParseOptions, "/synthetic/Logging.cs"));
        var compilation = CSharpCompilation.Create("Synthetic", trees, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        // The 12 tagged types, and the 12 untagged partial types that reach one.
        Assert.Equal(24, driver.GetRunResult().GeneratedTrees.Count(tree => tree.FilePath.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)));
        return (compilation, driver, files);
    }

    private static GeneratorRunResult Rerun(Compilation compilation, GeneratorDriver driver, string path, Func<string, string> edit)
    {
        var tree = compilation.SyntaxTrees.Single(candidate => candidate.FilePath == path);
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(edit(tree.ToString()), GeneratorHarness.ParseOptions, path));
        return driver.RunGenerators(edited).GetRunResult().Results.Single();
    }
}
