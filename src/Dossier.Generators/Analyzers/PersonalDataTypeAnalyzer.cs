using System.Collections.Immutable;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers;

/// <summary>
/// Reports what keeps the generator from exporting or erasing a type: PII005 (a member erasure cannot
/// change), PII006 (a type that is not partial, a member generated code cannot reach) and PII008 (an erasure
/// strategy that does not suit the member's type). It runs the generator's own parser, so what it reports is
/// exactly what the generator leaves out.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataTypeAnalyzer : DossierAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotErasable, DiagnosticDescriptors.Unreachable, DiagnosticDescriptors.InvalidArgument);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var parses = CompilationParses.For(context.Compilation);
        context.RegisterSymbolAction(symbol => Analyze(symbol, parses), SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context, CompilationParses parses)
    {
        if (context.Symbol is not INamedTypeSymbol type)
        {
            return;
        }

        foreach (var diagnostic in parses.Parse(type, context.CancellationToken).Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic(context.Compilation));
        }
    }
}
