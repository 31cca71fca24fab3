using System.Globalization;
using System.Text;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Writes a string as a YAML scalar that every parser reads back as that same string. A value is left plain only
/// when it is plainly text (a letter, then letters, digits, spaces and <c>_ . / -</c>, and not a word YAML 1.1 reads
/// as a Boolean or null); anything else is double-quoted with escapes. Fides reads its files with a YAML 1.1
/// parser, where <c>yes</c>, <c>off</c> or <c>0x1F</c> are not strings, so the plain set is deliberately small.
/// </summary>
internal static class YamlScalar
{
    /// <summary>Words YAML 1.1 or 1.2 resolves to a Boolean or null when plain, compared case-insensitively.</summary>
    private static readonly string[] ReservedWords = { "true", "false", "yes", "no", "y", "n", "on", "off", "null" };

    public static string Write(string value) => IsPlainSafe(value) ? value : DoubleQuoted(value);

    private static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || !IsAsciiLetter(value[0]) || value[value.Length - 1] == ' ')
        {
            return false;
        }

        foreach (var character in value)
        {
            if (!IsAsciiLetter(character) && character is not (>= '0' and <= '9') and not ' ' and not '_' and not '.' and not '/' and not '-')
            {
                return false;
            }
        }

        foreach (var word in ReservedWords)
        {
            if (string.Equals(value, word, System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static string DoubleQuoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            switch (character)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\0': text.Append("\\0"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                default:
                    if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(character).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(character))
                    {
                        // A lone surrogate has no UTF-8 form; the file says so instead of failing to encode.
                        text.Append("\\uFFFD");
                    }
                    else if (IsPrintable(character))
                    {
                        text.Append(character);
                    }
                    else
                    {
                        text.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// YAML's printable set, less the characters YAML 1.1 parsers take as line breaks (U+0085, U+2028, U+2029) and
    /// the byte-order mark: written raw, those would change the value or break the line.
    /// </summary>
    private static bool IsPrintable(char character) =>
        character is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') &&
        character is not ('\u2028' or '\u2029' or '\uFEFF');

    private static bool IsAsciiLetter(char character) => character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
