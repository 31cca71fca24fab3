using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// The cost of Dossier in the build of a project of 2,000 types of ten members, in process: compiling it,
/// compiling it with Dossier (generator, compiling the generated code, every Dossier analyzer on the compilation the
/// compiler bound, as a build runs them), the generator and the analyzers alone, and the generator's re-run after
/// a one-line edit to a file with no tagged type. Each starts from a compilation that has bound nothing, as a build does.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 6)]
public class BuildBenchmarks
{
    public const int TypeCount = 2000;

    private SyntheticBuild _build = null!;
    private GeneratorDriver _ranOnce = null!;
    private Compilation _base = null!;
    private Compilation _edited = null!;
    private Compilation _compiled = null!;
    private int _edit = 2;

    [GlobalSetup]
    public void Setup()
    {
        _build = new SyntheticBuild(TypeCount);
        _base = _build.NewCompilation();
        // Proved with step tracking on; timed with it off, as builds and the IDE run generators.
        var tracked = SyntheticBuild.NewDriver(track: true).RunGenerators(_base);
        var rerun = tracked.RunGenerators(_build.Edit((Microsoft.CodeAnalysis.CSharp.CSharpCompilation)_base, 3));
        var work = GeneratorWork.NewWork(rerun.GetRunResult().Results[0]);
        _ranOnce = SyntheticBuild.NewDriver(track: false).RunGenerators(_base);
        if (work.Count > 0)
        {
            throw new InvalidOperationException("The generator did new work after an unrelated edit: " + string.Join(", ", work));
        }
    }

    [Benchmark(Baseline = true, Description = "Compile (Emit), no Dossier")]
    public void Compile() => SyntheticBuild.Emit(_build.NewCompilation());

    [Benchmark(Description = "Compile with Dossier: generator, Emit, all Dossier analyzers")]
    public int CompileWithDossier()
    {
        SyntheticBuild.NewDriver(track: false).RunGeneratorsAndUpdateCompilation(_build.NewCompilation(), out var output, out _);
        SyntheticBuild.Emit(output);
        return SyntheticBuild.Analyze(output, logTimes: false).Diagnostics.Length;
    }

    [Benchmark(Description = "Generator, first run")]
    public int Generator() => SyntheticBuild.NewDriver(track: false).RunGenerators(_build.NewCompilation()).GetRunResult().GeneratedTrees.Length;

    [IterationSetup(Target = nameof(Analyzers))]
    public void CompileFirst()
    {
        _compiled = _build.NewCompilation();
        SyntheticBuild.Emit(_compiled);
    }

    [Benchmark(Description = "All Dossier analyzers, on the compiled compilation")]
    public int Analyzers() => SyntheticBuild.Analyze(_compiled, logTimes: false).Diagnostics.Length;

    [IterationSetup(Target = nameof(GeneratorAfterUnrelatedEdit))]
    public void EditUntaggedFile() => _edited = _build.Edit((Microsoft.CodeAnalysis.CSharp.CSharpCompilation)_base, ++_edit);

    [Benchmark(Description = "Generator re-run after a one-line edit to an untagged file")]
    public int GeneratorAfterUnrelatedEdit() => _ranOnce.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;
}
