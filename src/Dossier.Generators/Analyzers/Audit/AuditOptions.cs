using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Audit;

/// <summary>
/// Reads <c>dossier.audit_required</c>: which tagged members PII010 requires to have their access logged. An unknown
/// value keeps the default, so a typo never turns the rule off; the default (<see cref="CategoryScope.Special"/>) is
/// narrower than PII001's because every audited access costs a log write. With <c>none</c>, PII010 reports only
/// <c>[Audited]</c> members whose access cannot be recorded.
/// </summary>
internal static class AuditOptions
{
    public const string AuditRequiredKey = "dossier.audit_required";

    public static CategoryScope AuditRequired(AnalyzerConfigOptionsProvider options, SyntaxTree? tree) =>
        CategoryPolicy.Parse(OptionValues.ForFile(options, tree, AuditRequiredKey), CategoryScope.Special);
}
