using System;
using System.Buffers.Text;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Dossier.Benchmarks.Runtime;

/// <summary>
/// Exports personal data by reflection over the same attributes the generator reads, writing the same JSON as
/// Dossier's generated export: what an application without a generator would write. Two ways to find the
/// members: <see cref="Uncached"/> reads the attributes on every call (as ASP.NET Core Identity's download does),
/// <see cref="Cached"/> reads them once per type and keeps the result, as a careful implementation would.
/// Either way values are read with <c>PropertyInfo.GetValue</c>.
/// </summary>
public sealed class ReflectionExporter
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("$id");
    private static readonly JsonEncodedText RefName = JsonEncodedText.Encode("$ref");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText SubjectName = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText PurposeName = JsonEncodedText.Encode("purpose");
    private static readonly JsonEncodedText LegalBasisName = JsonEncodedText.Encode("legalBasis");
    private static readonly JsonEncodedText RetentionName = JsonEncodedText.Encode("retention");
    private static readonly JsonEncodedText RecipientsName = JsonEncodedText.Encode("recipients");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");

    private readonly Func<Type, ReflectedType> _describe;

    private ReflectionExporter(Func<Type, ReflectedType> describe) => _describe = describe;

    /// <summary>Reads the attributes of every object it exports, on every call.</summary>
    public static ReflectionExporter Uncached { get; } = new(ReflectedType.Describe);

    /// <summary>Reads the attributes of each type once.</summary>
    public static ReflectionExporter Cached { get; } = new(ReflectedTypeCache.Get);

    /// <summary>The export as indented JSON, with the options of Dossier's <c>ToJson()</c>.</summary>
    public string ToJson(object subject)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PersonalDataJsonWriter.IndentedOptions))
        {
            Write(subject, writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the export of <paramref name="subject"/> to <paramref name="writer"/>.</summary>
    public void Write(object subject, Utf8JsonWriter writer)
    {
        var visited = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        WriteObject(subject, writer, visited);
    }

    private void WriteObject(object value, Utf8JsonWriter writer, Dictionary<object, int> visited)
    {
        if (visited.TryGetValue(value, out var seen))
        {
            writer.WriteStartObject();
            WriteId(writer, RefName, seen);
            writer.WriteEndObject();
            return;
        }

        var id = visited.Count + 1;
        visited.Add(value, id);
        var type = _describe(value.GetType());
        writer.WriteStartObject();
        WriteId(writer, IdName, id);
        writer.WriteString(TypeName, type.EncodedName);
        if (type.Subject is not null)
        {
            writer.WriteString(SubjectName, type.EncodedSubject);
        }

        writer.WriteStartObject(DataName);
        foreach (var member in type.Members)
        {
            if (member.Tag is { Export: false })
            {
                continue;
            }

            writer.WritePropertyName(member.EncodedName);
            writer.WriteStartObject();
            if (member.Tag is { } tag)
            {
                WriteDeclaration(writer, tag);
            }

            writer.WritePropertyName(ValueName);
            WriteValue(member.Kind, member.Property.GetValue(value), writer, visited);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteDeclaration(Utf8JsonWriter writer, PersonalDataAttribute tag)
    {
        writer.WriteString(CategoryName, tag.Category.ToString());
        if (tag.Purpose is not null)
        {
            writer.WriteString(PurposeName, tag.Purpose);
        }

        if (tag.LegalBasis != LegalBasis.Unspecified)
        {
            writer.WriteString(LegalBasisName, tag.LegalBasis.ToString());
        }

        if (tag.Retention is not null)
        {
            writer.WriteString(RetentionName, tag.Retention);
        }

        if (tag.Recipients is { Length: > 0 } recipients)
        {
            writer.WriteStartArray(RecipientsName);
            foreach (var recipient in recipients)
            {
                writer.WriteStringValue(recipient);
            }

            writer.WriteEndArray();
        }
    }

    private void WriteValue(ReflectedValueKind kind, object? value, Utf8JsonWriter writer, Dictionary<object, int> visited)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (kind == ReflectedValueKind.Nested)
        {
            WriteObject(value, writer, visited);
        }
        else if (kind == ReflectedValueKind.List)
        {
            writer.WriteStartArray();
            foreach (var item in (IEnumerable)value)
            {
                if (item is null) writer.WriteNullValue();
                else WriteObject(item, writer, visited);
            }

            writer.WriteEndArray();
        }
        else
        {
            WriteScalar(value, writer);
        }
    }

    private static void WriteScalar(object value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case float number: writer.WriteNumberValue(number); break;
            case DateTime date: writer.WriteStringValue(date); break;
            case DateTimeOffset date: writer.WriteStringValue(date); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case Guid guid: writer.WriteStringValue(guid); break;
            case TimeSpan span: writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture)); break;
            case byte[] bytes: writer.WriteBase64StringValue(bytes); break;
            case Enum choice: writer.WriteStringValue(choice.ToString()); break;
            case IFormattable formattable: writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    private static void WriteId(Utf8JsonWriter writer, JsonEncodedText name, int id)
    {
        Span<byte> digits = stackalloc byte[11];
        Utf8Formatter.TryFormat(id, digits, out var written);
        writer.WriteString(name, digits[..written]);
    }
}

/// <summary>The per-type cache of the cached reflection exporter and eraser.</summary>
public static class ReflectedTypeCache
{
    private static readonly ConcurrentDictionary<Type, ReflectedType> Types = new();

    public static ReflectedType Get(Type type) => Types.GetOrAdd(type, ReflectedType.Describe);
}
