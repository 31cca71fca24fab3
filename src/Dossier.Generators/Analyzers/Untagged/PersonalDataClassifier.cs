using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Dossier.Generators.Common;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>
/// Decides whether a member looks like personal data from three things: the words of its name, the type
/// that holds it and its own type. Pure and symbol-free, so it can be measured on a corpus.
/// </summary>
internal sealed partial class PersonalDataClassifier
{
    // Categories a value type of the compilation's own can stand for (EmailAddress, PhoneNumber, Iban);
    // a type named Address or Location has members of its own that are classified instead.
    private static readonly HashSet<string> ValueObjectCategories = new(StringComparer.Ordinal)
    {
        "Email", "Phone", "GovernmentId", "Financial", "OnlineIdentifier", "DateOfBirth", "Identifier", "Credential",
    };

    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal) { "count", "quantity", "qty", "tally" };

    private static readonly IReadOnlyList<TermRule> BuiltInRules = BuiltInTerms.Create().Rules;

    // Member names repeat across types and builds (Id, Name, Email, CreatedAt): their words are kept, up to a bound
    // that keeps a long-lived IDE process small, so that each is worked out once.
    private const int MaxRememberedNames = 8192;

    private readonly RuleIndex _rules;
    private readonly UntaggedOptions _options;
    private readonly ConcurrentDictionary<string, List<string>> _words = new(StringComparer.Ordinal);
    private int _rememberedNames;

    private PersonalDataClassifier(UntaggedOptions options)
    {
        _options = options;
        var rules = new List<TermRule>(options.Includes);
        rules.AddRange(BuiltInRules);
        _rules = new RuleIndex(rules);
        Vocabulary = BuildVocabulary(rules);
    }

    public static PersonalDataClassifier Default { get; } = new(UntaggedOptions.Default);

    /// <summary>Every word the classifier knows; run-together names are split against it.</summary>
    public HashSet<string> Vocabulary { get; }

    public UntaggedOptions Options => _options;

    public static PersonalDataClassifier Create(UntaggedOptions options) =>
        ReferenceEquals(options, UntaggedOptions.Default) ? Default : new PersonalDataClassifier(options);

    /// <summary>Classifies a containing type by its name and its base types' names (nearest first).</summary>
    /// <remarks>
    /// <paramref name="memberNames"/> are the names of the type's members (its own and its base types'), which
    /// give plain names their meaning; <paramref name="typeNames"/> are the simple names of the compilation's types,
    /// which tell a key to another row (<c>DeviceId</c> beside a <c>Device</c> type) from the data itself.
    /// </remarks>
    public TypeContext ClassifyType(IReadOnlyList<string> names, bool isDataSubject, IReadOnlyList<string>? memberNames = null, ICollection<string>? typeNames = null) =>
        TypeContextClassifier.Classify(
            names, isDataSubject, _options, Vocabulary,
            memberNames is null && typeNames is null ? null : new MemberGroup(memberNames ?? Array.Empty<string>(), WordsOf, typeNames));

    /// <summary>The words of a member or type name (<see cref="NameTokenizer.Tokenize"/>); the list is shared and must not be changed.</summary>
    public List<string> WordsOf(string name)
    {
        if (_words.TryGetValue(name, out var words))
        {
            return words;
        }

        words = NameTokenizer.Tokenize(name, Vocabulary);
        if (Interlocked.Increment(ref _rememberedNames) <= MaxRememberedNames)
        {
            _words.TryAdd(name, words);
        }

        return words;
    }

    /// <summary>The category <paramref name="memberName"/> suggests in <paramref name="context"/>, or <c>null</c>.</summary>
    public Classification? Classify(string memberName, MemberShape shape, TypeContext context)
    {
        if (context.Kind == TypeContextKind.Configuration || shape.Kind == MemberShapeKind.Skip || IsKeyToAnother(memberName, shape, context))
        {
            return null;
        }

        var words = WordsOf(TrimFieldPrefix(memberName));
        if (IsExcluded(words) || (context.IsScreen && words.Count == 1 && ContextWords.ScreenTextWords.Contains(words[0])))
        {
            return null;
        }

        // An address, a MAC or an IP beside a Subnet or an AddressFamily is a network's, not a person's connection; the
        // ApiKey of an OrganizationApiKey is the organisation's.
        return (ClassifyWords(words, shape, context) ?? OwnedKeyOrData(words, shape, context) ?? SerializedOnPerson(words, shape, context) ??
                KeyRowId(words, shape, context) ?? IdentityValue(words, shape, context) ?? ContactName(words, shape, context) ??
                SubjectsName(words, shape, context) ?? ClaimAboutPerson(words, shape, context) ?? SessionUsersName(words, shape, context) ??
                HardwareKeyId(words, shape, context) ?? KeyBesidePassword(words, shape, context) ?? PersonsOwnText(words, shape, context) ??
                ModerationReason(words, shape, context) ?? HandleDiscriminator(words, shape, context) ??
                AdministratorsAccount(words, shape, context) ?? ProfilePictureLink(words, shape, context)) is { } verdict &&
            !(verdict.Category == "OnlineIdentifier" && context.Members?.NetworkAnchor is not null) &&
            !(verdict.Category == "PostalAddress" && IsLedgerAddress(words, context)) &&
            !(verdict.Category == "Credential" && context.SecretOwner is not null && !NamesPersonsSecret(words)) &&
            !IsServiceAccount(verdict, words, context) &&
            !(verdict.Category == "Communication" && (IsProtocolHeaders(memberName, words) || IsSettings(context))) &&
            !(verdict.Category == "Behavioral" && (IsSearchInput(words, context) || IsSearchParameter(words, context)))
            ? verdict
            : null;
    }

    private Classification? ClassifyWords(List<string> words, MemberShape shape, TypeContext context)
    {
        var byName = Match(words, context, roleWordsCount: true);

        // A device's Id is its identifier when it is text the device sent, and a row's key when it is a Guid or a number.
        if (byName is { } topical && topical.Rule.Topic != Topic.None && shape.IsKeyType && topical.Rule.Words[topical.Rule.Words.Count - 1] is "id" or "identifier")
        {
            byName = null;
        }
        // An EmailId is the address when it is text; a Guid or a number, or text beside an Email type or member, is a key.
        if (byName is { } keyed && keyed.Rule.Words[keyed.Rule.Words.Count - 1] is "id" && !ContextWords.IdentifierCategories.Contains(keyed.Rule.Category) &&
            (shape.IsKeyType || context.Members?.KeyTarget(words, words.Count - 1, context.TypeName) is not null))
        {
            byName = null;
        }

        switch (shape.Kind)
        {
            case MemberShapeKind.Boolean:
                // A flag says whether, not what (EmailConfirmed), except where the whether is itself a special
                // category (HasCriminalConvictions, IsPregnant): GDPR Art. 9 and 10 protect the fact.
                return byName is { } flag && IsSpecial(flag.Rule.Category) && (context.Kind == TypeContextKind.Person || flag.Role is not null)
                    ? Verdict(flag, context)
                    : null;
            case MemberShapeKind.Timestamp:
                return byName is { } dated && dated.Rule.AllowsTimestamps ? Verdict(dated, context) : null;
            case MemberShapeKind.Number:
                // A secret held as a whole number is a PIN or a one-time code; PromptTokens or RememberedPasswordsNumber
                // counts tokens or passwords.
                return byName is { } counted && !IsCount(words) && !IsWhatIsLeft(words, shape) && !(counted.Category == "Credential" && !IsNumericSecret(counted.Rule))
                    ? Verdict(counted, context)
                    : null;
            case MemberShapeKind.Enum:
                return ByType(shape, context, byName, requireTypeMatch: true, categories: null);
            case MemberShapeKind.SourceType:
                return IsSignInRecord(shape) ? null : ByType(shape, context, byName, requireTypeMatch: true, categories: ValueObjectCategories);
            case MemberShapeKind.Opaque:
                return ByType(shape, context, byName, requireTypeMatch: false, categories: ValueObjectCategories);
            case MemberShapeKind.JsonDocument:
                return FreeForm(words, context);
            case MemberShapeKind.KnownPersonal:
                // An IPAddress called Address is a network address whatever the name would say alone.
                if (byName is { } named && named.Rule.Category != "PostalAddress")
                {
                    return Verdict(named, context);
                }

                // A LocalEndPoint or a ServerAddress is the system's own end of the connection.
                return (context.Reach & Reach.Subject) != 0 && shape.KnownCategory is { } known && !words.Exists(ContextWords.SystemEndWords.Contains)
                    ? new Classification(known, $"its type is {shape.TypeName}")
                    : null;
            default:
                if (byName is { } match)
                {
                    return Verdict(match, context);
                }

                return NamesPerson(words, context);
        }
    }

    // A bare Key or Data of text on a row that is a person's (beside a UserId) is theirs: the key their content is
    // encrypted with, the content itself. Beside a Value it is a key/value row's key, and a row keyed by a Guid a key.
    private static Classification? OwnedKeyOrData(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count != 1 || words[0] is not ("key" or "data") || shape.Kind != MemberShapeKind.Text || shape.IsKeyType ||
            context.Kind != TypeContextKind.Neutral || context.Members?.OwnerAnchor is not { } owner)
        {
            return null;
        }

        return words[0] == "key"
            ? new Classification("Credential", $"the name says 'key' and '{owner}' beside it makes '{context.TypeName}' a person's")
            : new Classification("Other", $"the name says 'data' and '{owner}' beside it makes '{context.TypeName}' a person's");
    }

    // Free-form JSON is personal by what it is for: the metadata of an invoice or an order, where the buyer's name,
    // e-mail and address are kept, and the answers a person gave to a form. A product's or a plan's metadata is not.
    private Classification? FreeForm(List<string> words, TypeContext context)
    {
        if ((context.Reach & Reach.Subject) == 0)
        {
            return null;
        }

        if (words.Count == 2 && words[0] == "form" && words[1] is "response" or "answer" or "submission")
        {
            return new Classification("Other", "the name says 'form response': the answers a person gave to a form");
        }

        if (!(words.Count == 1 && words[0] == "metadata") && !(words.Count == 2 && words[0] == "meta" && words[1] == "data"))
        {
            return null;
        }

        var purchase = WordsOf(context.TypeName).Find(ContextWords.PurchaseTypeWords.Contains);
        return purchase is null
            ? null
            : new Classification("Other", $"the name says 'metadata' and '{context.TypeName}' is a purchase ('{purchase}'), whose metadata holds the buyer's details");
    }

    // A serialized blob on a person's own row (an ApplicationUser's Blob, Blob2) holds that person's details,
    // whichever they are: the name, the picture, the tokens the application keeps out of its columns; on an invoice
    // or an order, the buyer's. An address type is person-like for its parts, but its blob is the address's settings
    // (a LightningAddressData's).
    private Classification? SerializedOnPerson(List<string> words, MemberShape shape, TypeContext context)
    {
        if (shape.Kind != MemberShapeKind.Text || shape.IsKeyType || !IsBare(words, "blob"))
        {
            return null;
        }

        var typeWords = WordsOf(context.TypeName);
        if (context.Kind == TypeContextKind.Person && !typeWords.Contains("address"))
        {
            return new Classification("Other", $"the name says 'blob' (serialized data) and {context.Reason}");
        }

        return context.Kind == TypeContextKind.Neutral && typeWords.Find(ContextWords.PurchaseTypeWords.Contains) is { } purchase
            ? new Classification("Other", $"the name says 'blob' (serialized data) and '{context.TypeName}' is a purchase ('{purchase}'), whose record holds the buyer's details")
            : null;
    }

    // The Value of a person's identity or contact row (a CustomerIdentityData's Type and Value) is the address or
    // the handle itself.
    private Classification? IdentityValue(List<string> words, MemberShape shape, TypeContext context)
    {
        if (shape.Kind != MemberShapeKind.Text || shape.IsKeyType || context.Kind != TypeContextKind.Person || !IsBare(words, "value"))
        {
            return null;
        }

        var kind = WordsOf(context.TypeName).Find(word => word is "identity" or "contact");
        return kind is null
            ? null
            : new Classification("OnlineIdentifier", $"the name says 'value' and '{context.TypeName}' is a person's {kind}: the value is the address or handle itself");
    }

    // A Name beside the ways to reach someone (an Email and a Phone, or either and a Street) on a record that says
    // nothing else about whose it is (a request for help, an import row of them) is that someone's name.
    private static Classification? ContactName(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count != 1 || words[0] is not ("name" or "note") || shape.Kind != MemberShapeKind.Text || shape.IsKeyType ||
            context.Kind != TypeContextKind.Neutral || context.Members?.ContactAnchor is not { } contact)
        {
            return null;
        }

        // The notes kept on such a record are about whom it reaches.
        return words[0] == "name"
            ? new Classification("Name", $"the name says 'name' and {contact} beside it make '{context.TypeName}' a record of someone's contact details")
            : new Classification("Other", $"the name says 'note' and {contact} beside it make '{context.TypeName}' a record of someone's contact details, which the note is about");
    }

    // The SubjectName beside a SubjectId is the name of the person a grant, a session or a log entry is about: sign-in
    // protocols call the signed-in person the subject. A certificate's subject, on a type that is not about people, is not.
    private static Classification? SubjectsName(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count != 2 || words[0] != "subject" || words[1] != "name" || shape.Kind != MemberShapeKind.Text || shape.IsKeyType ||
            context.Kind is not (TypeContextKind.Neutral or TypeContextKind.Person) || context.Members?.SubjectAnchor is not { } subject)
        {
            return null;
        }

        return new Classification("OnlineIdentifier", $"the name says 'subject name' and '{subject}' beside it makes the subject the person '{context.TypeName}' is about");
    }

    // The value of a claim about a user (a UserClaim's ClaimValue) is what is claimed about them: their name, their
    // e-mail, their address. A role's or a client's claim is a setting.
    private Classification? ClaimAboutPerson(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count == 0 || shape.Kind != MemberShapeKind.Text || shape.IsKeyType || words[words.Count - 1] != "value" ||
            !(words.Count == 1 || (words.Count == 2 && words[0] == "claim")))
        {
            return null;
        }

        var typeWords = WordsOf(context.TypeName);
        var claim = typeWords.IndexOf("claim");
        for (var i = 0; i < claim; i++)
        {
            if (ContextWords.IsPersonNoun(typeWords[i]))
            {
                return new Classification("Other", $"the name says '{string.Join(" ", words)}' and '{context.TypeName}' is a claim about a '{typeWords[i]}': its value is what is claimed about them");
            }
        }

        return null;
    }

    // Nobody names a sign-in session: the DisplayName of a session beside its SubjectId or UserId is its user's.
    private Classification? SessionUsersName(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count != 2 || words[0] != "display" || words[1] != "name" || shape.Kind != MemberShapeKind.Text || shape.IsKeyType ||
            context.Kind != TypeContextKind.Neutral || !WordsOf(context.TypeName).Contains("session") || context.Members is not { } members)
        {
            return null;
        }

        var user = members.SubjectAnchor ?? (members.OwnerAnchor is { } owner && WordsOf(owner)[0] == "user" ? owner : null);
        return user is null
            ? null
            : new Classification("Name", $"the name says 'display name', '{context.TypeName}' is a sign-in session and '{user}' beside it makes the name its user's");
    }

    // An API key keyed by the key itself (an ApiKeyData's text Id) holds it in its Id, and the person's when a
    // UserId beside it makes the row theirs. A Guid or number Id is only a row's key.
    private static Classification? KeyRowId(List<string> words, MemberShape shape, TypeContext context)
    {
        if (!IsBare(words, "id") || shape.Kind != MemberShapeKind.Text || shape.IsKeyType || context.Kind != TypeContextKind.Neutral ||
            !context.Holds(Topic.AccessKey, out var because) || context.Members?.OwnerAnchor is not { } owner)
        {
            return null;
        }

        return new Classification("Credential", $"the name says 'id', {because} keyed by the key itself, and '{owner}' beside it makes it a person's");
    }

    // A bare Key of text beside a person's password, its hash or the settings a key is derived from it with is the key
    // their content is encrypted with, which the password unlocks.
    private static Classification? KeyBesidePassword(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count != 1 || words[0] != "key" || shape.Kind != MemberShapeKind.Text || shape.IsKeyType ||
            context.Kind != TypeContextKind.Neutral || context.Members?.PasswordAnchor is not { } password)
        {
            return null;
        }

        return new Classification("Credential", $"the name says 'key' and '{password}' beside it makes it the key a person's password unlocks");
    }

    // The numbered keys of a second factor by hardware key (a YubiKey's Key1 to Key5) are the ids of the keys a person
    // registered, which the server matches each one-time code against; a KeyHandle or a bare Key there is not numbered.
    private Classification? HardwareKeyId(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count != 2 || !IsBare(words, "key") || shape.Kind != MemberShapeKind.Text || shape.IsKeyType ||
            context.Kind is not (TypeContextKind.Neutral or TypeContextKind.Person))
        {
            return null;
        }

        var typeWords = WordsOf(context.TypeName);
        var hardware = typeWords.Contains("yubikey");
        for (var i = 1; i < typeWords.Count && !hardware; i++)
        {
            hardware = typeWords[i] == "key" && typeWords[i - 1] is "yubi" or "security" or "hardware";
        }

        return hardware
            ? new Classification("OnlineIdentifier", $"the name says '{string.Join(" ", words)}' and '{context.TypeName}' is about a person's hardware security keys: it is the id of one they registered")
            : null;
    }

    // The user name, password or API key beside a service's Host, base address or index (a search index an automation
    // writes to, a mail server) are the account the system signs in to that service with, not a person's; unless the
    // type is a person's (a person word in its name, a UserId beside it).
    private bool IsServiceAccount(Classification verdict, List<string> words, TypeContext context)
    {
        if (context.Kind == TypeContextKind.Person || context.Members is not { ServiceAnchor: not null, OwnerAnchor: null } ||
            WordsOf(context.TypeName).Exists(ContextWords.IsPersonWord))
        {
            return false;
        }

        return verdict.Category switch
        {
            "Credential" => !NamesPersonsSecret(words),
            "OnlineIdentifier" => IsBare(words, "username") || IsBare(words, "login") ||
                (words.Count == 2 && words[1] == "name" && words[0] is "user" or "login" or "account"),
            _ => false,
        };
    }

    // Settings kept for people (UserNotificationSettings, EmailUserNotificationOptions) are still settings: the subject or
    // body on them is the text the system sends, a template, not what someone wrote.
    private bool IsSettings(TypeContext context)
    {
        var typeWords = WordsOf(context.TypeName);
        var head = typeWords.Count - 1;
        while (head > 0 && ContextWords.NeutralTypeSuffixes.Contains(typeWords[head]))
        {
            head--;
        }

        return head >= 0 && ContextWords.ConfigurationTypeHeads.Contains(typeWords[head]);
    }

    // On a person, the free-form properties kept about them and the answers they gave (to a sign-up form's questions),
    // held as text or as names mapped to text. A reflected member's Property is a PropertyInfo, not text.
    private static Classification? PersonsOwnText(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count != 1 || words[0] is not ("property" or "answer") || shape.Kind != MemberShapeKind.Text || shape.IsKeyType ||
            context.Kind != TypeContextKind.Person)
        {
            return null;
        }

        return new Classification("Other", $"the name says '{words[0]}' and {context.Reason}: free-form text kept about them or given by them");
    }

    // A type of the application's own named as a sign-in (UserLogin, ExternalLoginInfo) is a record of one, a provider
    // and the person's key there, classified where it is declared; a LoginName value type is the name.
    private bool IsSignInRecord(MemberShape shape)
    {
        var typeWords = WordsOf(shape.TypeName ?? string.Empty);
        var head = typeWords.Count - 1;
        while (head > 0 && ContextWords.NeutralTypeSuffixes.Contains(typeWords[head]))
        {
            head--;
        }

        return head > 0 && typeWords[head] is "login" or "logon";
    }

    // The search term of a query or a filter (GetGroupsQuery, a search model) is what the request asks for; a log or a
    // history of searches, a person's record or a search kept beside a UserId says what someone looked for.
    private bool IsSearchParameter(List<string> words, TypeContext context)
    {
        if (!words.Contains("search") || context.Kind != TypeContextKind.Neutral || context.Members?.OwnerAnchor is not null)
        {
            return false;
        }

        return !WordsOf(context.TypeName).Exists(word =>
            ContextWords.LogTypeHeads.Contains(word) || ContextWords.ActivityTypeWords.Contains(word) || ContextWords.IsPersonNoun(word));
    }

    // A secret named after a person (a UserVerificationToken) is that person's, even on an organisation's type.
    private static bool NamesPersonsSecret(List<string> words) =>
        words.Count > 1 && (words.Exists(ContextWords.IsPersonNoun) || words[0] is "admin" or "administrator");

    // An Address on a wallet's, a chain's or a payment channel's type is where coins are sent, not where anyone lives.
    private bool IsLedgerAddress(List<string> words, TypeContext context) =>
        words.Count == 1 && words[0] == "address" && WordsOf(context.TypeName).Exists(ContextWords.LedgerWords.Contains);

    // One word, with a version number at most (Blob, Blob2).
    private static bool IsBare(List<string> words, string word)
    {
        if (words.Count == 0 || words[0] != word)
        {
            return false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Length == 0 || !char.IsDigit(words[i][0]))
            {
                return false;
            }
        }

        return true;
    }

    private Classification? ByType(MemberShape shape, TypeContext context, TermMatch? byName, bool requireTypeMatch, HashSet<string>? categories)
    {
        var typeWords = WordsOf(shape.TypeName ?? string.Empty);
        var byType = IsExcluded(typeWords) ? null : Match(typeWords, context, roleWordsCount: false);
        if (byType is { } typed && ((categories is not null && !categories.Contains(typed.Rule.Category)) || !NamesTheWhole(typeWords, typed)))
        {
            byType = null;
        }

        if (byType is null && requireTypeMatch)
        {
            return null;
        }

        if (byName is { } named && (byType is null || categories is null || categories.Contains(named.Rule.Category)))
        {
            return Verdict(named, context);
        }

        return byType is { } match
            ? new Classification(match.Rule.Category, $"its type {shape.TypeName} says '{match.Rule.Text}'")
            : null;
    }

    // A Guid or a whole number called after another type or member (DeviceId beside a Device type, InstallationId
    // beside an Installation) is a key to a row that holds the data, not the data.
    private static bool IsKeyToAnother(string memberName, MemberShape shape, TypeContext context)
    {
        if (!shape.IsKeyType || context.Members is not { } members || !EndsWithKeyWord(memberName))
        {
            return false;
        }

        var raw = NameTokenizer.SplitWords(TrimFieldPrefix(memberName));
        return raw.Count > 1 && ContextWords.KeyWords.Contains(raw[raw.Count - 1]) &&
            members.KeyTarget(raw, raw.Count - 1, context.TypeName) is not null;
    }

    private static bool EndsWithKeyWord(string name) =>
        name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("ID", StringComparison.Ordinal) ||
        name.EndsWith("Guid", StringComparison.Ordinal) || name.EndsWith("Key", StringComparison.Ordinal) ||
        name.EndsWith("_id", StringComparison.Ordinal);

    // A type stands for the data when the term is its head (EmailAddress, BloodType, MaritalStatus): an
    // EmailAccount is an account, an EmailAttachmentStorageLocation a storage location.
    private static bool NamesTheWhole(List<string> typeWords, TermMatch match)
    {
        for (var i = match.Start + match.Rule.Words.Count; i < typeWords.Count; i++)
        {
            if (!ContextWords.DescriptorAfter.Contains(typeWords[i]) && !(typeWords[i].Length > 0 && char.IsDigit(typeWords[i][0])))
            {
                return false;
            }
        }

        return true;
    }

    // A text member called after a person (PrimaryPhysician, Assignee, Driver) holds who that person is.
    private static Classification? NamesPerson(List<string> words, TypeContext context)
    {
        if (words.Count == 0 || (context.Reach & Reach.Subject) == 0)
        {
            return null;
        }

        var last = words[words.Count - 1];
        if (!ContextWords.IsPersonNoun(last))
        {
            return null;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            // A NoteToPayer is a note, and a MessageForRecipient a message: what comes before the preposition is held.
            if (ContextWords.VetoBefore.Contains(words[i]) || ContextWords.Prepositions.Contains(words[i]))
            {
                return null;
            }
        }

        return new Classification("Name", $"the name names a person ('{last}')");
    }

    private static Classification Verdict(TermMatch match, TypeContext context)
    {
        var term = match.Rule.Text;
        var origin = match.Rule.IsUserDefined ? $" (from {match.Rule.Origin})" : string.Empty;
        if (match.Because is { } because)
        {
            return new Classification(match.Category, $"the name says '{term}' and {because}");
        }

        if (match.Role is { } role)
        {
            return new Classification(match.Rule.Category, role.EndsWith(" by", StringComparison.Ordinal)
                ? $"the name says '{term}'{origin} of whoever it was '{role}'"
                : $"the name says '{term}'{origin} of a '{role}'");
        }

        // A licence or a migration has no address or account of its own: the one it holds is a person's.
        if (context.Kind == TypeContextKind.NonPerson && (match.Rule.Reach & Reach.Thing) != 0 && !match.Rule.IsUserDefined)
        {
            return new Classification(match.Rule.Category, $"the name says '{term}' and '{context.TypeName}' is a thing, not an organisation, a place or a system that would have its own");
        }

        if (match.Rule.Reach == Reach.Communication)
        {
            return new Classification(match.Rule.Category, $"the name says '{term}' and '{context.TypeName}' carries a communication");
        }

        if (match.NeedsPersonContext)
        {
            return new Classification(match.Rule.Category, $"the name says '{term}'{origin} and {context.Reason}");
        }

        return new Classification(match.Rule.Category, $"the name says '{term}'{origin}");
    }

    private bool IsExcluded(List<string> words)
    {
        foreach (var excluded in _options.Excludes)
        {
            for (var start = 0; start + excluded.Count <= words.Count; start++)
            {
                if (MatchesAt(words, start, excluded))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsNumericSecret(TermRule rule) => ContextWords.NumericSecretWords.Contains(rule.Words[rule.Words.Count - 1]);

    // A whole number of what is left (RecoveryCodesLeft, AttemptsRemaining) counts them.
    private static bool IsWhatIsLeft(List<string> words, MemberShape shape) =>
        shape.IsKeyType && words.Count > 1 && words[words.Count - 1] is "left" or "remaining";

    private static bool IsCount(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (CountWords.Contains(words[i]) || (words[i] == "number" && i + 1 < words.Count && words[i + 1] == "of"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAt(List<string> words, int start, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i < phrase.Count; i++)
        {
            if (!string.Equals(words[start + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Field naming conventions (_email, m_email, s_email) are not part of what the field holds.
    private static string TrimFieldPrefix(string name)
    {
        if (name.Length > 2 && (name[0] is 'm' or 's' or 't') && name[1] == '_')
        {
            return name.Substring(2);
        }

        return name.TrimStart('_', '@');
    }

    private static HashSet<string> BuildVocabulary(IEnumerable<TermRule> rules)
    {
        var vocabulary = new HashSet<string>(StringComparer.Ordinal) { "of", "on", "id", "number" };
        foreach (var rule in rules)
        {
            vocabulary.UnionWith(rule.Words);
            if (rule.Modifiers is { } modifiers)
            {
                vocabulary.UnionWith(modifiers);
            }

            if (rule.ExcludedBefore is { } excluded)
            {
                vocabulary.UnionWith(excluded);
            }
        }

        foreach (var set in new[]
        {
            ContextWords.PersonWords, ContextWords.PersonTypeHeads, ContextWords.NonPersonTypeHeads,
            ContextWords.ConfigurationTypeHeads, ContextWords.VetoAfter, ContextWords.DescriptorAfter,
            ContextWords.VetoBefore, ContextWords.KeyWords,
        })
        {
            vocabulary.UnionWith(set);
        }

        vocabulary.RemoveWhere(word => word.Length < 2);
        return vocabulary;
    }

    /// <summary>Whether a rule's category is special (Art. 9, Art. 10), as every other rule of Dossier decides it.</summary>
    private static bool IsSpecial(string category) => CategoryPolicy.IsSpecial(EnumNames.CategoryValue(category));
}
