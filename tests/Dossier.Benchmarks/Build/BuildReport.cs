using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// What the build benchmarks cannot show in a table: what the synthetic project contains, the diagnostics Dossier
/// reports in it, the time each analyzer spends in its own actions (what <c>-reportanalyzer</c> shows in a real
/// build), and proof that a re-run after an unrelated edit reuses every step. Fails when the re-run does new work.
/// </summary>
public static class BuildReport
{
    public static int Run(int typeCount, int rounds, bool analyzersOnly = false)
    {
        var build = new SyntheticBuild(typeCount);
        Console.WriteLine($"Synthetic project: {typeCount} types x {SyntheticProject.MembersPerType} members in {build.Files.Count} files, " +
                          $"{build.Trees.Sum(tree => tree.GetText().Lines.Count)} lines.");

        var status = analyzersOnly ? 0 : CheckRerun(build);
        MeasureAnalyzers(build, rounds);
        return status;
    }

    /// <summary>What compiling the generated code adds: the project compiled without it and with it, mean of <paramref name="rounds"/> runs.</summary>
    public static void MeasureGeneratedCode(int typeCount, int rounds)
    {
        var build = new SyntheticBuild(typeCount);
        SyntheticBuild.NewDriver(track: false).RunGeneratorsAndUpdateCompilation(build.NewCompilation(), out var sample, out _);
        var generated = sample.SyntaxTrees.Skip(build.Trees.Length).ToList();
        Console.WriteLine($"Generated code: {generated.Count} files, {generated.Sum(tree => tree.GetText().Lines.Count)} lines, " +
                          $"{generated.Sum(tree => tree.Length)} characters (of which the inventory: {generated.Where(tree => !tree.FilePath.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).Sum(tree => tree.Length)}).");
        var typesOnly = generated.Where(tree => tree.FilePath.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).ToList();
        var without = TimeSpan.Zero;
        var with = TimeSpan.Zero;
        var withTypesOnly = TimeSpan.Zero;
        for (var round = 0; round < rounds; round++)
        {
            var plain = build.NewCompilation();
            var watch = Stopwatch.StartNew();
            SyntheticBuild.Emit(plain);
            without += watch.Elapsed;
            var withGenerated = build.NewCompilation().AddSyntaxTrees(generated);
            watch.Restart();
            SyntheticBuild.Emit(withGenerated);
            with += watch.Elapsed;
            var withTypes = build.NewCompilation().AddSyntaxTrees(typesOnly);
            watch.Restart();
            SyntheticBuild.Emit(withTypes);
            withTypesOnly += watch.Elapsed;
        }

        Console.WriteLine($"Compile, mean of {rounds} runs: without the generated code {without.TotalMilliseconds / rounds:F0} ms, " +
                          $"with it {with.TotalMilliseconds / rounds:F0} ms, with the generated types but not the inventory {withTypesOnly.TotalMilliseconds / rounds:F0} ms.");
    }

    private static int CheckRerun(SyntheticBuild build)
    {
        var compilation = build.NewCompilation();
        var driver = SyntheticBuild.NewDriver(track: true).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Console.WriteLine($"Generated files: {driver.GetRunResult().GeneratedTrees.Length}.");
        SyntheticBuild.Emit(output);

        var rerun = driver.RunGenerators(build.Edit(compilation, 3)).GetRunResult().Results[0];
        Console.WriteLine("Generator re-run after a one-line edit to " + SyntheticProject.LastUntaggedFile(build.Files) + ":");
        foreach (var line in GeneratorWork.Summary(rerun))
        {
            Console.WriteLine("  " + line);
        }

        var work = GeneratorWork.NewWork(rerun);
        Console.WriteLine(work.Count == 0 ? "  => no step did new work." : "  => NEW WORK: " + string.Join(", ", work));

        return work.Count == 0 ? 0 : 1;
    }

    private static void MeasureAnalyzers(SyntheticBuild build, int rounds)
    {
        var (diagnostics, _) = SyntheticBuild.Analyze(build.NewCompilation(), logTimes: false);
        Console.WriteLine("Analyzer diagnostics: " + string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " x" + g.Count())));

        var totals = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var compileTime = TimeSpan.Zero;
        var floorTime = TimeSpan.Zero;
        var dossierTime = TimeSpan.Zero;
        var floor = ImmutableArray.Create<DiagnosticAnalyzer>(new OperationTreeFloor());
        for (var round = 0; round < rounds; round++)
        {
            // Analyzers run on the compilation the compiler has bound, as in a build, so they are charged only
            // for what they add.
            var fresh = build.NewCompilation();
            var watch = Stopwatch.StartNew();
            SyntheticBuild.Emit(fresh);
            compileTime += watch.Elapsed;
            foreach (var (name, time) in SyntheticBuild.Analyze(fresh, logTimes: true).Times)
            {
                totals[name] = (totals.TryGetValue(name, out var sum) ? sum : TimeSpan.Zero) + time;
            }

            // Wall-clock, on two more compiled compilations: the analyzer driver with nothing but operation
            // trees to build, and with every Dossier analyzer.
            var forFloor = build.NewCompilation();
            SyntheticBuild.Emit(forFloor);
            watch.Restart();
            SyntheticBuild.Analyze(forFloor, floor, logTimes: false);
            floorTime += watch.Elapsed;
            var forDossier = build.NewCompilation();
            SyntheticBuild.Emit(forDossier);
            watch.Restart();
            SyntheticBuild.Analyze(forDossier, logTimes: false);
            dossierTime += watch.Elapsed;
        }

        Console.WriteLine($"Analyzer driver, wall-clock, mean of {rounds} runs on the compiled compilation: operation trees only {floorTime.TotalMilliseconds / rounds:F0} ms, " +
                          $"every Dossier analyzer {dossierTime.TotalMilliseconds / rounds:F0} ms, Dossier beyond the operation trees {(dossierTime - floorTime).TotalMilliseconds / rounds:F0} ms.");

        Console.WriteLine($"Time in each analyzer's own actions, mean of {rounds} runs (compile without Dossier: {compileTime.TotalMilliseconds / rounds:F0} ms):");
        foreach (var (name, time) in totals.OrderByDescending(pair => pair.Value))
        {
            Console.WriteLine($"  {name,-40} {time.TotalMilliseconds / rounds,8:F1} ms");
        }

        Console.WriteLine($"  {"all",-40} {totals.Values.Sum(time => time.TotalMilliseconds) / rounds,8:F1} ms");
    }
}
