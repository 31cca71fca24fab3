using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Rules;

/// <summary>
/// Runs an analyzer over a compilation the way the compiler does in a build, <c>.editorconfig</c> severities
/// included. For what markup cannot express: a diagnostic's properties, effective severities, and code that does
/// not compile.
/// </summary>
public static class DiagnosticsRunner
{
    private const string SourcePath = "/src/Test0.cs";

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        DiagnosticAnalyzer analyzer, string source, string? editorConfig = null, CSharpCompilationOptions? compilationOptions = null)
    {
        var configSet = AnalyzerConfigSet.Create(new[]
        {
            AnalyzerConfig.Parse("root = true\n\n[*.cs]\n" + (editorConfig ?? string.Empty), "/.editorconfig"),
        });
        var configured = configSet.GetOptionsForSourcePath(SourcePath);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: SourcePath);
        var options = (compilationOptions ?? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSyntaxTreeOptionsProvider(new TreeOptions(configured.TreeOptions));
        var compilation = CSharpCompilation.Create("Test", new[] { tree }, TestReferences.All, options);
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestOptions(configured.AnalyzerOptions));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync();
        return all.Where(diagnostic => diagnostic.Id.StartsWith("PII", StringComparison.Ordinal) || diagnostic.Id == "AD0001").ToImmutableArray();
    }

    private sealed class TreeOptions(ImmutableDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            severities.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }


}
