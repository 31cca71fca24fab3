using System;
using System.Collections.Generic;
using System.Text;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>
/// Turns an identifier into the lower-case words a person would read in it: <c>HomeIPAddress2</c> becomes
/// <c>home ip address 2</c>, <c>date_of_birth</c> and <c>DOB</c> both become <c>date of birth</c>.
/// </summary>
/// <remarks>
/// Every word is reduced to a crude singular so that <c>Allergies</c> and <c>Allergy</c> read alike; the term
/// catalog goes through the same steps, so a term and an identifier always meet in the same form.
/// Words run together in lower case (<c>firstname</c>, <c>emailaddress</c>) are split against the
/// vocabulary the classifier knows, because a word it does not know cannot match anything anyway.
/// </remarks>
internal static class NameTokenizer
{
    // Abbreviations developers write in place of the words the catalog is written in.
    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["dob"] = new[] { "date", "of", "birth" },
        ["yob"] = new[] { "year", "of", "birth" },
        ["bday"] = new[] { "birthday" },
        ["ssn"] = new[] { "social", "security", "number" },
        ["nin"] = new[] { "national", "insurance", "number" },
        ["nino"] = new[] { "national", "insurance", "number" },
        ["tin"] = new[] { "tax", "id" },
        ["swift"] = new[] { "bic" },
        ["cvc"] = new[] { "cvv" },
        ["csc"] = new[] { "cvv" },
        ["ipv"] = new[] { "ip" },
        ["lat"] = new[] { "latitude" },
        ["lng"] = new[] { "longitude" },
        ["lon"] = new[] { "longitude" },
        ["tel"] = new[] { "telephone" },
        ["addr"] = new[] { "address" },
        ["fname"] = new[] { "first", "name" },
        ["lname"] = new[] { "last", "name" },
        ["pwd"] = new[] { "password" },
        ["pw"] = new[] { "password" },
        ["passwd"] = new[] { "password" },
        ["acct"] = new[] { "account" },
        ["dm"] = new[] { "direct", "message" },
        ["mrn"] = new[] { "medical", "record", "number" },
    };

    // Written after another word these mean "number": PassportNo, PhoneNr, CardNum.
    private static readonly HashSet<string> NumberSuffixes = new(StringComparer.Ordinal) { "no", "nr", "num", "nbr" };

    private static readonly Dictionary<string, string> PartyPrefixes = new(StringComparer.Ordinal)
    {
        ["bill"] = "billing",
        ["ship"] = "shipping",
        ["deliver"] = "delivery",
        ["sold"] = "buyer",
    };

    private static readonly Dictionary<string, string> IrregularSingulars = new(StringComparer.Ordinal)
    {
        ["diagnoses"] = "diagnosis",
        ["analyses"] = "analysis",
        ["children"] = "child",
        ["people"] = "person",
        ["addresses"] = "address",
        ["aliases"] = "alias",
        ["alias"] = "alias",
        ["bias"] = "bias",
        ["atlas"] = "atlas",
        ["canvas"] = "canvas",
        ["statuses"] = "status",
        ["cookies"] = "cookie",
        ["selfies"] = "selfie",
        ["movies"] = "movie",
    };

    /// <summary>The words of <paramref name="identifier"/>, expanded and singular; splits run-together words against <paramref name="vocabulary"/>.</summary>
    public static List<string> Tokenize(string identifier, ISet<string>? vocabulary = null)
    {
        var raw = SplitWords(identifier);
        var words = new List<string>(raw.Count + 2);
        for (var i = 0; i < raw.Count; i++)
        {
            var word = raw[i];
            if (word == "e" && i + 1 < raw.Count && raw[i + 1] == "mail")
            {
                words.Add("email");
                i++;
            }
            else if (word == "o" && i + 1 < raw.Count && raw[i + 1] == "auth")
            {
                words.Add("oauth");
                i++;
            }
            else if (word == "i" && i + 1 < raw.Count && raw[i + 1] == "pv")
            {
                words.Add("ip");
                i++;
            }
            else if (word == "to" && words.Count > 0 && PartyPrefixes.TryGetValue(words[words.Count - 1], out var party))
            {
                // BillToName, ShipToAddress: the party billed or shipped to.
                words[words.Count - 1] = party;
            }
            else if (word == "long" && words.Count > 0 && words[words.Count - 1] == "latitude")
            {
                words.Add("longitude");
            }
            else if (NumberSuffixes.Contains(word) && words.Count > 0)
            {
                words.Add("number");
            }
            else if (Abbreviations.TryGetValue(word, out var expansion))
            {
                words.AddRange(expansion);
            }
            else if (vocabulary is not null && word.Length >= 6 && !vocabulary.Contains(Singular(word)) && TrySplitCompound(word, vocabulary) is { } parts)
            {
                words.AddRange(parts);
            }
            else
            {
                words.Add(word);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            words[i] = Singular(words[i]);
        }

        return words;
    }

    /// <summary>Splits on separators, case changes, acronym ends and digit runs; lower-cases every word.</summary>
    public static List<string> SplitWords(string identifier)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(current, words);
                continue;
            }

            if (current.Length > 0)
            {
                var previous = identifier[i - 1];
                var next = i + 1 < identifier.Length ? identifier[i + 1] : '\0';
                var boundary =
                    (char.IsLower(previous) && char.IsUpper(c)) ||
                    (char.IsDigit(previous) != char.IsDigit(c)) ||
                    (char.IsUpper(previous) && char.IsUpper(c) && char.IsLower(next));
                if (boundary)
                {
                    Flush(current, words);
                }
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(current, words);
        return words;
    }

    /// <summary>A crude singular: enough to make plural member names meet singular terms.</summary>
    public static string Singular(string word)
    {
        if (IrregularSingulars.TryGetValue(word, out var singular))
        {
            return singular;
        }

        if (word.Length <= 3 || !word.EndsWith("s", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        return word.Substring(0, word.Length - 1);
    }

    // Fewest known words that cover the whole of a run-together word, or null when none do.
    private static List<string>? TrySplitCompound(string word, ISet<string> vocabulary)
    {
        var best = new List<string>?[word.Length + 1];
        best[0] = new List<string>();
        for (var end = 2; end <= word.Length; end++)
        {
            for (var start = end - 2; start >= 0; start--)
            {
                if (best[start] is not { } prefix || (best[end] is { } known && known.Count <= prefix.Count + 1))
                {
                    continue;
                }

                var piece = word.Substring(start, end - start);
                if (vocabulary.Contains(piece) || vocabulary.Contains(Singular(piece)))
                {
                    best[end] = new List<string>(prefix) { piece };
                }
            }
        }

        return best[word.Length] is { Count: > 1 } parts ? parts : null;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
