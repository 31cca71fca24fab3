using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// An analyzer that does nothing with the invocations and types it asks for. Running it costs what any analyzer
/// that looks at operations costs a build: the analyzer driver binds every method body to build the operation
/// trees. The SDK's analyzers that are on by default (CA1416, CA2017 and others) already make every project pay
/// that, so the report charges Dossier only for what its analyzers take beyond it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperationTreeFloor : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("FLOOR", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation);
        context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
    }
}
