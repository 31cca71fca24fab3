using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Dossier;

/// <summary>
/// Everything exportable about one object and what it reaches: each value with its member name,
/// category, purpose, legal basis, retention and recipients (GDPR Art. 15(1)), nested objects and
/// collections kept as a tree. <see cref="ToJson"/> gives the structured, machine-readable form Art. 20 asks for.
/// </summary>
public sealed class PersonalDataRecord
{
    internal PersonalDataRecord(PersonalDataType type, int id, IReadOnlyList<PersonalDataEntry> entries)
    {
        Type = type;
        Id = id;
        Entries = entries;
    }

    /// <summary>The type of the exported object.</summary>
    public PersonalDataType Type { get; }

    /// <summary>The object's id within this export; a later <see cref="PersonalDataValueKind.Reference"/> to the same object uses it.</summary>
    public int Id { get; }

    /// <summary>The exported members, in declaration order, base type first.</summary>
    public IReadOnlyList<PersonalDataEntry> Entries { get; }

    /// <summary>The entry for the member called <paramref name="member"/>, or <c>null</c>.</summary>
    public PersonalDataEntry? this[string member]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Member.Name, member, StringComparison.Ordinal))
                {
                    return entry;
                }
            }

            return null;
        }
    }

    /// <summary>Writes the record as JSON, exactly as the generated streaming export does.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        PersonalDataJsonWriter.Write(PersonalDataValue.FromRecord(this), writer);
    }

    /// <summary>The record as indented JSON in which every HTML-sensitive and control character is escaped.</summary>
    public string ToJson()
    {
        using var buffer = new PooledBufferWriter(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, PersonalDataJsonWriter.IndentedOptions))
        {
            WriteTo(writer);
        }

        var json = buffer.Written;
        return Encoding.UTF8.GetString(json.Array!, json.Offset, json.Count);
    }

    /// <inheritdoc />
    public override string ToString() => ToJson();
}

/// <summary>One exported member: what the code declares about it, and its value.</summary>
public sealed class PersonalDataEntry
{
    internal PersonalDataEntry(PersonalDataMember member, PersonalDataValue value)
    {
        Member = member;
        Value = value;
    }

    /// <summary>What the code declares about the member.</summary>
    public PersonalDataMember Member { get; }

    /// <summary>The member's value.</summary>
    public PersonalDataValue Value { get; }

    /// <inheritdoc />
    public override string ToString() => Member.Name + " = " + Value;
}
