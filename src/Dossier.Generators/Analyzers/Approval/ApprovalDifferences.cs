using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Inventory;

namespace Dossier.Generators.Analyzers.Approval;

/// <summary>
/// Which approved facts of a member the code no longer matches, named as in the approved file. Recipients are
/// compared as sets: their order in the attribute means nothing.
/// </summary>
internal static class ApprovalDifferences
{
    /// <summary>Each differing fact as "<c>field 'current' (approved 'approved')</c>".</summary>
    public static IReadOnlyList<string> Between(ApprovedEntry approved, ApprovedEntry current)
    {
        var differences = new List<string>();
        Compare(differences, ApprovedFields.Subject, approved.Subject, current.Subject);
        Compare(differences, ApprovedFields.Category, approved.Category, current.Category);
        Compare(differences, ApprovedFields.Purpose, approved.Purpose, current.Purpose);
        Compare(differences, ApprovedFields.LegalBasis, approved.LegalBasis, current.LegalBasis);
        Compare(differences, ApprovedFields.Retention, approved.Retention, current.Retention);
        Compare(differences, ApprovedFields.Erasure, approved.Erasure, current.Erasure);
        Compare(differences, ApprovedFields.RetentionReason, approved.RetentionReason, current.RetentionReason);
        Compare(differences, ApprovedFields.Encrypted, Bool(approved.Encrypted), Bool(current.Encrypted));
        if (!approved.Recipients.SequenceEqual(current.Recipients))
        {
            differences.Add(Describe(ApprovedFields.Recipients, List(approved.Recipients), List(current.Recipients)));
        }

        return differences;
    }

    private static void Compare(List<string> differences, string field, string? approved, string? current)
    {
        if (approved != current)
        {
            differences.Add(Describe(field, Quote(approved), Quote(current)));
        }
    }

    private static string Describe(string field, string approved, string current) => $"{field} is {current} in code but {approved} in the approved inventory";

    private static string Quote(string? value) => value is null ? "not set" : "'" + value + "'";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string List(IEnumerable<string> values) => values.Any() ? "[" + string.Join(", ", values) + "]" : "none";
}
