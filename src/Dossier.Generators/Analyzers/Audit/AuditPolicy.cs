using Dossier.Generators.Common;

namespace Dossier.Generators.Analyzers.Audit;

/// <summary>
/// PII010's verdict, in one place: PII010 asks it of a member's symbol, the inventory's "access not logged" gap asks it
/// of the member's model, with the same <c>.editorconfig</c> values, so the two cannot disagree.
/// </summary>
internal static class AuditPolicy
{
    /// <summary>
    /// Whether a tagged member of <paramref name="category"/> is unlogged: nobody asked for its access to be logged
    /// although <paramref name="required"/> (<c>dossier.audit_required</c>) covers its category, or it is
    /// <c>[Audited]</c> and generated code cannot record its access (whatever its category: the team asked for a trail
    /// and would silently not get one).
    /// </summary>
    public static bool IsUnlogged(CategoryScope required, int category, AccessLogging logging) => logging switch
    {
        AccessLogging.NotRequested => CategoryPolicy.Covers(required, category),
        AccessLogging.CannotRecord => true,
        _ => false,
    };
}
