using System;
using System.Collections.Concurrent;

namespace Dossier;

/// <summary>
/// The names of an enum's values, made once per value, so that exporting an enum member allocates nothing after
/// the first time (<see cref="Enum.ToString()"/> makes a new string on every call).
/// </summary>
internal static class EnumText<TEnum> where TEnum : struct, Enum
{
    // Flag combinations can make many distinct values; past this many the names are no longer kept.
    private const int MaxCached = 256;

    private static readonly ConcurrentDictionary<TEnum, string> Names = new();

    public static string Of(TEnum value)
    {
        if (Names.TryGetValue(value, out var name))
        {
            return name;
        }

        name = value.ToString();
        if (Names.Count < MaxCached)
        {
            Names.TryAdd(value, name);
        }

        return name;
    }
}
