using System;
using System.Collections.Generic;

namespace Dossier.EntityFrameworkCore.Reach;

/// <summary>
/// Leaves out of the appended rows those that the subject's own export reaches already (through a navigation that
/// EF Core fixed up when the rows were loaded), so each row appears once, where the model's navigations put it.
/// It replays the export with a visitor that writes nothing: a row the export would write as a reference is one
/// reached before.
/// </summary>
internal sealed class AlreadyExported : PersonalDataVisitor
{
    private int _open;
    private bool _referenceAtTop;

    public static List<(PersonalDataMember Member, List<IPersonalData> Rows)> Remove(
        IPersonalData subject, List<(PersonalDataMember Member, List<IPersonalData> Rows)> sections)
    {
        var replay = new AlreadyExported();
        replay.Nested(subject);
        var unreached = new List<(PersonalDataMember, List<IPersonalData>)>();
        foreach (var (member, rows) in sections)
        {
            var kept = new List<IPersonalData>();
            foreach (var row in rows)
            {
                replay._referenceAtTop = false;
                replay.Nested(row);
                if (!replay._referenceAtTop)
                {
                    kept.Add(row);
                }
            }

            if (kept.Count > 0)
            {
                unreached.Add((member, kept));
            }
        }

        return unreached;
    }

    public override void BeginMember(PersonalDataMember member) { }

    public override void EndMember() { }

    public override void Null() { }

    public override void Value(string? value) { }

    public override void Value(bool value) { }

    public override void Value(long value) { }

    public override void Value(ulong value) { }

    public override void Value(float value) { }

    public override void Value(double value) { }

    public override void Value(decimal value) { }

    public override void Value(char value) { }

    public override void Value(DateTime value) { }

    public override void Value(DateTimeOffset value) { }

    public override void Value(Guid value) { }

    public override void Value(TimeSpan value) { }

    public override void Value(byte[]? value) { }

    public override void Value(DateOnly value) { }

    public override void Value(TimeOnly value) { }

    public override void BeginList() { }

    public override void EndList() { }

    public override void BeginMap() { }

    public override void MapKey(string key) { }

    public override void EndMap() { }

    protected override void BeginObject(PersonalDataType type, int id) => _open++;

    protected override void EndObject() => _open--;

    protected override void Reference(int id) => _referenceAtTop |= _open == 0;
}
