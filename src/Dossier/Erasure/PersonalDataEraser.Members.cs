using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Dossier;

/// <summary>
/// What generated code calls: members named by their type's description and their index in it. A type's members
/// that need nothing but an entry in the report are recorded in runs, one call for many members. Those that lead into
/// nested objects ask to be inlined, so that a deep graph takes no more stack per level than before they existed.
/// </summary>
public sealed partial class PersonalDataEraser
{
    /// <summary>
    /// Records that members <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 of
    /// <paramref name="type"/> were erased, or kept with <see cref="Erasure.Retain"/>, in that order.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void Erased(PersonalDataType type, int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            Erased(type[i]);
        }
    }

    /// <summary>Erases a nested object held by member <paramref name="member"/> of <paramref name="type"/>, unless this erasure has reached it before.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Nested(PersonalDataType type, int member, IPersonalData? value)
    {
        if (value is not null)
        {
            Nested(type[member], value);
        }
    }

    /// <summary>Erases a nested value type held by member <paramref name="member"/> of <paramref name="type"/> and returns the erased copy, to be stored back.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T NestedValue<T>(PersonalDataType type, int member, T value) where T : struct, IPersonalData => NestedValue(type[member], value);

    /// <summary>Erases every object in the collection held by member <paramref name="member"/> of <paramref name="type"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Each(PersonalDataType type, int member, IEnumerable<IPersonalData?>? items)
    {
        if (items is not null)
        {
            Each(type[member], items);
        }
    }

    /// <summary>Erases every value-type item of the list held by member <paramref name="member"/> of <paramref name="type"/>, in place.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EachValue<T>(PersonalDataType type, int member, IList<T>? items) where T : struct, IPersonalData
    {
        if (items is not null)
        {
            EachValue(type[member], items);
        }
    }

    /// <summary>Erases what member <paramref name="member"/> of <paramref name="type"/> holds when its type is only known at run time.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Dynamic(PersonalDataType type, int member, object? value)
    {
        if (value is not null)
        {
            Dynamic(type[member], value);
        }
    }
}
