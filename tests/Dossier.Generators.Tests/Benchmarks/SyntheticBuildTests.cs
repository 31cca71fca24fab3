using Dossier.Benchmarks.Build;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests.Benchmarks;

/// <summary>
/// The build benchmarks compile the synthetic project in ways no other test does; a reference they miss or a reduced
/// copy that does not compile would only show when someone runs them. Checked here on a smaller copy.
/// </summary>
public class SyntheticBuildTests
{
    private const int TypeCount = 40;

    [Fact]
    public void The_synthetic_project_compiles_with_its_generated_code_and_with_each_reduced_copy_of_it()
    {
        var build = new SyntheticBuild(TypeCount);
        SyntheticBuild.Emit(build.NewCompilation());

        SyntheticBuild.NewDriver(track: false).RunGeneratorsAndUpdateCompilation(build.NewCompilation(), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        SyntheticBuild.Emit(output);

        var types = output.SyntaxTrees.Skip(build.Trees.Length).Where(tree => tree.FilePath.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(types);
        SyntheticBuild.Emit(build.NewCompilation().AddSyntaxTrees(types.Select(GeneratedCodeSkeletons.Declarations)));
        SyntheticBuild.Emit(build.NewCompilation().AddSyntaxTrees(types.Select(GeneratedCodeSkeletons.EmptyTypes)));
    }

    [Fact]
    public void The_reduced_copies_keep_the_declarations_and_drop_the_statements()
    {
        var build = new SyntheticBuild(TypeCount);
        SyntheticBuild.NewDriver(track: false).RunGeneratorsAndUpdateCompilation(build.NewCompilation(), out var output, out _);
        var tree = output.SyntaxTrees.Skip(build.Trees.Length).First(candidate => candidate.FilePath.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal));

        var declarations = GeneratedCodeSkeletons.Declarations(tree).ToString();
        Assert.Contains("ExportPersonalData()", declarations, StringComparison.Ordinal);
        Assert.DoesNotContain("visitor.BeginMember", declarations, StringComparison.Ordinal);
        Assert.DoesNotContain("new global::Dossier.PersonalDataMember(", declarations, StringComparison.Ordinal);

        var empty = GeneratedCodeSkeletons.EmptyTypes(tree).ToString();
        Assert.Contains("partial class", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("ExportPersonalData", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("IPersonalData", empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Dossier_analyzer_runs_on_it_and_reports_the_logging_and_untagged_findings_it_was_built_for()
    {
        var build = new SyntheticBuild(TypeCount);
        SyntheticBuild.NewDriver(track: false).RunGeneratorsAndUpdateCompilation(build.NewCompilation(), out var output, out _);

        var (diagnostics, _) = SyntheticBuild.Analyze(output, logTimes: false);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "PII002");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "PII003");
    }
}
