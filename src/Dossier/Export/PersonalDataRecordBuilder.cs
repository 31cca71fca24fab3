using System;
using System.Collections.Generic;

namespace Dossier;

/// <summary>Builds a <see cref="PersonalDataRecord"/> tree from what generated code visits.</summary>
internal sealed class PersonalDataRecordBuilder : PersonalDataVisitor
{
    private readonly Stack<Frame> _frames = new();
    private PersonalDataValue? _root;

    public static PersonalDataRecord Build(IPersonalData subject, Action<PersonalDataVisitor>? appendMembers = null)
    {
        var builder = new PersonalDataRecordBuilder();
        builder.Root(subject, appendMembers);
        return builder._root?.Record ?? throw new InvalidOperationException("The export produced no record.");
    }

    public override void BeginMember(PersonalDataMember member) => _frames.Peek().PendingMember = member;

    public override void EndMember() => _frames.Peek().PendingMember = null;

    public override void Null() => Add(PersonalDataValue.Null);

    public override void Value(string? value) => Add(value is null ? PersonalDataValue.Null : PersonalDataValue.FromScalar(value));

    public override void Value(bool value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(long value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(ulong value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(float value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(double value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(decimal value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(char value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(DateTime value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(DateTimeOffset value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(Guid value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(TimeSpan value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(byte[]? value) => Add(value is null ? PersonalDataValue.Null : PersonalDataValue.FromScalar((byte[])value.Clone()));

#if NET6_0_OR_GREATER
    public override void Value(DateOnly value) => Add(PersonalDataValue.FromScalar(value));

    public override void Value(TimeOnly value) => Add(PersonalDataValue.FromScalar(value));
#endif

    public override void BeginList() => _frames.Push(new Frame(FrameKind.List));

    public override void EndList() => Add(PersonalDataValue.FromList(_frames.Pop().Items));

    public override void BeginMap() => _frames.Push(new Frame(FrameKind.Map));

    public override void MapKey(string key) => _frames.Peek().PendingKey = key;

    public override void EndMap() => Add(PersonalDataValue.FromMap(_frames.Pop().Pairs));

    protected override void BeginObject(PersonalDataType type, int id) => _frames.Push(new Frame(FrameKind.Record) { Type = type, Id = id });

    protected override void EndObject()
    {
        var frame = _frames.Pop();
        Add(PersonalDataValue.FromRecord(new PersonalDataRecord(frame.Type!, frame.Id, frame.Entries)));
    }

    protected override void Reference(int id) => Add(PersonalDataValue.FromReference(id));

    private void Add(PersonalDataValue value)
    {
        if (_frames.Count == 0)
        {
            _root = value;
            return;
        }

        var frame = _frames.Peek();
        switch (frame.Kind)
        {
            case FrameKind.Record:
                frame.Entries.Add(new PersonalDataEntry(frame.PendingMember ?? throw new InvalidOperationException("A value was visited outside a member."), value));
                break;
            case FrameKind.List:
                frame.Items.Add(value);
                break;
            default:
                frame.Pairs.Add(new KeyValuePair<string, PersonalDataValue>(frame.PendingKey ?? string.Empty, value));
                frame.PendingKey = null;
                break;
        }
    }

    private enum FrameKind
    {
        Record,
        List,
        Map,
    }

    private sealed class Frame
    {
        private List<PersonalDataEntry>? _entries;
        private List<PersonalDataValue>? _items;
        private List<KeyValuePair<string, PersonalDataValue>>? _pairs;

        public Frame(FrameKind kind) => Kind = kind;

        public FrameKind Kind { get; }

        public PersonalDataType? Type { get; set; }

        public int Id { get; set; }

        public PersonalDataMember? PendingMember { get; set; }

        public string? PendingKey { get; set; }

        public List<PersonalDataEntry> Entries => _entries ??= new List<PersonalDataEntry>();

        public List<PersonalDataValue> Items => _items ??= new List<PersonalDataValue>();

        public List<KeyValuePair<string, PersonalDataValue>> Pairs => _pairs ??= new List<KeyValuePair<string, PersonalDataValue>>();
    }
}
