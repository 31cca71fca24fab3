using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Dossier.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Benchmarks.Build;

/// <summary>The parsed synthetic project and what it takes to compile it, with and without Dossier.</summary>
public sealed class SyntheticBuild
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true,
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
            // Dossier's PersonalDataAttribute derives from DataClassificationAttribute on .NET 8 and later.
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location))
            .ToImmutableArray();

    public SyntheticBuild(int typeCount)
    {
        TypeCount = typeCount;
        Files = SyntheticProject.Create(typeCount);
        Trees = Files.Select(file => CSharpSyntaxTree.ParseText(file.Value, ParseOptions, file.Key)).ToImmutableArray();
    }

    public int TypeCount { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Files { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>Every analyzer in Dossier.Generators.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(PersonalDataGenerator).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>A compilation that has bound nothing yet, as a build starts with.</summary>
    public CSharpCompilation NewCompilation() => CSharpCompilation.Create("Synthetic", Trees, References, Options);

    public static GeneratorDriver NewDriver(bool track) => CSharpGeneratorDriver.Create(
        new[] { new PersonalDataGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>The base compilation with the last untagged file changed by one line.</summary>
    public CSharpCompilation Edit(CSharpCompilation compilation, int factor)
    {
        var path = SyntheticProject.LastUntaggedFile(Files);
        var tree = compilation.SyntaxTrees.Single(candidate => candidate.FilePath == path);
        var edited = CSharpSyntaxTree.ParseText(SyntheticProject.EditUntagged(tree.ToString(), factor), ParseOptions, path);
        return compilation.ReplaceSyntaxTree(tree, edited);
    }

    /// <summary>Compiles to IL in memory; fails on any compiler error.</summary>
    public static void Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The synthetic project does not compile:\n" +
                string.Join("\n", result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(10)));
        }
    }

    /// <summary>Runs every Dossier analyzer; returns their diagnostics and the time each spent in its own actions.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, TimeSpan> Times) Analyze(Compilation compilation, bool logTimes) =>
        Analyze(compilation, Analyzers, logTimes);

    /// <summary>Runs <paramref name="analyzers"/>; returns their diagnostics and the time each spent in its own actions.</summary>
    /// <param name="compilation">The compilation to analyze.</param>
    /// <param name="analyzers">The analyzers to run.</param>
    /// <param name="logTimes">Whether to read the time each analyzer spent in its own actions.</param>
    /// <param name="concurrent">
    /// Whether the driver runs actions on several threads, as the compiler does in a build; on one thread, an analyzer's
    /// time is its own work and not also the time it waited for a core another analyzer held.
    /// </param>
    public static (ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, TimeSpan> Times) Analyze(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logTimes, bool concurrent = true)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null,
            concurrentAnalysis: concurrent, logAnalyzerExecutionTime: logTimes, reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var times = new SortedDictionary<string, TimeSpan>(StringComparer.Ordinal);
        if (logTimes)
        {
            foreach (var analyzer in analyzers)
            {
                times[analyzer.GetType().Name] = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
            }
        }

        return (diagnostics, times);
    }
}
