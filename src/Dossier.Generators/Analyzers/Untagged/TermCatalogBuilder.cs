using System;
using System.Collections.Generic;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>Collects term rules in a compact form; terms are written as plain words ("date of birth").</summary>
internal sealed class TermCatalogBuilder
{
    private readonly List<TermRule> _rules = new();
    private readonly string _origin;

    public TermCatalogBuilder(string origin) => _origin = origin;

    public IReadOnlyList<TermRule> Rules => _rules;

    /// <summary>Terms that mean <paramref name="category"/> wherever <paramref name="reach"/> allows.</summary>
    public void Add(string category, Reach reach, params string[] terms)
    {
        foreach (var term in terms)
        {
            _rules.Add(new TermRule(category, Words(term), reach, _origin));
        }
    }

    /// <summary>Terms a date or time member can hold (a date of birth).</summary>
    public void AddDates(string category, Reach reach, params string[] terms)
    {
        foreach (var term in terms)
        {
            _rules.Add(new TermRule(category, Words(term), reach, _origin) { AllowsTimestamps = true });
        }
    }

    /// <summary>
    /// A head term that is personal only bare or after one of <paramref name="modifiers"/> (or a person word):
    /// bare it counts where <paramref name="bare"/> allows, after a listed modifier where <paramref name="modified"/> allows.
    /// </summary>
    public void AddHead(string category, string term, Reach bare, Reach modified, params string[] modifiers)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var modifier in modifiers)
        {
            set.Add(NameTokenizer.Singular(modifier));
        }

        _rules.Add(new TermRule(category, Words(term), bare, _origin) { Modifiers = set, ModifiedReach = modified });
    }

    /// <summary>
    /// A part of a postal address: like <see cref="AddHead"/>, and also personal whatever its modifier in a
    /// person-like or neutral type whose other members hold an address.
    /// </summary>
    public void AddAddressPart(string category, string term, Reach bare, Reach modified, params string[] modifiers)
    {
        AddHead(category, term, bare, modified, modifiers);
        _rules[_rules.Count - 1].IsAddressPart = true;
    }

    /// <summary>Terms that mean <paramref name="category"/> only in a type that holds <paramref name="topic"/> (a card's <c>Number</c>).</summary>
    public void AddTopic(string category, Topic topic, bool allowsTimestamps, params string[] terms)
    {
        foreach (var term in terms)
        {
            _rules.Add(new TermRule(category, Words(term), Reach.Subject | Reach.NonPerson, _origin) { Topic = topic, AllowsTimestamps = allowsTimestamps });
        }
    }

    /// <summary>A head term that counts after any word but <paramref name="excluded"/> (<c>AccessToken</c>, not <c>ContinuationToken</c>).</summary>
    public void AddHeadExcept(string category, string term, Reach reach, params string[] excluded)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in excluded)
        {
            set.Add(NameTokenizer.Singular(word));
        }

        _rules.Add(new TermRule(category, Words(term), reach, _origin) { ExcludedBefore = set });
    }

    /// <summary>A term that counts only as the whole member name.</summary>
    public void AddExact(string category, Reach reach, string term) =>
        _rules.Add(new TermRule(category, Words(term), reach, _origin) { IsExact = true });

    public void Add(TermRule rule) => _rules.Add(rule);

    private static string[] Words(string term)
    {
        var parts = term.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = NameTokenizer.Singular(parts[i]);
        }

        return parts;
    }
}
