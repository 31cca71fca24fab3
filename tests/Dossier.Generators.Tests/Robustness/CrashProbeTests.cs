using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>The probe the robustness tests rely on notices every kind of crash, and covers every analyzer Dossier ships.</summary>
public class CrashProbeTests
{
    [Fact]
    public void Every_analyzer_of_the_assembly_is_probed()
    {
        var names = CrashProbe.Analyzers.Select(analyzer => analyzer.GetType().Name).Order(StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            "ApprovedInventoryAnalyzer", "EncryptionAnalyzer", "IncompleteDeclarationAnalyzer", "InvalidArgumentAnalyzer", "PersonalDataLoggingAnalyzer",
            "PersonalDataTypeAnalyzer", "ProcessingActivityAnalyzer", "RecordPrintMembersAnalyzer", "RepeatedDeclarationAnalyzer",
            "UnloggedPersonalDataAnalyzer", "UntaggedPersonalDataAnalyzer",
        }, names);
    }

    [Fact]
    public void The_probed_analyzers_report_every_rule()
    {
        var ids = CrashProbe.Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(1, 14).Select(number => $"PII{number:000}"), ids);
    }

    /// <summary>The probe's options and approved file wake the rules that need them, so every step exercises them.</summary>
    [Fact]
    public async Task The_review_gate_and_the_audit_rule_run_in_the_probe()
    {
        const string source = """
            using Dossier;
            namespace Acme;
            [DataSubject("Customer")]
            public partial class Customer
            {
                [PersonalData(DataCategory.Phone, Purpose = "Calls", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                public string? Phone { get; set; }
            }
            """;
        var (result, _) = await CrashProbe.RunAsync(CrashProbe.Compile(new[] { ("/src/Probe.cs", source) }), CrashProbe.CreateDriver());
        Assert.Empty(result.Crashes);
        var ids = result.Dossier.Select(diagnostic => diagnostic.Id).ToList();
        Assert.Contains("PII009", ids);
        Assert.Contains("PII010", ids);
    }

    [Fact]
    public async Task A_throwing_analyzer_is_a_crash()
    {
        var (result, _) = await CrashProbe.RunAsync(CrashProbe.Compile(new[] { ("/src/Probe.cs", "public class C { }") }), CrashProbe.CreateDriver(),
            analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()));
        Assert.Contains(result.Crashes, crash => crash.Contains("ThrowingAnalyzer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_throwing_generator_is_a_crash()
    {
        var (result, _) = await CrashProbe.RunAsync(CrashProbe.Compile(new[] { ("/src/Probe.cs", "public class C { }") }), CrashProbe.CreateDriver(generator: new ThrowingGenerator()));
        Assert.Contains(result.Crashes, crash => crash.StartsWith("generator:", StringComparison.Ordinal));
    }

    // Deliberately broken components, to show the probe notices them; they ship nowhere, so release tracking does not apply.
#pragma warning disable RS1036, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(_ => throw new InvalidOperationException("boom"), SymbolKind.NamedType);
        }
    }

    private sealed class ThrowingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (_, _) => throw new InvalidOperationException("boom"));
    }
#pragma warning restore RS1036, RS2008
}
