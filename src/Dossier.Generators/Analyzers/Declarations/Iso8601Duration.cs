using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// Checks ISO 8601 durations (<c>PnYnMnWnDTnHnMnS</c>) and turns everyday wording such as "2 years" or
/// "1 year 6 months" into one. Hand-written because the analyzers run on netstandard2.0, where
/// <c>XmlConvert.ToTimeSpan</c> knows neither weeks nor years longer than a TimeSpan.
/// </summary>
internal static class Iso8601Duration
{
    private const string DateDesignators = "YMWD";
    private const string TimeDesignators = "HMS";

    /// <summary>
    /// Whether <paramref name="value"/> is a duration: <c>P</c>, then at least one number-and-designator in the
    /// order Y M W D, optionally <c>T</c> and at least one of H M S. Only the last number may have a fraction
    /// (with <c>.</c> or <c>,</c>). Signs, spaces and lower case are not ISO 8601.
    /// </summary>
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length < 3 || value[0] != 'P')
        {
            return false;
        }

        var position = 1;
        var components = 0;
        var sawFraction = false;
        if (!ReadSection(value, ref position, DateDesignators, ref components, ref sawFraction))
        {
            return false;
        }

        if (position < value.Length && value[position] == 'T')
        {
            position++;
            var timeComponents = 0;
            if (!ReadSection(value, ref position, TimeDesignators, ref timeComponents, ref sawFraction) || timeComponents == 0)
            {
                return false;
            }

            components += timeComponents;
        }

        return position == value.Length && components > 0;
    }

    private static bool ReadSection(string value, ref int position, string designators, ref int components, ref bool sawFraction)
    {
        var next = 0;
        while (position < value.Length && value[position] != 'T')
        {
            if (sawFraction)
            {
                return false;
            }

            var start = position;
            while (position < value.Length && char.IsDigit(value[position]) && value[position] < 128)
            {
                position++;
            }

            if (position == start)
            {
                return false;
            }

            if (position < value.Length && value[position] is '.' or ',')
            {
                position++;
                var fractionStart = position;
                while (position < value.Length && char.IsDigit(value[position]) && value[position] < 128)
                {
                    position++;
                }

                if (position == fractionStart)
                {
                    return false;
                }

                sawFraction = true;
            }

            if (position == value.Length)
            {
                return false;
            }

            var designator = designators.IndexOf(value[position], next);
            if (designator < 0)
            {
                return false;
            }

            next = designator + 1;
            position++;
            components++;
        }

        return true;
    }

    /// <summary>
    /// The ISO 8601 form of everyday wording, or <c>null</c> when none can be derived: "2 years" → <c>P2Y</c>,
    /// "1 year and 6 months" → <c>P1Y6M</c>, "90 days" → <c>P90D</c>, "36h" → <c>PT36H</c>, "p2y" → <c>P2Y</c>.
    /// </summary>
    public static string? Suggest(string? value)
    {
        if (value is null || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var upper = value.Trim().ToUpperInvariant();
        if (IsValid(upper))
        {
            return upper;
        }

        var amounts = new string?[7];
        var tokens = Tokenize(value.ToLowerInvariant());
        for (var i = 0; i < tokens.Count; i++)
        {
            var number = tokens[i] is "a" or "an" or "one" ? "1" : tokens[i];
            if (number is "and" or ",")
            {
                continue;
            }

            if (!IsNumber(number) || i + 1 >= tokens.Count)
            {
                return null;
            }

            var unit = Unit(tokens[i + 1]);
            if (unit < 0 || amounts[unit] is not null)
            {
                return null;
            }

            amounts[unit] = number.Replace(',', '.');
            i++;
        }

        return Compose(amounts);
    }

    private static string? Compose(string?[] amounts)
    {
        var builder = new StringBuilder("P");
        var inTime = false;
        for (var unit = 0; unit < amounts.Length; unit++)
        {
            if (amounts[unit] is not { } amount)
            {
                continue;
            }

            if (unit >= 4 && !inTime)
            {
                builder.Append('T');
                inTime = true;
            }

            builder.Append(amount).Append("YMWDHMS"[unit]);
        }

        var result = builder.ToString();
        return IsValid(result) ? result : null;
    }

    private static bool IsNumber(string token) =>
        decimal.TryParse(token.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number >= 0;

    /// <summary>0..6 for years, months, weeks, days, hours, minutes, seconds; -1 for anything else.</summary>
    private static int Unit(string word) => word switch
    {
        "y" or "yr" or "yrs" or "year" or "years" => 0,
        "mo" or "mos" or "mon" or "month" or "months" => 1,
        "w" or "wk" or "wks" or "week" or "weeks" => 2,
        "d" or "day" or "days" => 3,
        "h" or "hr" or "hrs" or "hour" or "hours" => 4,
        "min" or "mins" or "minute" or "minutes" => 5,
        "s" or "sec" or "secs" or "second" or "seconds" => 6,
        _ => -1,
    };

    /// <summary>Splits "1 year, 6months" into "1", "year", ",", "6", "months": numbers and words apart.</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var position = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }

            var start = position;
            if (char.IsDigit(c))
            {
                while (position < text.Length && (char.IsDigit(text[position]) || (text[position] is '.' or ',' && position + 1 < text.Length && char.IsDigit(text[position + 1]))))
                {
                    position++;
                }
            }
            else if (char.IsLetter(c))
            {
                while (position < text.Length && char.IsLetter(text[position]))
                {
                    position++;
                }
            }
            else
            {
                position++;
            }

            tokens.Add(text.Substring(start, position - start));
        }

        return tokens;
    }
}
