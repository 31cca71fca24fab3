using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dossier;

/// <summary>What a <see cref="PersonalDataValue"/> holds.</summary>
public enum PersonalDataValueKind
{
    /// <summary>No value.</summary>
    Null,
    /// <summary>A single value: a string, a number, a Boolean, a date, binary data.</summary>
    Scalar,
    /// <summary>A nested object; see <see cref="PersonalDataValue.Record"/>.</summary>
    Record,
    /// <summary>An object exported earlier in the same export; see <see cref="PersonalDataValue.ReferenceId"/>.</summary>
    Reference,
    /// <summary>A list; see <see cref="PersonalDataValue.Items"/>.</summary>
    List,
    /// <summary>A dictionary; see <see cref="PersonalDataValue.Map"/>.</summary>
    Map,
}

/// <summary>A value in an export: a scalar, a nested record, a reference to a record exported earlier, a list or a dictionary.</summary>
public sealed class PersonalDataValue
{
    private static readonly PersonalDataValue NullValue = new(PersonalDataValueKind.Null, null, null, 0, null, null);

    private PersonalDataValue(
        PersonalDataValueKind kind,
        object? scalar,
        PersonalDataRecord? record,
        int referenceId,
        IReadOnlyList<PersonalDataValue>? items,
        IReadOnlyList<KeyValuePair<string, PersonalDataValue>>? map)
    {
        Kind = kind;
        Scalar = scalar;
        Record = record;
        ReferenceId = referenceId;
        Items = items ?? Array.Empty<PersonalDataValue>();
        Map = map ?? Array.Empty<KeyValuePair<string, PersonalDataValue>>();
    }

    /// <summary>What the value holds.</summary>
    public PersonalDataValueKind Kind { get; }

    /// <summary>
    /// The scalar as held: <see cref="string"/>, <see cref="bool"/>, <see cref="long"/>, <see cref="ulong"/>,
    /// <see cref="float"/>, <see cref="double"/>, <see cref="decimal"/>, <see cref="char"/>, <see cref="DateTime"/>,
    /// <see cref="DateTimeOffset"/>, <see cref="Guid"/>, <see cref="TimeSpan"/>, a <see cref="byte"/> array, or on
    /// .NET 6 and later <c>DateOnly</c> and <c>TimeOnly</c>. Enums and other types are held as their text.
    /// </summary>
    public object? Scalar { get; }

    /// <summary>The nested record, for <see cref="PersonalDataValueKind.Record"/>.</summary>
    public PersonalDataRecord? Record { get; }

    /// <summary>The <see cref="PersonalDataRecord.Id"/> of the record referred to, for <see cref="PersonalDataValueKind.Reference"/>.</summary>
    public int ReferenceId { get; }

    /// <summary>The items, for <see cref="PersonalDataValueKind.List"/>.</summary>
    public IReadOnlyList<PersonalDataValue> Items { get; }

    /// <summary>The entries, for <see cref="PersonalDataValueKind.Map"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, PersonalDataValue>> Map { get; }

    internal static PersonalDataValue Null => NullValue;

    internal static PersonalDataValue FromScalar(object value) => new(PersonalDataValueKind.Scalar, value, null, 0, null, null);

    internal static PersonalDataValue FromRecord(PersonalDataRecord record) => new(PersonalDataValueKind.Record, null, record, 0, null, null);

    internal static PersonalDataValue FromReference(int id) => new(PersonalDataValueKind.Reference, null, null, id, null, null);

    internal static PersonalDataValue FromList(IReadOnlyList<PersonalDataValue> items) => new(PersonalDataValueKind.List, null, null, 0, items, null);

    internal static PersonalDataValue FromMap(IReadOnlyList<KeyValuePair<string, PersonalDataValue>> map) => new(PersonalDataValueKind.Map, null, null, 0, null, map);

    internal void Accept(PersonalDataVisitor visitor)
    {
        switch (Kind)
        {
            case PersonalDataValueKind.Record:
                visitor.ReplayObject(Record!.Type, Record.Id, Record.Entries);
                break;
            case PersonalDataValueKind.Reference:
                visitor.ReplayReference(ReferenceId);
                break;
            case PersonalDataValueKind.List:
                visitor.BeginList();
                foreach (var item in Items)
                {
                    item.Accept(visitor);
                }

                visitor.EndList();
                break;
            case PersonalDataValueKind.Map:
                visitor.BeginMap();
                foreach (var pair in Map)
                {
                    visitor.MapKey(pair.Key);
                    pair.Value.Accept(visitor);
                }

                visitor.EndMap();
                break;
            case PersonalDataValueKind.Scalar:
                visitor.Dynamic(Scalar);
                break;
            default:
                visitor.Null();
                break;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        PersonalDataValueKind.Scalar => Scalar is IFormattable formattable
            ? formattable.ToString(null, CultureInfo.InvariantCulture)
            : Scalar is byte[] bytes ? Convert.ToBase64String(bytes) : Scalar?.ToString() ?? string.Empty,
        PersonalDataValueKind.Record => Record!.Type.Name + "#" + Record.Id.ToString(CultureInfo.InvariantCulture),
        PersonalDataValueKind.Reference => "$ref " + ReferenceId.ToString(CultureInfo.InvariantCulture),
        PersonalDataValueKind.List => "[" + Items.Count.ToString(CultureInfo.InvariantCulture) + " items]",
        PersonalDataValueKind.Map => "{" + Map.Count.ToString(CultureInfo.InvariantCulture) + " entries}",
        _ => "null",
    };
}
