using Dossier.Generators.Analyzers.Encryption;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Rules;

/// <summary>The configurations docs/ci.md describes turn a warning into an error that fails the build.</summary>
public class FailTheBuildTests
{
    private const string Source = """
        using Dossier;
        public class Patient { [PersonalData(DataCategory.Health)] public string? Diagnosis { get; set; } }
        """;

    [Fact]
    public async Task By_default_PII001_is_a_warning()
    {
        var diagnostic = Assert.Single(await DiagnosticsRunner.RunAsync(new EncryptionAnalyzer(), Source));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public async Task Editorconfig_severity_error_makes_it_an_error()
    {
        var diagnostic = Assert.Single(await DiagnosticsRunner.RunAsync(new EncryptionAnalyzer(), Source, "dotnet_diagnostic.PII001.severity = error"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public async Task WarningsAsErrors_makes_it_an_error()
    {
        // What <WarningsAsErrors>PII001</WarningsAsErrors> passes to the compiler.
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["PII001"] = ReportDiagnostic.Error });
        var diagnostic = Assert.Single(await DiagnosticsRunner.RunAsync(new EncryptionAnalyzer(), Source, compilationOptions: options));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public async Task Severity_none_silences_it() =>
        Assert.Empty(await DiagnosticsRunner.RunAsync(new EncryptionAnalyzer(), Source, "dotnet_diagnostic.PII001.severity = none"));
}
