using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Dossier.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// The generator's first run and its re-run after a one-line edit to an untagged file, beside the same two for a
/// generator that finds the same types the same way (<c>ForAttributeWithMetadataName</c> over tagged members and
/// <c>[DataSubject]</c> types, <c>CreateSyntaxProvider</c> over partial types, each asking for the declared symbol)
/// and does nothing else: the part of a re-run that Roslyn spends finding and binding the candidates again, which no
/// generator built on those providers can go below. Median of <c>rounds</c> runs, interleaved, after a warm-up round,
/// of wall-clock time and of the process's processor time (which other processes on a shared machine disturb less).
/// </summary>
public static class RerunCost
{
    public static int Run(int rounds)
    {
        var build = new SyntheticBuild(BuildBenchmarks.TypeCount);
        var generators = new (string Name, Func<GeneratorDriver> NewDriver)[]
        {
            ("Dossier", () => SyntheticBuild.NewDriver(track: false)),
            ("reading the candidates' members", () => NewDriver(new CandidatesOnly(readMembers: true))),
            ("finding the candidates only", () => NewDriver(new CandidatesOnly(readMembers: false))),
        };
        var first = generators.Select(_ => new List<double>()).ToArray();
        var rerun = generators.Select(_ => new List<double>()).ToArray();
        var firstCpu = generators.Select(_ => new List<double>()).ToArray();
        var rerunCpu = generators.Select(_ => new List<double>()).ToArray();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < generators.Length; i++)
            {
                var compilation = build.NewCompilation();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var driver = generators[i].NewDriver().RunGenerators(compilation);
                var firstTime = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                var firstCpuTime = (process.TotalProcessorTime - cpu).TotalMilliseconds;
                var edited = build.Edit(compilation, round + 3);
                GC.Collect();
                GC.WaitForPendingFinalizers();
                process.Refresh();
                cpu = process.TotalProcessorTime;
                watch.Restart();
                driver.RunGenerators(edited);
                var rerunTime = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                var rerunCpuTime = (process.TotalProcessorTime - cpu).TotalMilliseconds;
                if (round > 0)
                {
                    first[i].Add(firstTime);
                    rerun[i].Add(rerunTime);
                    firstCpu[i].Add(firstCpuTime);
                    rerunCpu[i].Add(rerunCpuTime);
                }
            }
        }

        Console.WriteLine($"Generator on the synthetic project ({build.TypeCount} types), median of {rounds} runs:");
        Console.WriteLine($"  {"generator",-30} {"first run",10} {"re-run",10} {"ratio",6}   {"first, CPU",10} {"re-run, CPU",11} {"ratio",6}");
        for (var i = 0; i < generators.Length; i++)
        {
            var firstMedian = Measurements.Median(first[i]);
            var rerunMedian = Measurements.Median(rerun[i]);
            var firstCpuMedian = Measurements.Median(firstCpu[i]);
            var rerunCpuMedian = Measurements.Median(rerunCpu[i]);
            Console.WriteLine($"  {generators[i].Name,-30} {firstMedian,7:F0} ms {rerunMedian,7:F0} ms {rerunMedian / firstMedian,6:F2}   " +
                              $"{firstCpuMedian,7:F0} ms {rerunCpuMedian,8:F0} ms {rerunCpuMedian / firstCpuMedian,6:F2}");
        }

        return 0;
    }

    private static GeneratorDriver NewDriver(IIncrementalGenerator generator) => CSharpGeneratorDriver.Create(
        new[] { generator.AsSourceGenerator() },
        parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>
    /// Dossier's three providers with transforms that return a name and nothing more, or (<c>readMembers</c>) that
    /// also read what any transform reading a type's own declarations reads: each member's attributes and type.
    /// </summary>
    private sealed class CandidatesOnly(bool readMembers) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var read = readMembers;
            var tagged = context.SyntaxProvider.ForAttributeWithMetadataName("Dossier.PersonalDataAttribute",
                static (node, _) => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax,
                (attributed, _) => Read(attributed.TargetSymbol.ContainingType, read));
            var subjects = context.SyntaxProvider.ForAttributeWithMetadataName("Dossier.DataSubjectAttribute",
                static (node, _) => node is TypeDeclarationSyntax,
                (attributed, _) => Read(attributed.TargetSymbol as INamedTypeSymbol, read));
            var partials = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax &&
                                    ((TypeDeclarationSyntax)node).Modifiers.Any(SyntaxKind.PartialKeyword),
                (syntax, token) => Read(syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, token) as INamedTypeSymbol, read));
            var all = tagged.Collect().Combine(subjects.Collect()).Combine(partials.Collect())
                .Select(static (found, _) => found.Left.Left.Length + found.Left.Right.Length + found.Right.Length);
            context.RegisterSourceOutput(all, static (_, _) => { });
        }

        private static string? Read(INamedTypeSymbol? type, bool readMembers)
        {
            if (type is null || !readMembers)
            {
                return type?.Name;
            }

            var attributes = 0;
            var typeNames = 0;
            foreach (var member in type.GetMembers())
            {
                attributes += member.GetAttributes().Length;
                typeNames += member switch
                {
                    IPropertySymbol property => property.Type.Name.Length,
                    IFieldSymbol field => field.Type.Name.Length,
                    _ => 0,
                };
            }

            return type.Name + attributes + "/" + typeNames;
        }
    }
}
