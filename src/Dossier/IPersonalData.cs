using System.ComponentModel;

namespace Dossier;

/// <summary>
/// Implemented by the generated code of every type that holds personal data. Application code calls the
/// generated <c>ExportPersonalData()</c>, <c>WritePersonalData(Utf8JsonWriter)</c> and
/// <c>ErasePersonalData()</c> methods on the type itself; the members of this interface connect the
/// generated code of nested objects and are not meant to be called directly.
/// </summary>
public interface IPersonalData
{
    /// <summary>Describes the runtime type of this object for exports and erasure reports.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    PersonalDataType PersonalDataType { get; }

    /// <summary>Visits every exportable personal data member, in declaration order, base type first.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    void AcceptPersonalDataVisitor(PersonalDataVisitor visitor);

    /// <summary>
    /// Applies every personal data member's <see cref="Erasure"/> strategy; in an erasure scoped to a processing
    /// activity, only the strategies of members that serve that activity alone (<see cref="PersonalDataEraser.IsFull"/>,
    /// <see cref="PersonalDataEraser.ErasesActivity"/>).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    void ErasePersonalData(PersonalDataEraser eraser);
}
