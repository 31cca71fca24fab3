using Dossier.Generators.Common;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers;

/// <summary>
/// What every Dossier analyzer does the same way: it runs concurrently, stays silent in generated code, and does
/// no work at all in a compilation that does not reference Dossier.
/// </summary>
public abstract class DossierAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.PersonalDataAttribute) is not null)
            {
                OnCompilationStart(start);
            }
        });
    }

    /// <summary>Registers the analyzer's actions for a compilation that references Dossier.</summary>
    protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
}
