using System;
using System.Collections.Generic;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>
/// The term rules by their first word, so that matching a member name looks only at the rules that can start at
/// each of its words. The classifier runs for every member of every type on every build, and trying all rules at
/// every position made it the most expensive thing Dossier did.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, IndexedRule[]> _byFirstWord;

    // A rule without words (a configured term that was only separators) matches everywhere, as it always has.
    private readonly IndexedRule[] _empty;

    public RuleIndex(IReadOnlyList<TermRule> rules)
    {
        var byFirstWord = new Dictionary<string, List<IndexedRule>>(StringComparer.Ordinal);
        var empty = new List<IndexedRule>();
        foreach (var rule in rules)
        {
            var words = new string[rule.Words.Count];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = rule.Words[i];
            }

            var indexed = new IndexedRule(rule, words);
            if (words.Length == 0)
            {
                empty.Add(indexed);
                continue;
            }

            if (!byFirstWord.TryGetValue(words[0], out var list))
            {
                byFirstWord[words[0]] = list = new List<IndexedRule>();
            }

            list.Add(indexed);
        }

        _byFirstWord = new Dictionary<string, IndexedRule[]>(StringComparer.Ordinal);
        foreach (var pair in byFirstWord)
        {
            _byFirstWord[pair.Key] = pair.Value.ToArray();
        }

        _empty = empty.ToArray();
    }

    /// <summary>The rules that can match at <paramref name="start"/>, in catalog order.</summary>
    public IndexedRule[] StartingWith(List<string> words, int start)
    {
        if (start >= words.Count)
        {
            return _empty;
        }

        if (!_byFirstWord.TryGetValue(words[start], out var rules))
        {
            return _empty;
        }

        return _empty.Length == 0 ? rules : Merge(rules);
    }

    private IndexedRule[] Merge(IndexedRule[] rules)
    {
        var all = new IndexedRule[_empty.Length + rules.Length];
        _empty.CopyTo(all, 0);
        rules.CopyTo(all, _empty.Length);
        return all;
    }
}

/// <summary>A rule with its words in an array, which is much cheaper to index than the interface it is declared as.</summary>
internal readonly struct IndexedRule
{
    public IndexedRule(TermRule rule, string[] words)
    {
        Rule = rule;
        Words = words;
    }

    public TermRule Rule { get; }

    public string[] Words { get; }
}
