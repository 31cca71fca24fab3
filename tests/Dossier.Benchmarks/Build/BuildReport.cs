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

    /// <summary>
    /// What compiling the generated code adds, and of what: the project compiled without it, with all of it, with the
    /// generated types but not the inventory, with the types' declarations but none of their statements, with only the
    /// public methods of the generated API, with only a read and a write of each member the generated code reaches (the
    /// floor of any generator that exports and erases by compiled code), and with an empty partial declaration per type.
    /// Median of <paramref name="rounds"/> runs of each, interleaved, after one warm-up round.
    /// </summary>
    public static void MeasureGeneratedCode(int typeCount, int rounds)
    {
        var build = new SyntheticBuild(typeCount);
        SyntheticBuild.NewDriver(track: false).RunGeneratorsAndUpdateCompilation(build.NewCompilation(), out var sample, out _);
        var generated = sample.SyntaxTrees.Skip(build.Trees.Length).ToList();
        Console.WriteLine($"Generated code: {generated.Count} files, {generated.Sum(tree => tree.GetText().Lines.Count)} lines, " +
                          $"{generated.Sum(tree => tree.Length)} characters (of which the inventory: {generated.Where(tree => !tree.FilePath.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).Sum(tree => tree.Length)}).");
        var typesOnly = generated.Where(tree => tree.FilePath.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).ToList();
        var unguarded = typesOnly.Select(GeneratedCodeSkeletons.WithoutActivityGuards).ToList();
        Console.WriteLine($"Generated types: {typesOnly.Sum(tree => tree.Length)} characters; without the activity guards of erasure: " +
                          $"{unguarded.Sum(tree => tree.GetRoot().NormalizeWhitespace().ToFullString().Length)} normalized against " +
                          $"{typesOnly.Sum(tree => tree.GetRoot().NormalizeWhitespace().ToFullString().Length)} with them.");
        var variants = new (string Name, IReadOnlyList<SyntaxTree> Trees)[]
        {
            ("without the generated code", Array.Empty<SyntaxTree>()),
            ("with all of it", generated),
            ("with the generated types, not the inventory", typesOnly),
            ("the same without the activity guards of erasure", unguarded),
            ("with the types' declarations, no statements", typesOnly.Select(GeneratedCodeSkeletons.Declarations).ToList()),
            ("with the public methods only, bodies that throw", typesOnly.Select(GeneratedCodeSkeletons.PublicMethods).ToList()),
            ("with a read and a write of each member only", typesOnly.Select(GeneratedCodeSkeletons.ReadsAndWrites).ToList()),
            ("with an empty partial declaration per type", typesOnly.Select(GeneratedCodeSkeletons.EmptyTypes).ToList()),
        };

        var times = variants.Select(_ => new List<double>()).ToArray();

        // Round 0 warms the compiler up and is not counted: the first compile in a process pays for the JIT.
        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < variants.Length; i++)
            {
                var compilation = build.NewCompilation().AddSyntaxTrees(variants[i].Trees);

                // Each compile leaves over a gigabyte of garbage; collected here, it is not charged to the next variant.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var watch = Stopwatch.StartNew();
                SyntheticBuild.Emit(compilation);
                if (round > 0)
                {
                    times[i].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        var plain = Measurements.Median(times[0]);
        Console.WriteLine($"Compile, median of {rounds} runs:");
        for (var i = 0; i < variants.Length; i++)
        {
            var median = Measurements.Median(times[i]);
            Console.WriteLine($"  {variants[i].Name,-48} {median,8:F0} ms  {(median / plain - 1) * 100,+5:+0;-0}%");
        }
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
