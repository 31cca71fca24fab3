using System;
using System.Collections.Generic;
using Dossier.Generators.Common;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>
/// The user's settings for PII003, from <c>.editorconfig</c> keys <c>dossier.pii003.*</c> and from an
/// additional file named <c>dossier.pii003.txt</c> with the same keys, one per line.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>dossier.pii003.enabled = false</c> switches the rule off.</item>
/// <item><c>dossier.pii003.include = loyalty id=Identifier, blood sugar=Health@person</c> adds terms: words or an
/// identifier, <c>=</c>, a <c>DataCategory</c> name, optionally <c>@person</c> (person-like types only) or
/// <c>@subject</c> (person-like and neutral types); the default is every type but configuration.</item>
/// <item><c>dossier.pii003.exclude = file name, ticket number</c>: members whose name contains one of these terms are never reported.</item>
/// <item><c>dossier.pii003.person_types = Rider, Shopper</c> and <c>dossier.pii003.non_person_types = Listing</c>:
/// type names (or a type name's last word) to treat as person-like or not.</item>
/// </list>
/// Entries are separated by commas or semicolons; entries that cannot be read are ignored.
/// </remarks>
internal sealed class UntaggedOptions
{
    public const string Prefix = "dossier.pii003.";
    public const string AdditionalFileName = "dossier.pii003.txt";
    public static readonly string[] Keys = { "enabled", "include", "exclude", "person_types", "non_person_types" };

    public static readonly UntaggedOptions Default = new(true, Array.Empty<TermRule>(), Array.Empty<IReadOnlyList<string>>(), new HashSet<string>(), new HashSet<string>());

    private readonly HashSet<string> _personTypes;
    private readonly HashSet<string> _nonPersonTypes;

    private UntaggedOptions(bool enabled, IReadOnlyList<TermRule> includes, IReadOnlyList<IReadOnlyList<string>> excludes, HashSet<string> personTypes, HashSet<string> nonPersonTypes)
    {
        Enabled = enabled;
        Includes = includes;
        Excludes = excludes;
        _personTypes = personTypes;
        _nonPersonTypes = nonPersonTypes;
    }

    public bool Enabled { get; }

    /// <summary>Terms the user added; they take precedence over the built-in ones.</summary>
    public IReadOnlyList<TermRule> Includes { get; }

    /// <summary>Terms (as words) whose presence in a member name keeps it from being reported.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Excludes { get; }

    public bool IsPersonType(string name, IReadOnlyList<string> words) => Matches(_personTypes, name, words);

    public bool IsNonPersonType(string name, IReadOnlyList<string> words) => Matches(_nonPersonTypes, name, words);

    /// <summary>
    /// Reads the settings. <paramref name="values"/> maps each of <see cref="Keys"/> to its raw values, from
    /// <c>.editorconfig</c> and from the additional file; later values of <c>enabled</c> win, lists add up.
    /// </summary>
    public static UntaggedOptions Parse(IReadOnlyDictionary<string, List<string>> values)
    {
        if (values.Count == 0)
        {
            return Default;
        }

        var enabled = true;
        if (values.TryGetValue("enabled", out var switches))
        {
            foreach (var value in switches)
            {
                enabled = !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
            }
        }

        var includes = new List<TermRule>();
        var excludes = new List<IReadOnlyList<string>>();
        var personTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var nonPersonTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries(values, "include"))
        {
            if (ParseInclude(entry) is { } rule)
            {
                includes.Add(rule);
            }
        }

        foreach (var entry in Entries(values, "exclude"))
        {
            var words = NameTokenizer.Tokenize(entry);
            if (words.Count > 0)
            {
                excludes.Add(words);
            }
        }

        foreach (var entry in Entries(values, "person_types"))
        {
            personTypes.Add(entry);
        }

        foreach (var entry in Entries(values, "non_person_types"))
        {
            nonPersonTypes.Add(entry);
        }

        return new UntaggedOptions(enabled, includes, excludes, personTypes, nonPersonTypes);
    }

    /// <summary>Reads <c>key = value</c> lines of the additional file into <paramref name="values"/>; <c>#</c> starts a comment.</summary>
    public static void ReadFile(string text, Dictionary<string, List<string>> values)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var equals = line.IndexOf('=');
            if (line.Length == 0 || line[0] == '#' || line[0] == ';' || equals <= 0)
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim().ToLowerInvariant();
            if (key.StartsWith(Prefix, StringComparison.Ordinal))
            {
                key = key.Substring(Prefix.Length);
            }

            if (Array.IndexOf(Keys, key) >= 0)
            {
                Add(values, key, line.Substring(equals + 1));
            }
        }
    }

    public static void Add(Dictionary<string, List<string>> values, string key, string value)
    {
        if (!values.TryGetValue(key, out var list))
        {
            values[key] = list = new List<string>();
        }

        list.Add(value);
    }

    private static TermRule? ParseInclude(string entry)
    {
        var equals = entry.LastIndexOf('=');
        if (equals <= 0)
        {
            return null;
        }

        var categoryText = entry.Substring(equals + 1).Trim();
        var reach = Reach.Subject | Reach.NonPerson | Reach.Communication;
        var at = categoryText.IndexOf('@');
        if (at >= 0)
        {
            var scope = categoryText.Substring(at + 1).Trim().ToLowerInvariant();
            reach = scope switch
            {
                "person" => Reach.Person,
                "subject" => Reach.Subject,
                _ => reach,
            };
            categoryText = categoryText.Substring(0, at).Trim();
        }

        var category = Array.Find(EnumNames.Categories, name => string.Equals(name, categoryText, StringComparison.OrdinalIgnoreCase));
        var words = NameTokenizer.Tokenize(entry.Substring(0, equals));
        return category is null || words.Count == 0
            ? null
            : new TermRule(category, words, reach, "dossier.pii003.include") { IsUserDefined = true, AllowsTimestamps = category == "DateOfBirth" };
    }

    private static IEnumerable<string> Entries(IReadOnlyDictionary<string, List<string>> values, string key)
    {
        if (!values.TryGetValue(key, out var raw))
        {
            yield break;
        }

        foreach (var value in raw)
        {
            foreach (var part in value.Split(',', ';'))
            {
                var entry = part.Trim();
                if (entry.Length > 0)
                {
                    yield return entry;
                }
            }
        }
    }

    private static bool Matches(HashSet<string> names, string name, IReadOnlyList<string> words) =>
        names.Count > 0 && (names.Contains(name) || (words.Count > 0 && names.Contains(words[words.Count - 1])));
}
