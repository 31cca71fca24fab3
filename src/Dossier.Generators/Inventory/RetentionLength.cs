using System.Collections.Generic;
using System.Globalization;
using Dossier.Generators.Analyzers.Declarations;

namespace Dossier.Generators.Inventory;

/// <summary>
/// Compares ISO 8601 retention periods to find the longest, as the inventory does for a member that serves several
/// activities. Calendar units have no fixed length, so each duration is approximated in days: a year is 365 days, a
/// month 30, a week 7, and hours, minutes and seconds are fractions of a day. <c>P1Y</c> is longer than <c>P12M</c>
/// (360 days); equal lengths (<c>P1M</c>, <c>P30D</c>) are decided by the text in ordinal order, so the choice is
/// the same in every build. Text that is not a duration (PII008 reports it) counts only when nothing else does.
/// </summary>
internal static class RetentionLength
{
    /// <summary>The longest of <paramref name="retentions"/>, or <c>null</c> when none is given.</summary>
    public static string? Longest(IEnumerable<string?> retentions)
    {
        string? longest = null;
        var longestDays = -1m;
        string? firstInvalid = null;
        foreach (var retention in retentions)
        {
            if (string.IsNullOrWhiteSpace(retention))
            {
                continue;
            }

            if (Days(retention!) is not { } days)
            {
                if (firstInvalid is null || string.CompareOrdinal(retention, firstInvalid) < 0)
                {
                    firstInvalid = retention;
                }

                continue;
            }

            if (days > longestDays || (days == longestDays && string.CompareOrdinal(retention, longest) < 0))
            {
                longest = retention;
                longestDays = days;
            }
        }

        return longest ?? firstInvalid;
    }

    /// <summary>The approximate length of an ISO 8601 duration in days, or <c>null</c> when it is not one.</summary>
    public static decimal? Days(string duration)
    {
        if (!Iso8601Duration.IsValid(duration))
        {
            return null;
        }

        var days = 0m;
        var inTime = false;
        var start = 1;
        for (var i = 1; i < duration.Length; i++)
        {
            var c = duration[i];
            if (c == 'T')
            {
                inTime = true;
                start = i + 1;
                continue;
            }

            if (char.IsDigit(c) || c is '.' or ',')
            {
                continue;
            }

            var amount = decimal.Parse(duration.Substring(start, i - start).Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            days += amount * (inTime
                ? c switch { 'H' => 1m / 24, 'M' => 1m / 1440, _ => 1m / 86400 }
                : c switch { 'Y' => 365m, 'M' => 30m, 'W' => 7m, _ => 1m });
            start = i + 1;
        }

        return days;
    }
}
