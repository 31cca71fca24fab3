using System;
using System.Collections.Generic;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>
/// What the other members of a type say about it. Real code rarely names every part of an address "address":
/// a <c>City</c> beside a <c>Street</c> or a <c>PostalCode</c> is part of one; a <c>Number</c> beside an
/// <c>ExpMonth</c> is a card's; an <c>Address</c> beside a <c>Subnet</c> is a network's.
/// </summary>
/// <remarks>
/// The member names are read only when a term asks for them, and each fact is worked out once per type, so a
/// type whose members need no context costs nothing more than holding the list of names.
/// </remarks>
internal sealed class MemberGroup
{
    // Sibling phrases that make the type hold a postal address.
    private static readonly string[][] AddressAnchors = Phrases(
        "street", "street address", "address line", "address 1", "address 2", "postal code", "post code", "postcode",
        "zip", "zip code", "zipcode", "zip postal code", "house number");

    // Sibling phrases that make the type hold a payment card.
    private static readonly string[][] CardAnchors = Phrases(
        "cardholder", "card holder", "card number", "cvv", "exp month", "exp year", "expiry month", "expiration month",
        "expiry year", "expiration year", "security code");

    // Sibling phrases that make the type describe a network rather than a person's connection.
    private static readonly string[][] NetworkAnchors = Phrases(
        "subnet", "netmask", "subnet mask", "cidr", "prefix length", "mtu", "address family");

    // Sibling phrases that make the type a record of a person's connection (a sign-in, a request, a session).
    private static readonly string[][] ConnectionAnchors = Phrases(
        "ip", "ip address", "remote ip", "client ip", "remote address", "user agent");

    // Sibling phrases that make the type describe the browser or app a request came from.
    private static readonly string[][] BrowserAnchors = Phrases("user agent", "browser");

    // Sibling words that make the type carry a communication between people.
    // (A contact form's Enquiry is what its sender wrote, so its Subject is theirs too.)
    private static readonly string[][] CorrespondenceAnchors = Phrases(
        "sender", "recipient", "addressee", "replier", "commenter", "reviewer", "enquiry", "inquiry");

    // Siblings that are, whole, a way to reach someone: an e-mail address, a phone number.
    private static readonly string[][] EmailAnchors = Phrases("email", "email address");
    private static readonly string[][] PhoneAnchors = Phrases("phone", "phone number", "telephone", "mobile", "mobile number");

    // Sibling phrases that make a client an application registered with an authorization server (OAuth, OpenID Connect).
    private static readonly string[][] RegisteredAppAnchors = Phrases(
        "redirect uri", "redirect url", "allowed scope", "client secret", "allowed grant type", "allowed cors origin");

    // Sibling phrases that make the type a person's sign-in through an external provider (its ProviderKey is their id there).
    private static readonly string[][] ExternalLoginAnchors = Phrases("login provider");

    // Siblings that are, whole, where an external service is reached (its host, its base address, the index it writes
    // to): the record holds how the system connects to that service. A bare Url or Uri is not one: a person's saved
    // login has the site's address beside its user name and password.
    private static readonly string[][] ServiceAnchors = Phrases(
        "host", "host name", "hostname", "server url", "server uri", "server address", "base url", "base uri",
        "base address", "api url", "api uri", "api endpoint", "endpoint", "end point", "service url", "index name");

    private readonly IReadOnlyList<string> _names;
    private readonly Func<string, List<string>> _wordsOf;
    private readonly ICollection<string>? _typeNames;
    private List<string>[]? _words;
    private string? _address;
    private string? _card;
    private string? _network;
    private string? _correspondence;
    private string? _connection;
    private string? _browser;
    private string? _owner;
    private string? _contact;
    private string? _registeredApp;
    private string? _externalLogin;
    private string? _subject;
    private string? _password;
    private string? _userName;
    private string? _statusCode;
    private string? _duration;
    private string? _service;

    public MemberGroup(IReadOnlyList<string> names, Func<string, List<string>> wordsOf, ICollection<string>? typeNames)
    {
        _names = names;
        _wordsOf = wordsOf;
        _typeNames = typeNames;
    }

    /// <summary>A sibling that makes the type hold a postal address (<c>Street</c>, <c>PostalCode</c>), or <c>null</c>.</summary>
    public string? AddressAnchor => Find(AddressAnchors, ref _address);

