using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dossier.Generators.Inventory;

/// <summary>
/// A minimal JSON writer, indented or compact. The generator runs inside the compiler, and the build task in whatever
/// MSBuild loads it, where System.Text.Json may not be loadable in the version we would build against, so both write
/// their JSON by hand; the build task compiles this same file.
/// </summary>
/// <param name="indented">
/// <c>true</c>: two spaces a level, a line for each value, <c>": "</c> after names (the files people diff);
/// <c>false</c>: no whitespace at all (the form compiled into the assembly).
/// </param>
internal sealed class JsonTextWriter(bool indented = true)
{
    private readonly StringBuilder _text = new();

    /// <summary>For each open object or array: whether it has a value yet (which decides the comma).</summary>
    private readonly Stack<bool> _hasValues = new();

    public JsonTextWriter StartObject(string? name = null) => Open(name, '{');

    public JsonTextWriter EndObject() => Close('}');

    public JsonTextWriter StartArray(string? name = null) => Open(name, '[');

    public JsonTextWriter EndArray() => Close(']');

    public JsonTextWriter String(string? name, string? value)
    {
        Value(name);
        if (value is null)
        {
            _text.Append("null");
        }
        else
        {
            Quoted(value);
        }

        return this;
    }

    public JsonTextWriter Number(string name, int value) => Number(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number as JSON text, written as it is (a number read from JSON, kept exactly as it was written).</summary>
    public JsonTextWriter Number(string? name, string text)
    {
        Value(name);
        _text.Append(text);
        return this;
    }

    public JsonTextWriter Bool(string? name, bool value)
    {
        Value(name);
        _text.Append(value ? "true" : "false");
        return this;
    }

    public JsonTextWriter Null(string? name)
    {
        Value(name);
        _text.Append("null");
        return this;
    }

    public JsonTextWriter Strings(string name, IEnumerable<string> values)
    {
        StartArray(name);
        foreach (var value in values)
        {
            String(null, value);
        }

        return EndArray();
    }

    /// <summary>The document; an indented one ends in a newline.</summary>
    public override string ToString() => indented ? _text.ToString() + "\n" : _text.ToString();

    private JsonTextWriter Open(string? name, char bracket)
    {
        Value(name);
        _text.Append(bracket);
        _hasValues.Push(false);
        return this;
    }

    private JsonTextWriter Close(char bracket)
    {
        if (_hasValues.Pop())
        {
            NewLine();
        }

        _text.Append(bracket);
        return this;
    }

    /// <summary>Writes what goes before a value: the comma, the line break and indentation, the property name.</summary>
    private void Value(string? name)
    {
        if (_hasValues.Count > 0)
        {
            if (_hasValues.Pop())
            {
                _text.Append(',');
            }

            _hasValues.Push(true);
            NewLine();
        }

        if (name is not null)
        {
            Quoted(name);
            _text.Append(indented ? ": " : ":");
        }
    }

    private void NewLine()
    {
        if (indented)
        {
            _text.Append('\n').Append(' ', _hasValues.Count * 2);
        }
    }

    private void Quoted(string value)
    {
        _text.Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    // Control characters are not allowed raw; U+2028/U+2029 break JavaScript that embeds the JSON.
                    if (character < ' ' || character is '\u2028' or '\u2029')
                    {
                        _text.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(character);
                    }

                    break;
            }
        }

        _text.Append('"');
    }
}
