using System.ComponentModel;

namespace Dossier;

/// <summary>
/// Implemented by generated code for types that have a key: a member marked
/// <c>[System.ComponentModel.DataAnnotations.Key]</c>, or else one named <c>Id</c> or <c>&lt;TypeName&gt;Id</c>. The audit
/// trail names the data subject by it. See docs/audit.md for the full rule.
/// </summary>
public interface IPersonalDataSubjectId
{
    /// <summary>The key, as invariant text, or <c>null</c> when it has no value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    string? PersonalDataSubjectId { get; }
}