    /// <summary>A sibling that makes the type hold a payment card (<c>ExpMonth</c>, <c>CardholderName</c>), or <c>null</c>.</summary>
    public string? CardAnchor => Find(CardAnchors, ref _card);

    /// <summary>A sibling that makes the type describe a network (<c>Subnet</c>, <c>AddressFamily</c>), or <c>null</c>.</summary>
    public string? NetworkAnchor => Find(NetworkAnchors, ref _network);

    /// <summary>A sibling that makes the type a record of a person's connection (<c>IpAddress</c>, <c>UserAgent</c>), or <c>null</c>.</summary>
    public string? ConnectionAnchor => Find(ConnectionAnchors, ref _connection);

    /// <summary>A sibling that makes the type describe the browser or app a request came from (<c>UserAgent</c>), or <c>null</c>.</summary>
    public string? BrowserAnchor => Find(BrowserAnchors, ref _browser);

    /// <summary>A sibling that makes the type carry a communication (<c>SenderName</c>, <c>RecipientEmail</c>), or <c>null</c>.</summary>
    public string? CorrespondenceAnchor => Find(CorrespondenceAnchors, ref _correspondence);

    /// <summary>
    /// Two siblings that are ways to reach someone (an <c>Email</c>, a <c>Phone</c>, a <c>Street</c> or a
    /// <c>PostalCode</c>), as "'Email' and 'Phone'", or <c>null</c>: a record of someone's contact details.
    /// </summary>
    public string? ContactAnchor
    {
        get
        {
            if (_contact is null)
            {
                _words ??= Tokenize();
                var found = new List<string>(3);
                foreach (var anchors in new[] { EmailAnchors, PhoneAnchors })
                {
                    var index = Array.FindIndex(_words, words => Array.Exists(anchors, anchor => IsWhole(words, anchor)));
                    if (index >= 0)
                    {
                        found.Add(_names[index]);
                    }
                }

                if (AddressAnchor is { } address)
                {
                    found.Add(address);
                }

                _contact = found.Count >= 2 ? $"'{found[0]}' and '{found[1]}'" : string.Empty;
            }

            return _contact.Length == 0 ? null : _contact;
        }
    }

    /// <summary>
    /// A sibling that makes a client an application registered with an authorization server (<c>RedirectUris</c>,
    /// <c>AllowedScopes</c>, <c>ClientSecrets</c>), or <c>null</c>.
    /// </summary>
    public string? RegisteredAppAnchor => Find(RegisteredAppAnchors, ref _registeredApp);

    /// <summary>A sibling that makes the type a sign-in through an external provider (<c>LoginProvider</c>), or <c>null</c>.</summary>
    public string? ExternalLoginAnchor => Find(ExternalLoginAnchors, ref _externalLogin);

    /// <summary>
    /// A sibling that makes each row a person's (<c>UserId</c>, <c>CustomerId</c>, <c>SubjectId</c>: a person word and
    /// "id", nothing else), when no sibling is a plain <c>Value</c> (a key/value row such as a user's setting); or <c>null</c>.
    /// </summary>
    public string? OwnerAnchor
    {
        get
        {
            if (_owner is null)
            {
                _words ??= Tokenize();
                _owner = string.Empty;
                var hasValue = false;
                for (var i = 0; i < _words.Length; i++)
                {
                    var words = _words[i];
                    hasValue |= words.Count == 1 && words[0] == "value";
                    if (_owner.Length == 0 && words.Count == 2 && words[1] == "id" &&
                        (ContextWords.IsPersonNoun(words[0]) || words[0] == "subject"))
                    {
                        _owner = _names[i];
                    }
                }

                if (hasValue)
                {
                    _owner = string.Empty;
                }
            }

            return _owner.Length == 0 ? null : _owner;
        }
    }

    /// <summary>
    /// A sibling that is the id of the row's subject (<c>SubjectId</c>, <c>SubjectIdentifier</c>: the person a token,
    /// a grant or a log entry is about, as sign-in protocols name them), when no type or member called <c>Subject</c>
    /// makes it a key to a row of its own; or <c>null</c>.
    /// </summary>
    public string? SubjectAnchor
    {
        get
        {
            if (_subject is null &&
                FindFirst(words => words.Count == 2 && words[0] == "subject" && words[1] is "id" or "identifier", ref _subject) is not null &&
                KeyTarget(new List<string> { "subject", "id" }, 1, string.Empty) is not null)
            {
                _subject = string.Empty;
            }

            return _subject!.Length == 0 ? null : _subject;
        }
    }

