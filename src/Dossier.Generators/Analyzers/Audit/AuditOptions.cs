using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Audit;

/// <summary>Which tagged members PII010 requires to have their access logged (<c>dossier.audit_required</c>).</summary>
internal enum AuditRequirement
{
    /// <summary>The GDPR Art. 9 special categories and Art. 10 criminal data (the default).</summary>
    Special,
    /// <summary>The special categories plus government ids, financial data and credentials.</summary>
    Sensitive,
    /// <summary>Every tagged member.</summary>
    All,
    /// <summary>No member: PII010 reports only <c>[Audited]</c> members whose access cannot be recorded.</summary>
    None,
}

/// <summary>
/// Reads <c>dossier.audit_required</c>. An unknown value keeps the default, so a typo never turns the rule off;
/// the default is narrower than PII001's because every audited access costs a log write.
/// </summary>
internal static class AuditOptions
{
    public const string AuditRequiredKey = "dossier.audit_required";

    private const int GovernmentId = 8;
    private const int Financial = 11;
    private const int Credential = 12;

    public static AuditRequirement AuditRequired(AnalyzerOptions options, SyntaxTree? tree) =>
        DeclarationOptions.Read(options, tree, AuditRequiredKey)?.Trim().ToLowerInvariant() switch
        {
            "sensitive" => AuditRequirement.Sensitive,
            "all" => AuditRequirement.All,
            "none" => AuditRequirement.None,
            _ => AuditRequirement.Special,
        };

    /// <summary>Whether a member with <paramref name="tag"/> must have its access logged under <paramref name="requirement"/>.</summary>
    public static bool MustBeAudited(PersonalDataTag tag, AuditRequirement requirement) => requirement switch
    {
        AuditRequirement.All => true,
        AuditRequirement.None => false,
        AuditRequirement.Sensitive => tag.IsSpecialCategory || tag.Category is GovernmentId or Financial or Credential,
        _ => tag.IsSpecialCategory,
    };
}
