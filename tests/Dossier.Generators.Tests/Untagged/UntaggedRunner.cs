using System.Collections.Immutable;
using System.Threading;
using Dossier.Generators.Analyzers.Untagged;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Untagged;

/// <summary>
/// Runs PII003 over source that need not compile (half-typed code) and fails on any analyzer exception,
/// which a user would see as AD0001.
/// </summary>
public static class UntaggedRunner
{
    public static async Task<IReadOnlyList<Diagnostic>> RunAsync(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "Test.cs");
        var compilation = CSharpCompilation.Create(
            "Test", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UntaggedPersonalDataAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics.Where(diagnostic => diagnostic.Id == "PII003").OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToList();
    }
}
