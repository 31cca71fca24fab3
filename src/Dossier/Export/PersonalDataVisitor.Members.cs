using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Dossier;

/// <summary>
/// What generated code calls: one call per member, naming the member by its type's description and its index in
/// it. Each is <see cref="BeginMember(PersonalDataMember)"/>, the value, <see cref="EndMember"/>; the method names say the value's type,
/// so the compiler binds each call without weighing every overload of <see cref="Value(string)"/>. Those that lead
/// into nested objects ask to be inlined, so that a deep graph takes no more stack per level than before they existed.
/// </summary>
public abstract partial class PersonalDataVisitor
{
    /// <summary>Starts member <paramref name="member"/> of <paramref name="type"/> (for collections, whose items follow).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void BeginMember(PersonalDataType type, int member) => BeginMember(type[member]);

    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteString(PersonalDataType type, int member, string? value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteBoolean(PersonalDataType type, int member, bool value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteBoolean(PersonalDataType type, int member, bool? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteChar(PersonalDataType type, int member, char value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteChar(PersonalDataType type, int member, char? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteInt64(PersonalDataType type, int member, long value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteInt64(PersonalDataType type, int member, long? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteUInt64(PersonalDataType type, int member, ulong value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteUInt64(PersonalDataType type, int member, ulong? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteSingle(PersonalDataType type, int member, float value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteSingle(PersonalDataType type, int member, float? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDouble(PersonalDataType type, int member, double value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDouble(PersonalDataType type, int member, double? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDecimal(PersonalDataType type, int member, decimal value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDecimal(PersonalDataType type, int member, decimal? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDateTime(PersonalDataType type, int member, DateTime value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDateTime(PersonalDataType type, int member, DateTime? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDateTimeOffset(PersonalDataType type, int member, DateTimeOffset value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDateTimeOffset(PersonalDataType type, int member, DateTimeOffset? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteGuid(PersonalDataType type, int member, Guid value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteGuid(PersonalDataType type, int member, Guid? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTimeSpan(PersonalDataType type, int member, TimeSpan value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTimeSpan(PersonalDataType type, int member, TimeSpan? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteBytes(PersonalDataType type, int member, byte[]? value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
#if NET6_0_OR_GREATER
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDateOnly(PersonalDataType type, int member, DateOnly value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteDateOnly(PersonalDataType type, int member, DateOnly? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTimeOnly(PersonalDataType type, int member, TimeOnly value)
    {
        BeginMember(type[member]);
        Value(value);
        EndMember();
    }
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>, with its value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTimeOnly(PersonalDataType type, int member, TimeOnly? value)
    {
        BeginMember(type[member]);
        if (value.HasValue) Value(value.GetValueOrDefault()); else Null();
        EndMember();
    }
#endif
    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>: an enum value, exported by name.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteEnum<TEnum>(PersonalDataType type, int member, TEnum value) where TEnum : struct, Enum
    {
        BeginMember(type[member]);
        Enum(value);
        EndMember();
    }

    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>: an enum value or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteEnum<TEnum>(PersonalDataType type, int member, TEnum? value) where TEnum : struct, Enum
    {
        BeginMember(type[member]);
        if (value.HasValue) Enum(value.GetValueOrDefault()); else Null();
        EndMember();
    }

    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>: a value of any other type, as its text.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteText(PersonalDataType type, int member, object? value)
    {
        BeginMember(type[member]);
        Text(value);
        EndMember();
    }

    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>: a nested object that holds personal data.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteNested(PersonalDataType type, int member, IPersonalData? value)
    {
        BeginMember(type[member]);
        Nested(value);
        EndMember();
    }

    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>: a nested value type that holds personal data.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteNestedValue<T>(PersonalDataType type, int member, in T value) where T : struct, IPersonalData
    {
        BeginMember(type[member]);
        NestedValue(in value);
        EndMember();
    }

    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>: a nested value type or <c>null</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteNestedValue<T>(PersonalDataType type, int member, T? value) where T : struct, IPersonalData
    {
        BeginMember(type[member]);
        if (value.HasValue)
        {
            var present = value.GetValueOrDefault();
            NestedValue(in present);
        }
        else
        {
            Null();
        }

        EndMember();
    }

    /// <summary>Member <paramref name="member"/> of <paramref name="type"/>: a value whose type is only known at run time.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteDynamic(PersonalDataType type, int member, object? value)
    {
        BeginMember(type[member]);
        Dynamic(value);
        EndMember();
    }
}