    /// <summary>
    /// A sibling that is a person's password or what is derived from it (<c>Password</c>, <c>MasterPasswordHash</c>,
    /// <c>KdfIterations</c>: the settings a key is derived from a password with), or <c>null</c>.
    /// </summary>
    public string? PasswordAnchor => FindFirst(
        words => (words.Count > 0 && (words[0] == "kdf" || words[words.Count - 1] == "password")) ||
                 (words.Count > 1 && words[words.Count - 2] == "password" && words[words.Count - 1] == "hash"),
        ref _password);

    /// <summary>A sibling that is a person's user name (<c>Username</c>, <c>UserName</c>), or <c>null</c>.</summary>
    public string? UserNameAnchor => FindFirst(
        words => (words.Count == 1 && words[0] == "username") || (words.Count == 2 && words[0] == "user" && words[1] == "name"),
        ref _userName);

    /// <summary>
    /// A sibling that is the status code of a request, when another is its duration (<c>StatusCode</c> beside
    /// <c>DurationMs</c>): the type traces a request the application served, or <c>null</c>.
    /// </summary>
    public string? TraceAnchor =>
        FindFirst(words => words.Count == 2 && words[0] == "status" && words[1] == "code", ref _statusCode) is { } status &&
        FindFirst(words => words.Count > 0 && words[0] is "duration" or "elapsed", ref _duration) is not null
            ? status
            : null;

    /// <summary>
    /// A sibling that is, whole, where an external service is reached (<c>Host</c>, <c>BaseUrl</c>, <c>IndexName</c>),
    /// or <c>null</c>: the type holds how the system connects to that service.
    /// </summary>
    public string? ServiceAnchor => FindFirst(words => Array.Exists(ServiceAnchors, anchor => IsWhole(words, anchor)), ref _service);

    // The first sibling whose words match, worked out once (an empty string in the cache for none).
    private string? FindFirst(Func<List<string>, bool> matches, ref string? cache)
    {
        if (cache is null)
        {
            _words ??= Tokenize();
            cache = string.Empty;
            for (var i = 0; i < _words.Length; i++)
            {
                if (matches(_words[i]))
                {
                    cache = _names[i];
                    break;
                }
            }
        }

        return cache.Length == 0 ? null : cache;
    }

    /// <summary>
    /// The type or member a key such as <c>DeviceId</c> points at (<c>Device</c>), when the compilation declares
    /// such a type or the type has such a member; <c>null</c> when the name is the data itself.
    /// </summary>
    public string? KeyTarget(List<string> rawWords, int keyWord, string ownType)
    {
        for (var count = 1; count <= 3 && count <= keyWord; count++)
        {
            var target = Pascal(rawWords, keyWord - count, count);
            if (string.Equals(target, ownType, StringComparison.Ordinal))
            {
                continue;
            }

            if (_typeNames is not null && _typeNames.Contains(target))
            {
                return target;
            }

            foreach (var name in _names)
            {
                if (string.Equals(name, target, StringComparison.OrdinalIgnoreCase))
                {
                    return target;
                }
            }
        }

        return null;
    }

    private string? Find(string[][] anchors, ref string? found) =>
        found is not null ? (found.Length == 0 ? null : found) : FindFirst(words => Array.Exists(anchors, anchor => Contains(words, anchor)), ref found);

    private List<string>[] Tokenize()
    {
        var words = new List<string>[_names.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = _wordsOf(_names[i]);
        }

        return words;
    }

    private static bool IsWhole(List<string> words, string[] phrase)
    {
        if (words.Count != phrase.Length)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(List<string> words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Length && all; i++)
            {
                all = string.Equals(words[start + i], phrase[i], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string Pascal(List<string> words, int start, int count)
    {
        var text = new System.Text.StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            var word = words[i];
            text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return text.ToString();
    }

    private static string[][] Phrases(params string[] phrases)
    {
        var result = new string[phrases.Length][];
        for (var i = 0; i < phrases.Length; i++)
        {
            result[i] = phrases[i].Split(' ');
        }

        return result;
    }
}
