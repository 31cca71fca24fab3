using System;
using System.Collections.Generic;
using System.Text;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Derives fideslang keys from names. fideslang accepts <c>[A-Za-z0-9_.&lt;&gt;-]+</c>; Dossier writes the
/// narrower <c>[a-z0-9_-]+</c>, without dots because Fides joins a dataset and a collection with a dot
/// (<c>dataset.collection</c>) and splits them there again.
/// </summary>
internal static class FidesKeys
{
    /// <summary>
    /// <paramref name="name"/> in lower case, every run of other characters turned into one <c>_</c>, without
    /// <c>_</c> at either end: <c>Northwind.App</c> → <c>northwind_app</c>. <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string From(string name, string fallback)
    {
        var key = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            if (character is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            {
                key.Append(character);
            }
            else if (character is >= 'A' and <= 'Z')
            {
                key.Append((char)(character - 'A' + 'a'));
            }
            else if (key.Length > 0 && key[key.Length - 1] != '_')
            {
                key.Append('_');
            }
        }

        while (key.Length > 0 && key[key.Length - 1] == '_')
        {
            key.Length--;
        }

        return key.Length == 0 ? fallback : key.ToString();
    }

    /// <summary>
    /// Gives each name in <paramref name="names"/> (in the order given) a name no earlier one has: the second
    /// <c>customer</c> becomes <c>customer_2</c>, the third <c>customer_3</c>, skipping any that are taken.
    /// </summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string> names)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var name in names)
        {
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            result.Add(unique);
        }

        return result;
    }
}
