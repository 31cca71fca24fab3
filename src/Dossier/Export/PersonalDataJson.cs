using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Dossier;

/// <summary>
/// Writes personal data as JSON straight to a <see cref="Utf8JsonWriter"/>. Generated
/// <c>WritePersonalData(Utf8JsonWriter)</c> and <see cref="PersonalDataRecord.ToJson"/> both use it, so the
/// streaming and the tree forms of an export produce the same JSON.
/// </summary>
public sealed class PersonalDataJsonWriter : PersonalDataVisitor
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
    private static readonly JsonEncodedText ActivitiesName = JsonEncodedText.Encode("activities");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText[] CategoryValues = EncodeNames<DataCategory>();
    private static readonly JsonEncodedText[] LegalBasisValues = EncodeNames<LegalBasis>();

    [ThreadStatic]
    private static PersonalDataJsonWriter? t_cached;

    private Utf8JsonWriter _writer = null!;

    /// <summary>
    /// The JSON nesting one level of objects can take: the object, its <c>data</c>, the member, and up to five
    /// collections nested in the member's value.
    /// </summary>
    private const int JsonLevelsPerObject = 8;

    /// <summary>
    /// The options of the JSON that <see cref="PersonalDataRecord.ToJson"/> returns: indented, with every
    /// character that is unsafe in HTML escaped, all other Unicode letters kept readable, and lone surrogates
    /// (which have no UTF-8 form) written as U+FFFD. Its <see cref="JsonWriterOptions.MaxDepth"/> admits every
    /// graph within <see cref="PersonalDataVisitor.MaxDepth"/>; pass these options, or a depth as large, to the
    /// writer given to the streaming export.
    /// </summary>
    public static JsonWriterOptions IndentedOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        MaxDepth = MaxDepth * JsonLevelsPerObject,
    };

    private PersonalDataJsonWriter()
    {
    }

    /// <summary>
    /// Writes the personal data of <paramref name="subject"/> to <paramref name="writer"/> as one JSON object.
    /// Reuses a per-thread writer state, so a call allocates nothing beyond what the writer itself does.
    /// </summary>
    public static void Write(IPersonalData subject, Utf8JsonWriter writer)
    {
        if (subject is null) throw new ArgumentNullException(nameof(subject));
        if (writer is null) throw new ArgumentNullException(nameof(writer));

        var state = Rent(writer);
        try
        {
            state.Nested(subject);
        }
        finally
        {
            Return(state);
        }
    }

    internal static void Write(PersonalDataValue value, Utf8JsonWriter writer)
    {
        var state = Rent(writer);
        try
        {
            value.Accept(state);
        }
        finally
        {
            Return(state);
        }
    }

    // One writer state per thread, taken while in use so that a nested export on the same thread gets its own.
    private static PersonalDataJsonWriter Rent(Utf8JsonWriter writer)
    {
        var state = t_cached ?? new PersonalDataJsonWriter();
        t_cached = null;
        state._writer = writer;
        return state;
    }

    private static void Return(PersonalDataJsonWriter state)
    {
        state._writer = null!;
        state.ResetVisits();
        t_cached = state;
    }

    /// <inheritdoc />
    public override void BeginMember(PersonalDataMember member)
    {
        _writer.WritePropertyName(member.EncodedName);
        _writer.WriteStartObject();
        if (member.IsTagged)
        {
            _writer.WriteString(CategoryName, CategoryValues[(int)member.Category < CategoryValues.Length && member.Category >= 0 ? (int)member.Category : 0]);
            if (member.Purpose is not null)
            {
                _writer.WriteString(PurposeName, member.EncodedPurpose);
            }

            if (member.LegalBasis != LegalBasis.Unspecified && (int)member.LegalBasis < LegalBasisValues.Length)
            {
                _writer.WriteString(LegalBasisName, LegalBasisValues[(int)member.LegalBasis]);
            }

            if (member.Retention is not null)
            {
                _writer.WriteString(RetentionName, member.EncodedRetention);
            }

            if (member.EncodedRecipients.Length > 0)
            {
                _writer.WriteStartArray(RecipientsName);
                foreach (var recipient in member.EncodedRecipients)
                {
                    _writer.WriteStringValue(recipient);
                }

                _writer.WriteEndArray();
            }

            if (member.Activities.Count > 0)
            {
                WriteActivities(member.Activities);
            }
        }

        _writer.WritePropertyName(ValueName);
    }

    /// <summary>
    /// Every activity the value serves, with its purpose and legal basis (Art. 15(1)(a)–(c)); written only for members
    /// that name activities, so that the JSON of every other member is what it has always been.
    /// </summary>
    private void WriteActivities(IReadOnlyList<PersonalDataActivity> activities)
    {
        _writer.WriteStartArray(ActivitiesName);
        foreach (var activity in activities)
        {
            _writer.WriteStartObject();
            _writer.WriteString(NameName, activity.EncodedName);
            if (activity.Purpose is not null)
            {
                _writer.WriteString(PurposeName, activity.EncodedPurpose);
            }

            if (activity.LegalBasis > LegalBasis.Unspecified && (int)activity.LegalBasis < LegalBasisValues.Length)
            {
                _writer.WriteString(LegalBasisName, LegalBasisValues[(int)activity.LegalBasis]);
            }

            if (activity.Retention is not null)
            {
                _writer.WriteString(RetentionName, activity.EncodedRetention);
            }

            if (activity.EncodedRecipients.Length > 0)
            {
                _writer.WriteStartArray(RecipientsName);
                foreach (var recipient in activity.EncodedRecipients)
                {
                    _writer.WriteStringValue(recipient);
                }

                _writer.WriteEndArray();
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
    }

    /// <inheritdoc />
    public override void EndMember() => _writer.WriteEndObject();

    /// <inheritdoc />
    public override void Null() => _writer.WriteNullValue();

    /// <inheritdoc />
    public override void Value(string? value)
    {
        if (value is null) _writer.WriteNullValue();
        else _writer.WriteStringValue(value);
    }

    /// <inheritdoc />
    public override void Value(bool value) => _writer.WriteBooleanValue(value);

    /// <inheritdoc />
    public override void Value(long value) => _writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override void Value(ulong value) => _writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override void Value(float value)
    {
        // JSON has no NaN or infinity; write them as the strings .NET itself uses.
        if (float.IsNaN(value) || float.IsInfinity(value)) _writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        else _writer.WriteNumberValue(value);
    }

    /// <inheritdoc />
    public override void Value(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) _writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        else _writer.WriteNumberValue(value);
    }

    /// <inheritdoc />
    public override void Value(decimal value) => _writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override void Value(char value)
    {
        Span<char> buffer = stackalloc char[1];
        buffer[0] = value;
        _writer.WriteStringValue(buffer);
    }

    /// <inheritdoc />
    public override void Value(DateTime value) => _writer.WriteStringValue(value);

    /// <inheritdoc />
    public override void Value(DateTimeOffset value) => _writer.WriteStringValue(value);

    /// <inheritdoc />
    public override void Value(Guid value) => _writer.WriteStringValue(value);

    /// <inheritdoc />
    public override void Value(TimeSpan value)
    {
        // The constant ("c") format, straight to UTF-8 on every target: TimeSpan.ToString would allocate.
        Span<byte> buffer = stackalloc byte[32];
        Utf8Formatter.TryFormat(value, buffer, out var written, new StandardFormat('c'));
        _writer.WriteStringValue(buffer.Slice(0, written));
    }

    /// <inheritdoc />
    public override void Value(byte[]? value)
    {
        if (value is null) _writer.WriteNullValue();
        else _writer.WriteBase64StringValue(value);
    }

#if NET6_0_OR_GREATER
    /// <inheritdoc />
    public override void Value(DateOnly value)
    {
        Span<char> buffer = stackalloc char[16];
        value.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _writer.WriteStringValue(buffer.Slice(0, written));
    }

    /// <inheritdoc />
    public override void Value(TimeOnly value)
    {
        Span<char> buffer = stackalloc char[24];
        value.TryFormat(buffer, out var written, "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        _writer.WriteStringValue(buffer.Slice(0, written));
    }
#endif

    /// <inheritdoc />
    public override void BeginList() => _writer.WriteStartArray();

    /// <inheritdoc />
    public override void EndList() => _writer.WriteEndArray();

    /// <inheritdoc />
    public override void BeginMap() => _writer.WriteStartObject();

    /// <inheritdoc />
    public override void MapKey(string key) => _writer.WritePropertyName(key);

    /// <inheritdoc />
    public override void EndMap() => _writer.WriteEndObject();

    /// <inheritdoc />
    protected override void BeginObject(PersonalDataType type, int id)
    {
        _writer.WriteStartObject();
        WriteId(IdName, id);
        _writer.WriteString(TypeName, type.EncodedName);
        if (type.Subject is not null)
        {
            _writer.WriteString(SubjectName, type.EncodedSubject);
        }

        _writer.WriteStartObject(DataName);
    }

    /// <inheritdoc />
    protected override void EndObject()
    {
        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override void Reference(int id)
    {
        _writer.WriteStartObject();
        WriteId(RefName, id);
        _writer.WriteEndObject();
    }

    private void WriteId(JsonEncodedText name, int id)
    {
        Span<byte> digits = stackalloc byte[11];
        Utf8Formatter.TryFormat(id, digits, out var written);
        _writer.WriteString(name, digits.Slice(0, written));
    }

    private static JsonEncodedText[] EncodeNames<TEnum>() where TEnum : struct, Enum
    {
        var values = (TEnum[])System.Enum.GetValues(typeof(TEnum));
        var names = new JsonEncodedText[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[i] = JsonEncodedText.Encode(values[i].ToString());
        }

        return names;
    }
}
