using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace Dossier;

/// <summary>
/// Receives the exportable personal data of an object graph, member by member. Generated
/// <c>AcceptPersonalDataVisitor</c> methods drive it; <see cref="PersonalDataRecord"/> (the tree) and the
/// streaming JSON export are the two visitors Dossier ships. Applications rarely derive from it.
/// </summary>
/// <remarks>
/// The visitor visits every object once: an object reached again (a shared reference or a cycle) is
/// reported through <see cref="Reference"/> with the id it was given the first time.
/// A visitor is not thread-safe; each export uses its own.
/// </remarks>
public abstract partial class PersonalDataVisitor
{
    private readonly Dictionary<object, int> _visited = new(ReferenceIdentity.Instance);
    private int _nextId;
    private int _depth;

    /// <summary>The deepest nesting of objects and collections an export follows before it stops with an error.</summary>
    public const int MaxDepth = 256;

    /// <summary>Starts a member: what follows is its value.</summary>
    public abstract void BeginMember(PersonalDataMember member);

    /// <summary>Ends the member started last.</summary>
    public abstract void EndMember();

    /// <summary>A <c>null</c> value.</summary>
    public abstract void Null();

    /// <summary>A string.</summary>
    public abstract void Value(string? value);

    /// <summary>A Boolean.</summary>
    public abstract void Value(bool value);

    /// <summary>A signed integer.</summary>
    public abstract void Value(long value);

    /// <summary>An unsigned integer.</summary>
    public abstract void Value(ulong value);

    /// <summary>A single-precision number.</summary>
    public abstract void Value(float value);

    /// <summary>A double-precision number.</summary>
    public abstract void Value(double value);

    /// <summary>A decimal number.</summary>
    public abstract void Value(decimal value);

    /// <summary>A character.</summary>
    public abstract void Value(char value);

    /// <summary>A date and time.</summary>
    public abstract void Value(DateTime value);

    /// <summary>A date and time with an offset.</summary>
    public abstract void Value(DateTimeOffset value);

    /// <summary>A GUID.</summary>
    public abstract void Value(Guid value);

    /// <summary>A time interval.</summary>
    public abstract void Value(TimeSpan value);

    /// <summary>Binary data.</summary>
    public abstract void Value(byte[]? value);

#if NET6_0_OR_GREATER
    /// <summary>A date.</summary>
    public abstract void Value(DateOnly value);

    /// <summary>A time of day.</summary>
    public abstract void Value(TimeOnly value);
#endif

    /// <summary>An enum value, exported by name.</summary>
    public void Enum<TEnum>(TEnum value) where TEnum : struct, Enum => Value(EnumText<TEnum>.Of(value));

    /// <summary>A value of any other type, exported as its invariant-culture text (IP addresses, URIs, mail addresses).</summary>
    public void Text(object? value)
    {
        if (value is null)
        {
            Null();
        }
        else
        {
            Value(value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : value.ToString());
        }
    }

    /// <summary>Starts a list; its items follow.</summary>
    public abstract void BeginList();

    /// <summary>Ends the list started last.</summary>
    public abstract void EndList();

    /// <summary>Starts a dictionary; keys and values follow in turn.</summary>
    public abstract void BeginMap();

    /// <summary>The key of the next dictionary entry.</summary>
    public abstract void MapKey(string key);

    /// <summary>Ends the dictionary started last.</summary>
    public abstract void EndMap();

    /// <summary>Formats a dictionary key with the invariant culture.</summary>
    public static string KeyText<TKey>(TKey key) => key switch
    {
        null => string.Empty,
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString() ?? string.Empty,
    };

    /// <summary>A nested object that holds personal data, visited once however often it is reached.</summary>
    public void Nested(IPersonalData? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        if (_visited.TryGetValue(value, out var id))
        {
            Reference(id);
            return;
        }

        id = ++_nextId;
        _visited.Add(value, id);
        VisitObject(value, id);
    }

