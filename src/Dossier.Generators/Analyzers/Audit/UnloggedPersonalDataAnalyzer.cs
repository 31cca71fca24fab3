using System.Collections.Immutable;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Audit;

/// <summary>
/// PII010: personal data whose reads and writes leave no trace. Reports a tagged member whose category must be
/// audited (<c>dossier.audit_required</c>) but that is not <c>[Audited]</c>, and, whatever its category, an
/// <c>[Audited]</c> member whose access generated code cannot record: the team asked for an audit trail and would
/// silently not get one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnloggedPersonalDataAnalyzer : DossierAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.Unlogged);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context) =>
        context.RegisterSymbolAction(Analyze, SymbolKind.Property, SymbolKind.Field);

    private static void Analyze(SymbolAnalysisContext context)
    {
        // TaggedMember skips the implementation part of a partial property: the definition part speaks for the pair.
        if (TaggedMember.From(context.Symbol, context.Compilation, context.CancellationToken) is not { } member)
        {
            return;
        }

        var logging = AuditedAccess.Classify(member.Symbol, out var reason);
        var required = AuditOptions.AuditRequired(context.Options.AnalyzerConfigOptionsProvider, member.Location.SourceTree);
        if (!AuditPolicy.IsUnlogged(required, member.Tag.Category, logging))
        {
            return;
        }

        string message;
        switch (logging)
        {
            case AccessLogging.NotRequested:
                message = $"'{member.Symbol.Name}' holds {EnumNames.Category(member.Tag.Category)} data, whose access must be logged, " +
                    "but is not [Audited]; mark it [Audited] and declare it as a partial property, so that each read and write is recorded";
                break;
            default:
                message = $"'{member.Symbol.Name}' is [Audited], but Dossier cannot record its reads and writes: {reason}";
                break;
        }

        // The fix adds [Audited] beside the tagging attribute, so it travels as an additional location.
        var additional = member.Syntax is { } syntax ? new[] { syntax.GetLocation() } : null;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Unlogged, member.Location, additional, message));
    }
}
