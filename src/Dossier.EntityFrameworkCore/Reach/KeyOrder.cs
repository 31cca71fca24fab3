using System;
using System.Collections.Generic;

namespace Dossier.EntityFrameworkCore.Reach;

/// <summary>Orders key values (one per key property) the way the values themselves order, for a stable export.</summary>
internal sealed class KeyOrder : IComparer<object?[]>
{
    public static KeyOrder Instance { get; } = new();

    public int Compare(object?[]? x, object?[]? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = CompareValues(x[i], y[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static int CompareValues(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        if (x.GetType() == y.GetType() && x is IComparable comparable)
        {
            return comparable.CompareTo(y);
        }

        return string.CompareOrdinal(Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(y, System.Globalization.CultureInfo.InvariantCulture));
    }
}
