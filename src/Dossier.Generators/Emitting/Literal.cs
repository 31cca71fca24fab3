using System.Globalization;
using System.Text;

namespace Dossier.Generators.Emitting;

/// <summary>C# literals for strings that come from user code (attribute arguments, names).</summary>
internal static class Literal
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                default:
                    if (char.IsControl(character) || char.IsSurrogate(character) || character is '\u2028' or '\u2029' or '\u0085')
                    {
                        text.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(character);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    public static string Bool(bool value) => value ? "true" : "false";
}
