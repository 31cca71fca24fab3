using System.Collections.Generic;
using System.Text.Json;

namespace Dossier;

/// <summary>Text encoded for JSON once, when a member or an activity is described, rather than on every export.</summary>
internal static class EncodedText
{
    /// <summary>Each of <paramref name="texts"/> encoded, a <c>null</c> as the empty string.</summary>
    public static JsonEncodedText[] All(IReadOnlyList<string> texts)
    {
        var encoded = new JsonEncodedText[texts.Count];
        for (var i = 0; i < encoded.Length; i++)
        {
            encoded[i] = JsonEncodedText.Encode(texts[i] ?? string.Empty);
        }

        return encoded;
    }
}
