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
        SyntheticBuild.Emit(build.NewCompilation().AddSyntaxTrees(types.Select(GeneratedCodeSkeletons.PublicMethods)));
        SyntheticBuild.Emit(build.NewCompilation().AddSyntaxTrees(types.Select(GeneratedCodeSkeletons.ReadsAndWrites)));
        SyntheticBuild.Emit(build.NewCompilation().AddSyntaxTrees(types.Select(GeneratedCodeSkeletons.EmptyTypes)));

        var unguarded = types.Select(GeneratedCodeSkeletons.WithoutActivityGuards).ToList();
        SyntheticBuild.Emit(build.NewCompilation().AddSyntaxTrees(unguarded));
        Assert.Contains(types, tree => tree.ToString().Contains("if (eraser.IsFull)", StringComparison.Ordinal));
        Assert.DoesNotContain(unguarded, tree => tree.ToString().Contains("eraser.IsFull", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reduced_copies_keep_the_declarations_and_drop_the_statements()
    {
        var build = new SyntheticBuild(TypeCount);
        SyntheticBuild.NewDriver(track: false).RunGeneratorsAndUpdateCompilation(build.NewCompilation(), out var output, out _);
        var tree = output.SyntaxTrees.Skip(build.Trees.Length).First(candidate => candidate.FilePath.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal));

        var declarations = GeneratedCodeSkeletons.Declarations(tree).ToString();
        Assert.Contains("ExportPersonalData()", declarations, StringComparison.Ordinal);
        Assert.DoesNotContain("visitor.Write", declarations, StringComparison.Ordinal);
        Assert.DoesNotContain("new global::Dossier.PersonalDataType(", declarations, StringComparison.Ordinal);

        var publicMethods = WithoutSpaces(GeneratedCodeSkeletons.PublicMethods(tree).ToString());
        Assert.Contains("publicglobal::Dossier.PersonalDataRecordExportPersonalData()=>thrownull!;", publicMethods, StringComparison.Ordinal);
        Assert.Contains("publicvoidWritePersonalData(global::System.Text.Json.Utf8JsonWriterwriter)=>thrownull!;", publicMethods, StringComparison.Ordinal);
        Assert.Contains("ErasePersonalData(global::Dossier.ErasureOptions?options=null)=>thrownull!;", publicMethods, StringComparison.Ordinal);
        Assert.DoesNotContain("IPersonalData", publicMethods, StringComparison.Ordinal);
        Assert.DoesNotContain("__dossierType", publicMethods, StringComparison.Ordinal);

        var empty = GeneratedCodeSkeletons.EmptyTypes(tree).ToString();
        Assert.Contains("partial class", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("ExportPersonalData", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("IPersonalData", empty, StringComparison.Ordinal);
    }

    [Fact]
    public void The_floor_reads_every_member_the_generated_code_reads_and_assigns_every_member_it_assigns_and_nothing_else()
    {
        var build = new SyntheticBuild(TypeCount);
        SyntheticBuild.NewDriver(track: false).RunGeneratorsAndUpdateCompilation(build.NewCompilation(), out var output, out _);
        var generated = output.SyntaxTrees.Skip(build.Trees.Length).ToList();
        var tagged = generated.First(tree => tree.FilePath.EndsWith(".Customer0.PersonalData.g.cs", StringComparison.Ordinal));
        var container = generated.First(tree => tree.FilePath.EndsWith(".Record2.PersonalData.g.cs", StringComparison.Ordinal));

        var taggedFloor = Body(GeneratedCodeSkeletons.ReadsAndWrites(tagged));
        Assert.Equal(
            new[]
            {
                "_=this.BirthDate;", "_=this.Email;", "_=this.FullName;", "_=this.Id;", "_=this.Phone;", "_=this.Street;",
                "this.BirthDate=default!;", "this.Email=default!;", "this.FullName=default!;", "this.Phone=default!;", "this.Street=default!;",
            },
            taggedFloor);

        // The container's only personal data is the tagged object it holds, which its generated code visits and erases in place.
        Assert.Equal(new[] { "_=this.Id;", "_=this.Owner;" }, Body(GeneratedCodeSkeletons.ReadsAndWrites(container)));
    }

    private static string[] Body(SyntaxTree tree) => tree.GetRoot().DescendantNodes()
        .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single().Body!.Statements
        .Select(statement => WithoutSpaces(statement.ToString())).ToArray();

    private static string WithoutSpaces(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));

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
