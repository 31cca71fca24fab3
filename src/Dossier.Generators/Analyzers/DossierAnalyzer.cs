using Dossier.Generators.Common;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers;

/// <summary>
/// What every Dossier analyzer does the same way: it runs concurrently, stays silent in generated code, and does
/// no work at all in a compilation that does not reference Dossier.
/// </summary>
/// <remarks>
/// One folder per rule family, each with its analyzer, options and messages (the code fixes mirror it):
/// <c>Encryption/</c> PII001, <c>Logging/</c> PII002, <c>Untagged/</c> PII003, <c>Declarations/</c> PII004 and
/// PII008, <c>Generation/</c> PII005 and PII006 (decided by the generator's parse in <c>Parsing/</c>),
/// <c>Records/</c> PII007, <c>Approval/</c> PII009, <c>Audit/</c> PII010, <c>Activities/</c> PII011 to PII014 (how
/// members use the declared processing activities; PII004 and PII008 check the declarations themselves). What several rules share is in
/// <c>Common/</c>: <c>CategoryPolicy</c> (special and sensitive categories), <c>OptionValues</c> (how options are
/// read), <c>RecordPrinting</c> (what a record's <c>ToString</c> prints), <c>AttributeReader</c> (what a tag says).
/// The verdicts the inventory's gaps share with the rules live beside their rules, as plain predicates over values:
/// <c>Encryption/EncryptionPolicy</c>, <c>Audit/AuditPolicy</c>, <c>Declarations/DeclarationPolicy</c>.
/// </remarks>
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
