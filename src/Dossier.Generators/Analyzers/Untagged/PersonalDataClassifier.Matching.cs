using System;
using System.Collections.Generic;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>Matching a name's words against the term rules, in the context of the type that holds the member.</summary>
internal sealed partial class PersonalDataClassifier
{
    // Only the rules whose first word is the word at a position can match there, so each position looks up those
    // few instead of trying all several hundred. Within a position rules keep catalog order, which settles ties
    // as trying every rule in catalog order would.
    private TermMatch? Match(List<string> words, TypeContext context, bool roleWordsCount)
    {
        TermMatch? best = null;
        var bestScore = int.MinValue;
        for (var start = 0; start <= words.Count; start++)
        {
            foreach (var indexed in _rules.StartingWith(words, start))
            {
                var rule = indexed.Rule;
                var length = indexed.Words.Length;
                if (start + length > words.Count || !MatchesAt(words, start, indexed.Words) || Vetoed(words, start, length, rule))
                {
                    continue;
                }

                string? role = null;
                for (var i = 0; i < start && roleWordsCount; i++)
                {
                    if (ContextWords.PersonWords.Contains(words[i]))
                    {
                        role = words[i];
                    }
                    else if (i > 0 && words[i] == "by" && ContextWords.IsActorParticiple(words[i - 1]))
                    {
                        // RequestedByAlias, CreatedByName: the one who did it is a person.
                        role = words[i - 1] + " by";
                    }
                    else if (role is not null && ContextWords.SystemDocumentWords.Contains(words[i]))
                    {
                        // A UserAgreementText is the text of a user agreement: the document's, which the system shows people.
                        role = null;
                    }
                }

                string? because = null;
                if ((rule.IsExact && (start != 0 || length != words.Count)) ||
                    (rule.Topic != Topic.None && (start != 0 || !roleWordsCount || !context.Holds(rule.Topic, out because))) ||
                    (rule.ExcludedBefore is { } excluded && AnyBefore(words, start, excluded)))
                {
                    continue;
                }

                var reach = rule.Reach;
                var unmodified = false;
                if (rule.Modifiers is { } modifiers && start > 0)
                {
                    var previous = words[start - 1];
                    if (modifiers.Contains(previous))
                    {
                        reach = rule.ModifiedReach ?? reach;
                    }
                    else if (!(roleWordsCount && (ContextWords.PersonWords.Contains(previous) || (previous == "by" && role is not null))))
                    {
                        unmodified = true;
                    }
                }

                // What a person writes is theirs: a comment in a review, a CustomerComment, the Content a contact sent.
                var available = role is not null ? Reach.Person | Reach.Communication : context.Reach;
                if (rule.Reach == Reach.Communication && context.CarriesCommunication)
                {
                    available |= Reach.Communication;
                }

                string? category = null;
                if (unmodified || (reach & available) == 0)
                {
                    // City, State or Country beside a Street or a PostalCode is part of an address, whatever it is called;
                    // beside the IP address of a sign-in or a request it is where that person was.
                    if (rule.IsAddressPart && roleWordsCount && AddressAnchor(context) is { } anchor)
                    {
                        because = $"'{anchor}' beside it makes '{context.TypeName}' hold an address";
                    }
                    else if (rule.IsAddressPart && roleWordsCount && AllIn(words, 0, start, ContextWords.ConnectionWords) && ConnectionAnchor(context) is { } connection)
                    {
                        because = $"'{connection}' beside it makes it where a person connected from";
                        category = "Location";
                    }
                    else
                    {
                        continue;
                    }
                }

                // Longer terms win (EmailAddress is an email, not an address); at equal length the leftmost
                // term carries the meaning (GeneticTestResult is genetic before it is a test result).
                var score = (rule.IsUserDefined ? 100000 : 0) + (length * 1000) + (role is null ? 0 : 100) - start;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new TermMatch(rule, role, (reach & Reach.Neutral) == 0, because, start, category ?? rule.Category);
                }
            }
        }

        return best;
    }

    private static string? AddressAnchor(TypeContext context) =>
        context.Kind is TypeContextKind.Person or TypeContextKind.Neutral ? context.Members?.AddressAnchor : null;

    private static string? ConnectionAnchor(TypeContext context) =>
        context.Kind is TypeContextKind.Person or TypeContextKind.Neutral && context.Members is { NetworkAnchor: null } members ? members.ConnectionAnchor : null;

    private static bool Vetoed(List<string> words, int start, int length, TermRule rule)
    {
        if (rule.IsUserDefined)
        {
            return false;
        }

        // After a secret, "key" is a key made from it (ResetPasswordKey), not a key to another row. After what a
        // message holds, a file's path or name is where the server keeps it (AttachmentFilePath), not what was written.
        for (var i = start + length; i < words.Count; i++)
        {
            var word = words[i];
            if (ContextWords.VetoAfter.Contains(word) ||
                (rule.Category == "Communication" && word is "path" or "file" or "filename") ||
                (ContextWords.DescriptorAfter.Contains(word) && ContextWords.DescribedCategories.Contains(rule.Category)) ||
                (ContextWords.KeyWords.Contains(word) && !ContextWords.IdentifierCategories.Contains(rule.Category) &&
                 !(word == "key" && rule.Category == "Credential")))
            {
                return true;
            }
        }

        for (var i = start - 1; i >= 0; i--)
        {
            // A person word nearer the term makes it that person's (DefaultUserCollectionEmail is a user's email),
            // unless an organisation comes first: a BankContactPhone is the bank's.
            if (ContextWords.IsPersonNoun(words[i]) &&
                !AnyBefore(words, i, ContextWords.OrganisationWords))
            {
                return false;
            }

            // A person's info (UserInfoApiKey, CustomerInfoEmail) is theirs; info alone is an address the system answers at.
            if (words[i] == "info" && i > 0 && ContextWords.IsPersonNoun(words[i - 1]))
            {
                continue;
            }

            // A bank's name or phone is the bank's, but a bank IBAN is the account holder's; a server's or a site's
            // confirmation link points at the server and carries the person's token.
            if (ContextWords.VetoBefore.Contains(words[i]) && !(words[i] == "bank" && rule.Category == "Financial") &&
                !(words[i] is "server" or "site" or "app" or "application" && rule.Category == "Credential" && rule.Words[rule.Words.Count - 1] is "link" or "url"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllIn(List<string> words, int start, int end, ISet<string> set)
    {
        for (var i = start; i < end; i++)
        {
            if (!set.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyBefore(List<string> words, int start, ISet<string> set)
    {
        for (var i = 0; i < start; i++)
        {
            if (set.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAt(List<string> words, int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct TermMatch
    {
        public TermMatch(TermRule rule, string? role, bool needsPersonContext, string? because, int start, string category)
        {
            Category = category;
            Rule = rule;
            Role = role;
            NeedsPersonContext = needsPersonContext;
            Because = because;
            Start = start;
        }

        /// <summary>The category the match suggests: the rule's, unless the context changed what the term holds.</summary>
        public string Category { get; }

        /// <summary>The position of the term's first word in the name.</summary>
        public int Start { get; }

        /// <summary>What in the type made the term count (its topic, the address its members hold), or <c>null</c>.</summary>
        public string? Because { get; }

        public TermRule Rule { get; }

        public string? Role { get; }

        public bool NeedsPersonContext { get; }
    }
}
