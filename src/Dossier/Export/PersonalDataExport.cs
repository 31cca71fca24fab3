using System;
using System.Text.Json;

namespace Dossier;

/// <summary>
/// Entry points of the generated <c>ExportPersonalData()</c> and <c>WritePersonalData(Utf8JsonWriter)</c> methods.
/// Each call is recorded once in the <see cref="PersonalDataAudit"/> log, before anything is exported.
/// </summary>
public static class PersonalDataExport
{
    /// <summary>Exports <paramref name="subject"/> and everything it reaches as a tree.</summary>
    public static PersonalDataRecord ToRecord(IPersonalData subject)
    {
        if (subject is null) throw new ArgumentNullException(nameof(subject));
        PersonalDataAudit.RecordSubject(PersonalDataAccessKind.Export, subject);
        return PersonalDataRecordBuilder.Build(subject);
    }

    /// <summary>
    /// Exports <paramref name="subject"/> and everything it reaches as a tree, with more members appended to the
    /// subject's record: data about the subject that the subject's object does not reach, such as database rows
    /// that refer to it by a key. <paramref name="appendMembers"/> is called once, after the subject's own members,
    /// and reports each appended member the way generated code does (<see cref="PersonalDataVisitor.BeginMember(PersonalDataMember)"/>,
    /// a value, <see cref="PersonalDataVisitor.EndMember"/>). An object it passes to
    /// <see cref="PersonalDataVisitor.Nested"/> that the export has reached already is written as a reference.
    /// </summary>
    public static PersonalDataRecord ToRecord(IPersonalData subject, Action<PersonalDataVisitor> appendMembers)
    {
        if (subject is null) throw new ArgumentNullException(nameof(subject));
        if (appendMembers is null) throw new ArgumentNullException(nameof(appendMembers));
        PersonalDataAudit.RecordSubject(PersonalDataAccessKind.Export, subject);
        return PersonalDataRecordBuilder.Build(subject, appendMembers);
    }

    /// <summary>Writes the export of <paramref name="subject"/> to <paramref name="writer"/> without building the tree.</summary>
    public static void WriteJson(IPersonalData subject, Utf8JsonWriter writer)
    {
        if (subject is null) throw new ArgumentNullException(nameof(subject));
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        PersonalDataAudit.RecordSubject(PersonalDataAccessKind.Export, subject);
        PersonalDataJsonWriter.Write(subject, writer);
    }
}
