using System;
using System.Linq;
using BenchmarkDotNet.Running;
using Dossier.Benchmarks.Build;
using Dossier.Benchmarks.Runtime;

// dotnet run -c Release --project tests/Dossier.Benchmarks -- runtime | build | <BenchmarkDotNet arguments, e.g. --filter *>
var command = args.FirstOrDefault();
var rest = args.Skip(1).ToArray();
switch (command)
{
    case "runtime":
        BenchmarkRunner.Run(new[] { typeof(ExportBenchmarks), typeof(EraseBenchmarks) }, args: rest);
        return 0;
    case "build":
        var status = BuildReport.Run(BuildBenchmarks.TypeCount, rounds: 5);
        if (status != 0)
        {
            return status;
        }

        BenchmarkRunner.Run<BuildBenchmarks>(args: rest);
        return 0;
    case "scratch":
        ScratchProfile.Run();
        return 0;
    case "build-report":
        return BuildReport.Run(BuildBenchmarks.TypeCount, rounds: 5);
    case "analyzers":
        return BuildReport.Run(BuildBenchmarks.TypeCount, rounds: rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 3, analyzersOnly: true);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ExportBenchmarks).Assembly).Run(args);
        return 0;
}
