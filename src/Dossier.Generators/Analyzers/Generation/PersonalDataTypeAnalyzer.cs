using System.Collections.Immutable;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Generation;

/// <summary>
/// Reports what keeps the generator from exporting or erasing a type: PII005 (a member erasure cannot
/// change) and PII006 (a type that is not partial, a member generated code cannot reach). It runs the generator's
/// own parser, so what it reports is exactly what the generator leaves out. The parse's PII008 (an erasure strategy
/// that does not suit the member's type) is reported with the other PII008s, by <see cref="Declarations.InvalidArgumentAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataTypeAnalyzer : DossierAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotErasable, DiagnosticDescriptors.Unreachable);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var parses = CompilationParses.For(context.Compilation);
        context.RegisterSymbolAction(symbol => parses.Report(symbol, id => id != DiagnosticDescriptors.InvalidArgument.Id), SymbolKind.NamedType);
    }
}
