using System;
using System.Linq;
using BenchmarkDotNet.Running;
using Dossier.Benchmarks.Build;
using Dossier.Benchmarks.EntityFrameworkCore;
using Dossier.Benchmarks.RealWorld;
using Dossier.Benchmarks.Runtime;

// dotnet run -c Release --project tests/Dossier.Benchmarks -- <command>, where <command> is
//   runtime        export and erase benchmarks (BenchmarkDotNet; further arguments go to it)
//   build          the build report (fails if the generator re-runs work after an unrelated edit), then the build benchmarks
//   build-report   the build report alone
//   rerun [n]      the generator's first run and re-run after an unrelated edit, beside a generator that only finds
//                  the same candidates (the floor of a re-run), median of n rounds (default 7)
//   analyzers [n] [alone]
//                  the time each analyzer spends in its own actions, mean of n runs, all analyzers together as in a
//                  build; with 'alone', also each analyzer by itself, charged for the work the others share with it
//   generated-code the size of the generated code and what compiling it costs
//   sdk-build [n] [synthetic|ordinary|all]
//                  a project built with 'dotnet build', without Dossier, with it, and with System.Text.Json's generator
//                  over the same tagged types instead, n rounds (default 3, both projects)
//   pii003-dump    lists the real-world corpus's members into tests/RealWorld/labels/<app>.tsv (never over labels)
//   pii003-real [train|holdout|all] [--details [--show-holdout]]
//                  PII003's precision, recall and time per member on the labelled real-world corpus
//   ef-related [n] a subject with 10,000 rows in ten tables on EF Core and SQLite: load (and its query count), export,
//                  erase and save; median of n rounds (default 5)
//   anything else  BenchmarkDotNet's own command line, e.g. --filter *
var command = args.FirstOrDefault();
var rest = args.Skip(1).ToArray();
switch (command)
{
    case "runtime":
        BenchmarkRunner.Run(new[] { typeof(ExportBenchmarks), typeof(EraseBenchmarks) }, args: rest);
        return 0;
    case "build":
        var status = BuildReport.Run(BuildBenchmarks.TypeCount, rounds: 3);
        if (status != 0)
        {
            return status;
        }

        BenchmarkRunner.Run<BuildBenchmarks>(args: rest);
        return 0;
    case "build-report":
        return BuildReport.Run(BuildBenchmarks.TypeCount, rounds: 3);
    case "rerun":
        return RerunCost.Run(rounds: rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 7);
    case "generated-code":
        BuildReport.MeasureGeneratedCode(BuildBenchmarks.TypeCount, rounds: 7);
        return 0;
    case "sdk-build":
        return SdkBuild.Run(rest.Length > 1 ? rest[1] : "all", rounds: rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 3);
    case "analyzers":
        return BuildReport.Run(BuildBenchmarks.TypeCount, rounds: rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 3, analyzersOnly: true,
            alone: rest.Contains("alone"));
    case "ef-related":
        return await RelatedRowsBenchmark.RunAsync(rounds: rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 5);
    case "pii003-dump":
        return RealWorldCommands.Dump();
    case "pii003-real":
        return RealWorldCommands.Score(rest);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ExportBenchmarks).Assembly).Run(args);
        return 0;
}
