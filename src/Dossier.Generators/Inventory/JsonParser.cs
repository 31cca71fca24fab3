using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dossier.Generators.Inventory;

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A parsed JSON value and where it stands in the text, so diagnostics can point at it.</summary>
internal sealed class JsonNode(JsonKind kind, int start)
{
    public JsonKind Kind { get; } = kind;

    /// <summary>Offset of the value's first character.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the value's last character.</summary>
    public int End { get; set; }

    /// <summary>A string's value, or a number's text.</summary>
    public string? Text { get; set; }

    /// <summary>An object's properties, in the order written.</summary>
    public List<KeyValuePair<string, JsonNode>> Properties { get; } = new();

    /// <summary>An array's items.</summary>
    public List<JsonNode> Items { get; } = new();

    /// <summary>The first property named <paramref name="name"/>, or <c>null</c>.</summary>
    public JsonNode? Property(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Key == name)
            {
                return property.Value;
            }
        }

        return null;
    }
}

/// <summary>Why a JSON text could not be read, and at which offset.</summary>
internal sealed class JsonSyntaxException(int position, string message) : Exception(message)
{
    public int Position { get; } = position;
}

/// <summary>
/// A strict JSON (RFC 8259) reader, for the approved inventory (read by PII009) and for the inventory facts the
/// generator compiles into the assembly (read by the build task). Analyzers run inside the compiler, and the task in
/// whatever MSBuild loads it, where System.Text.Json is not loadable on every host, so both read JSON with this small
/// parser instead. It never throws anything but <see cref="JsonSyntaxException"/>, which the caller reports.
/// </summary>
internal sealed class JsonParser
{
    /// <summary>Far deeper than the approved file needs; keeps a hostile file from exhausting the stack.</summary>
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private JsonParser(string text) => _text = text;

    public static JsonNode Parse(string text)
    {
        var parser = new JsonParser(text);

        // A byte order mark is not JSON, but editors add one; it carries no meaning.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            parser._position = 1;
        }

        var root = parser.Value(0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw new JsonSyntaxException(parser._position, "unexpected text after the end of the document");
        }

        return root;
    }

    private JsonNode Value(int depth)
    {
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw new JsonSyntaxException(_position, "unexpected end of the file; a value was expected");
        }

        if (depth > MaxDepth)
        {
            throw new JsonSyntaxException(_position, "values are nested too deeply");
        }

        var start = _position;
        var character = _text[_position];
        JsonNode node;
        switch (character)
        {
            case '{':
                node = Object(depth);
                break;
            case '[':
                node = Array(depth);
                break;
            case '"':
                node = new JsonNode(JsonKind.String, start) { Text = String() };
                break;
            case 't':
                node = Literal("true", JsonKind.True);
                break;
            case 'f':
                node = Literal("false", JsonKind.False);
                break;
            case 'n':
                node = Literal("null", JsonKind.Null);
                break;
            default:
                if (character == '-' || (character >= '0' && character <= '9'))
                {
                    node = Number();
                    break;
                }

                throw new JsonSyntaxException(_position, $"unexpected character '{Printable(character)}'; a value was expected");
        }

        node.End = _position;
        return node;
    }

    private JsonNode Object(int depth)
    {
        var node = new JsonNode(JsonKind.Object, _position);
        _position++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Expected("a property name in double quotes");
            }

            var name = String();
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Expected("':'");
            }

            _position++;
            node.Properties.Add(new KeyValuePair<string, JsonNode>(name, Value(depth + 1)));
            SkipWhitespace();
            switch (Peek())
            {
                case ',':
                    _position++;
                    continue;
                case '}':
                    _position++;
                    return node;
                default:
                    throw Expected("',' or '}'");
            }
        }
    }

    private JsonNode Array(int depth)
    {
        var node = new JsonNode(JsonKind.Array, _position);
        _position++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return node;
        }

        while (true)
        {
            node.Items.Add(Value(depth + 1));
            SkipWhitespace();
            switch (Peek())
            {
                case ',':
                    _position++;
                    continue;
                case ']':
                    _position++;
                    return node;
                default:
                    throw Expected("',' or ']'");
            }
        }
    }

    private string String()
    {
        var start = _position;
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new JsonSyntaxException(start, "a string is not closed");
            }

            var character = _text[_position++];
            switch (character)
            {
                case '"':
                    return value.ToString();
                case '\\':
                    value.Append(Escape());
                    break;
                default:
                    if (character < ' ')
                    {
                        throw new JsonSyntaxException(_position - 1, "a string holds a line break or control character; write it escaped");
                    }

                    value.Append(character);
                    break;
            }
        }
    }

    private char Escape()
    {
        if (_position >= _text.Length)
        {
            throw new JsonSyntaxException(_position, "a string is not closed");
        }

        var character = _text[_position++];
        switch (character)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_position + 4 <= _text.Length &&
                    int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _position += 4;
                    return (char)code;
                }

                throw new JsonSyntaxException(_position - 2, "'\\u' must be followed by four hexadecimal digits");
            default:
                throw new JsonSyntaxException(_position - 2, $"'\\{Printable(character)}' is not a JSON escape");
        }
    }

    private JsonNode Number()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (!Digits())
        {
            throw Expected("a digit");
        }

        if (Peek() == '.')
        {
            _position++;
            if (!Digits())
            {
                throw Expected("a digit after the decimal point");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (!Digits())
            {
                throw Expected("a digit in the exponent");
            }
        }

        return new JsonNode(JsonKind.Number, start) { Text = _text.Substring(start, _position - start) };
    }

    private bool Digits()
    {
        var start = _position;
        while (Peek() is >= '0' and <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private JsonNode Literal(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw new JsonSyntaxException(_position, "unexpected text; a value (a string, number, object, array, true, false or null) was expected");
        }

        var node = new JsonNode(kind, _position);
        _position += literal.Length;
        return node;
    }

    private void SkipWhitespace()
    {
        while (Peek() is ' ' or '\t' or '\r' or '\n')
        {
            _position++;
        }
    }

    /// <summary>The current character, or <c>'\0'</c> at the end.</summary>
    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private JsonSyntaxException Expected(string what) => _position >= _text.Length
        ? new JsonSyntaxException(_position, $"unexpected end of the file; {what} was expected")
        : new JsonSyntaxException(_position, $"{what} was expected, not '{Printable(_text[_position])}'");

    private static string Printable(char character) => character < ' ' ? "\\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture) : character.ToString();
}