    /// <summary>A nested value type that holds personal data. Values have no identity, so each is visited where it is.</summary>
    public void NestedValue<T>(in T value) where T : struct, IPersonalData
    {
        EnterLevel();
        BeginObject(value.PersonalDataType, ++_nextId);
        value.AcceptPersonalDataVisitor(this);
        EndObject();
        _depth--;
    }

    /// <summary>A value whose type is only known at run time (<c>object</c>, an interface, a type parameter).</summary>
    public void Dynamic(object? value)
    {
        switch (value)
        {
            case null: Null(); break;
            case IPersonalData nested: Nested(nested); break;
            case string text: Value(text); break;
            case bool boolean: Value(boolean); break;
            case char character: Value(character); break;
            case byte number: Value(number); break;
            case sbyte number: Value(number); break;
            case short number: Value(number); break;
            case ushort number: Value(number); break;
            case int number: Value(number); break;
            case uint number: Value(number); break;
            case long number: Value(number); break;
            case ulong number: Value(number); break;
            case float number: Value(number); break;
            case double number: Value(number); break;
            case decimal number: Value(number); break;
            case DateTime date: Value(date); break;
            case DateTimeOffset date: Value(date); break;
            case Guid guid: Value(guid); break;
            case TimeSpan span: Value(span); break;
#if NET6_0_OR_GREATER
            case DateOnly date: Value(date); break;
            case TimeOnly time: Value(time); break;
#endif
            case byte[] bytes: Value(bytes); break;
            case Enum enumValue: Value(enumValue.ToString()); break;
            case IDictionary dictionary: DynamicMap(dictionary); break;
            case IEnumerable items: DynamicList(items); break;
            default: Text(value); break;
        }
    }

    /// <summary>Starts an object. <paramref name="id"/> is unique within one export.</summary>
    protected abstract void BeginObject(PersonalDataType type, int id);

    /// <summary>Ends the object started last.</summary>
    protected abstract void EndObject();

    /// <summary>An object visited earlier in the same export, by the id it was given then.</summary>
    protected abstract void Reference(int id);

    /// <summary>Forgets the objects visited so far, so the visitor can be used again.</summary>
    protected void ResetVisits()
    {
        _visited.Clear();
        _nextId = 0;
        _depth = 0;
    }

    /// <summary>
    /// Visits <paramref name="subject"/> as the root object; after its own members, <paramref name="appendMembers"/>
    /// adds more members to it (related data stored apart from the object). Anything the appended members reach that
    /// the subject reached already, the subject itself included, is visited as a reference.
    /// </summary>
    internal void Root(IPersonalData subject, Action<PersonalDataVisitor>? appendMembers)
    {
        var id = ++_nextId;
        _visited.Add(subject, id);
        EnterLevel();
        BeginObject(subject.PersonalDataType, id);
        subject.AcceptPersonalDataVisitor(this);
        appendMembers?.Invoke(this);
        EndObject();
        _depth--;
    }

    internal void ReplayObject(PersonalDataType type, int id, IReadOnlyList<PersonalDataEntry> entries)
    {
        EnterLevel();
        BeginObject(type, id);
        foreach (var entry in entries)
        {
            BeginMember(entry.Member);
            entry.Value.Accept(this);
            EndMember();
        }

        EndObject();
        _depth--;
    }

    internal void ReplayReference(int id) => Reference(id);

    private void VisitObject(IPersonalData value, int id)
    {
        EnterLevel();
        BeginObject(value.PersonalDataType, id);
        value.AcceptPersonalDataVisitor(this);
        EndObject();
        _depth--;
    }

    private void DynamicList(IEnumerable items)
    {
        EnterLevel();
        BeginList();
        foreach (var item in items)
        {
            Dynamic(item);
        }

        EndList();
        _depth--;
    }

    private void DynamicMap(IDictionary dictionary)
    {
        EnterLevel();
        BeginMap();
        foreach (DictionaryEntry entry in dictionary)
        {
            MapKey(KeyText(entry.Key));
            Dynamic(entry.Value);
        }

        EndMap();
        _depth--;
    }

    private void EnterLevel()
    {
        if (++_depth > MaxDepth)
        {
            throw new PersonalDataGraphTooDeepException(MaxDepth);
        }
    }
}
