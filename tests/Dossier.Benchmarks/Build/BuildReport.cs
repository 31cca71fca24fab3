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
    public static int Run(int typeCount, int rounds, bool analyzersOnly = false, bool alone = false)
    {
        var build = new SyntheticBuild(typeCount);
        Console.WriteLine($"Synthetic project: {typeCount} types x {SyntheticProject.MembersPerType} members in {build.Files.Count} files, " +
                          $"{build.Trees.Sum(tree => tree.GetText().Lines.Count)} lines.");

        var status = analyzersOnly ? 0 : CheckRerun(build);
        MeasureAnalyzers(build, rounds, alone);
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

    private static void MeasureAnalyzers(SyntheticBuild build, int rounds, bool alone)
    {
        var (diagnostics, _) = SyntheticBuild.Analyze(build.NewCompilation(), logTimes: false);
        Console.WriteLine("Analyzer diagnostics: " + string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " x" + g.Count())));

        var together = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var oneThread = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var aloneTotals = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var compileTime = TimeSpan.Zero;
        var floorTime = TimeSpan.Zero;
        var dossierTime = TimeSpan.Zero;
        var floorCpu = TimeSpan.Zero;
        var dossierCpu = TimeSpan.Zero;
        var oneThreadCpu = TimeSpan.Zero;
        var floor = ImmutableArray.Create<DiagnosticAnalyzer>(new OperationTreeFloor());
        for (var round = 0; round < rounds; round++)
        {
            // Analyzers run on the compilation the compiler has bound, as in a build, so they are charged only
            // for what they add. Each measure gets a compilation of its own: what one run caches per compilation
            // (attributes read, the generator's parse of each type) must not be found by the next.
            var fresh = build.NewCompilation();
            var watch = Stopwatch.StartNew();
            SyntheticBuild.Emit(fresh);
            compileTime += watch.Elapsed;
            Add(together, SyntheticBuild.Analyze(fresh, logTimes: true).Times);

            var forOneThread = build.NewCompilation();
            SyntheticBuild.Emit(forOneThread);
            var cpu = ProcessorTime();
            Add(oneThread, SyntheticBuild.Analyze(forOneThread, SyntheticBuild.Analyzers, logTimes: true, concurrent: false).Times);
            oneThreadCpu += ProcessorTime() - cpu;

            if (alone)
            {
                foreach (var analyzer in SyntheticBuild.Analyzers)
                {
                    var own = build.NewCompilation();
                    SyntheticBuild.Emit(own);
                    Add(aloneTotals, SyntheticBuild.Analyze(own, ImmutableArray.Create(analyzer), logTimes: true, concurrent: false).Times);
                }
            }

            // Wall-clock, on two more compiled compilations: the analyzer driver with nothing but operation
            // trees to build, and with every Dossier analyzer.
            var forFloor = build.NewCompilation();
            SyntheticBuild.Emit(forFloor);
            watch.Restart();
            cpu = ProcessorTime();
            SyntheticBuild.Analyze(forFloor, floor, logTimes: false);
            floorTime += watch.Elapsed;
            floorCpu += ProcessorTime() - cpu;
            var forDossier = build.NewCompilation();
            SyntheticBuild.Emit(forDossier);
            watch.Restart();
            cpu = ProcessorTime();
            SyntheticBuild.Analyze(forDossier, logTimes: false);
            dossierTime += watch.Elapsed;
            dossierCpu += ProcessorTime() - cpu;
        }

        Console.WriteLine($"Analyzer driver, wall-clock, mean of {rounds} runs on the compiled compilation: operation trees only {floorTime.TotalMilliseconds / rounds:F0} ms, " +
                          $"every Dossier analyzer {dossierTime.TotalMilliseconds / rounds:F0} ms, Dossier beyond the operation trees {(dossierTime - floorTime).TotalMilliseconds / rounds:F0} ms.");

        // Processor time is what this process spent on its cores, whatever else the machine runs: on a shared machine
        // it moves far less than the wall clock.
        Console.WriteLine($"The same, processor time of this process: operation trees only {floorCpu.TotalMilliseconds / rounds:F0} ms, every Dossier analyzer " +
                          $"{dossierCpu.TotalMilliseconds / rounds:F0} ms, Dossier beyond the operation trees {(dossierCpu - floorCpu).TotalMilliseconds / rounds:F0} ms; " +
                          $"the one-thread pass below {oneThreadCpu.TotalMilliseconds / rounds:F0} ms.");
        Console.WriteLine();
        Console.WriteLine($"Where the analyzers' time goes: time in each analyzer's own actions, mean of {rounds} runs (compile without Dossier: {compileTime.TotalMilliseconds / rounds:F0} ms).");
        Console.WriteLine("  together:   every analyzer in one pass on two threads, as in a build (what -reportanalyzer shows); it includes");
        Console.WriteLine("              the time an action waited for a core, so on a loaded machine it inflates every row.");
        Console.WriteLine("  one thread: every analyzer in one pass on one thread: each row is the analyzer's own work.");
        Console.WriteLine("  In both, work the analyzers share per compilation (the generator's parse of each type, the tagged members,");
        Console.WriteLine("  the assembly's declarations, the activity index) is charged to whichever analyzer asks for it first.");
        if (alone)
        {
            Console.WriteLine("  alone:      the analyzer by itself on one thread, on a compiled compilation of its own: everything it reads,");
            Console.WriteLine("              shared or not, is charged to it.");
        }

        Console.WriteLine();
        var rules = SyntheticBuild.Analyzers.ToDictionary(
            analyzer => analyzer.GetType().Name,
            analyzer => string.Join(" ", analyzer.SupportedDiagnostics.Select(descriptor => descriptor.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal)),
            StringComparer.Ordinal);
        var oneThreadSum = oneThread.Values.Sum(time => time.TotalMilliseconds);
        Console.WriteLine($"  {"Analyzer",-30} {"Rules",-21} {"together",10} {"one thread",10} {"share",6}{(alone ? $" {"alone",10}" : "")}");
        foreach (var (name, time) in oneThread.OrderByDescending(pair => pair.Value))
        {
            var aloneColumn = alone ? $" {Ms(aloneTotals[name], rounds)}" : "";
            Console.WriteLine($"  {name,-30} {rules[name],-21} {Ms(together[name], rounds)} {Ms(time, rounds)} {time.TotalMilliseconds / oneThreadSum * 100,5:F0}%{aloneColumn}");
        }

        var aloneSum = alone ? $" {Ms(Sum(aloneTotals), rounds)}" : "";
        Console.WriteLine($"  {"all",-30} {"",-21} {Ms(Sum(together), rounds)} {Ms(Sum(oneThread), rounds)} {100,5:F0}%{aloneSum}");
    }

    private static TimeSpan ProcessorTime() => Process.GetCurrentProcess().TotalProcessorTime;

    private static string Ms(TimeSpan total, int rounds) => $"{total.TotalMilliseconds / rounds,7:F0} ms";

    private static TimeSpan Sum(Dictionary<string, TimeSpan> times) => TimeSpan.FromTicks(times.Values.Sum(time => time.Ticks));

    private static void Add(Dictionary<string, TimeSpan> totals, IReadOnlyDictionary<string, TimeSpan> times)
    {
        foreach (var (name, time) in times)
        {
            totals[name] = (totals.TryGetValue(name, out var sum) ? sum : TimeSpan.Zero) + time;
        }
    }
}
