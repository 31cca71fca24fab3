using System;
using System.Collections.Generic;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>What the type that holds a member is about.</summary>
internal enum TypeContextKind
{
    /// <summary>Stands for a person, or holds a person's details.</summary>
    Person,

    /// <summary>Says nothing either way: an order, a session, a page view.</summary>
    Neutral,

    /// <summary>Stands for a thing, a place, an organisation or a piece of software.</summary>
    NonPerson,

    /// <summary>Holds configuration: its values belong to the system.</summary>
    Configuration,
}

/// <summary>The containing type as the classifier sees it, with the reason for the verdict.</summary>
internal sealed class TypeContext
{
    public TypeContext(string typeName, TypeContextKind kind, string reason, bool isCommunication, Topic topics = Topic.None, MemberGroup? members = null)
    {
        TypeName = typeName;
        Kind = kind;
        Reason = reason;
        IsCommunication = isCommunication;
        Topics = topics;
        Members = members;
    }

    /// <summary>The simple name of the type.</summary>
    public string TypeName { get; }

    public TypeContextKind Kind { get; }

    /// <summary>Why the type is seen this way, for the diagnostic message ("'Customer' is a person-like type").</summary>
    public string Reason { get; }

    /// <summary>Whether the type carries the contents of a communication (a chat message, an email).</summary>
    public bool IsCommunication { get; }

    /// <summary>
    /// The organisation or system the type's name says owns its secrets (<c>OrganizationApiKey</c>), when no person
    /// word is in the name; <c>null</c> otherwise.
    /// </summary>
    public string? SecretOwner { get; init; }

    /// <summary>
    /// Whether the type is a screen of the user interface (<c>ProfileViewModel</c>, <c>AccountPage</c>,
    /// <c>CheckoutComponent</c>): its <c>Title</c> or <c>Header</c> is the screen's own text, not a person's.
    /// </summary>
    public bool IsScreen { get; init; }

    /// <summary>
    /// Whether the type is a thing that is not an organisation, a place or a system (<c>UpdateLicenseDto</c>): it
    /// reaches <see cref="Reach.Thing"/> as well as <see cref="Reach.NonPerson"/>.
    /// </summary>
    public bool IsThing { get; init; }

    /// <summary>What the type's name says it holds: a card, a bank account, a device.</summary>
    public Topic Topics { get; }

    /// <summary>The type's members, when known: what they say about the type.</summary>
    public MemberGroup? Members { get; }

    /// <summary>Whether the type holds <paramref name="topic"/>, by its name or, for a card, by its members.</summary>
    public bool Holds(Topic topic, out string because)
    {
        // An activity with a status code and a duration is a traced request: its Name is the operation's, not what someone did.
        if (topic == Topic.Activity && Members?.TraceAnchor is not null)
        {
            because = string.Empty;
            return false;
        }

        if ((Topics & topic) != 0)
        {
            because = $"'{TypeName}' is a {TopicName(topic)}";
            return true;
        }

        if (topic == Topic.Card && Kind != TypeContextKind.NonPerson && Members?.CardAnchor is { } anchor)
        {
            because = $"'{anchor}' beside it makes '{TypeName}' a card";
            return true;
        }

        if (topic == Topic.ExternalLogin && Members?.ExternalLoginAnchor is { } provider)
        {
            because = $"'{provider}' beside it makes '{TypeName}' a {TopicName(topic)}";
            return true;
        }

        because = string.Empty;
        return false;
    }

    /// <summary>
    /// Whether what the type's members write is someone's communication: the type is a message, a review or a
    /// comment; or it is a person's (a contact form's <c>Content</c>); or it has a sender or a recipient beside it.
    /// </summary>
    public bool CarriesCommunication =>
        Kind is TypeContextKind.Person || (Kind is TypeContextKind.Neutral && (IsCommunication || Members?.CorrespondenceAnchor is not null));

    private static string TopicName(Topic topic) => topic switch
    {
        Topic.Card => "payment card",
        Topic.BankAccount => "bank account",
        Topic.IdentityDocument => "identity document",
        Topic.Secret => "password, verification or second factor step",
        Topic.Activity => "log of what people did",
        Topic.Mail => "mail",
        Topic.Review => "review or comment",
        Topic.Push => "push notification registration",
        Topic.PersonNote => "note about a person",
        Topic.Position => "geographic position",
        Topic.ExternalLogin => "sign-in through an external provider",
        Topic.AccessKey => "key for an API",
        _ => "device",
    };

    /// <summary>The reach a term needs to count in this type.</summary>
    public Reach Reach => Kind switch
    {
        TypeContextKind.Person => Reach.Person,
        TypeContextKind.Neutral => Reach.Neutral,
        TypeContextKind.NonPerson => IsThing ? Reach.NonPerson | Reach.Thing : Reach.NonPerson,
        _ => 0,
    };
}

/// <summary>Decides what a type is about from its name, its base types and <c>[DataSubject]</c>.</summary>
internal static class TypeContextClassifier
{
    /// <summary>
    /// Classifies a type. <paramref name="names"/> holds the type's name followed by its base types' names,
    /// nearest first; a base type decides only when the type's own name does not.
    /// </summary>
    public static TypeContext Classify(IReadOnlyList<string> names, bool isDataSubject, UntaggedOptions options, ISet<string> vocabulary, MemberGroup? members)
    {
        var name = names.Count > 0 ? names[0] : string.Empty;
        var words = HeadWords(name, vocabulary);
        var communication = IsCommunication(words);
        var topics = Topics(words);
        var owner = words.Exists(ContextWords.PersonWords.Contains) ? null : words.Find(ContextWords.OwnerWords.Contains) ?? SoftwareClient(words);
        var screen = IsScreen(NameTokenizer.Tokenize(name, vocabulary));
        if (isDataSubject)
        {
            return new TypeContext(name, TypeContextKind.Person, $"'{name}' is a [DataSubject]", communication, topics, members) { SecretOwner = owner, IsScreen = screen };
        }

        if ((topics & Topic.IdentityDocument) != 0)
        {
            return new TypeContext(name, TypeContextKind.Person, $"'{name}' holds an identity document", communication, topics, members) { SecretOwner = owner, IsScreen = screen };
        }

        for (var i = 0; i < names.Count; i++)
        {
            var candidate = i == 0 ? words : HeadWords(names[i], vocabulary);
            if (ClassifyWords(names[i], candidate, options) is { } kind)
            {
                // A client with a UserAgent beside it is the browser or app a request came from, on someone's device.
                if (i == 0 && kind == TypeContextKind.NonPerson && words.Count > 0 && words[words.Count - 1] == "client" && members?.BrowserAnchor is { } browser)
                {
                    return new TypeContext(name, TypeContextKind.Neutral, $"'{browser}' beside it makes '{name}' the client a request came from", communication, topics, members)
                        { SecretOwner = owner, IsScreen = screen };
                }

                // A client with RedirectUris or AllowedScopes beside it is an application registered with an
                // authorization server: software, not a customer.
                if (kind == TypeContextKind.Person && candidate[candidate.Count - 1] == "client" && members?.RegisteredAppAnchor is { } registered)
                {
                    return new TypeContext(name, TypeContextKind.NonPerson, $"'{registered}' beside it makes '{name}' an application registered for sign-in, not a person", communication, topics, members)
                        { SecretOwner = owner, IsScreen = screen };
                }

                var reason = kind switch
                {
                    TypeContextKind.Person when i == 0 => $"'{name}' is a person-like type",
                    TypeContextKind.Person => $"'{name}' derives from person-like '{names[i]}'",
                    TypeContextKind.Configuration => $"'{name}' holds configuration",
                    _ => $"'{name}' is not about a person",
                };
                return new TypeContext(name, kind, reason, communication, topics, members)
                    { SecretOwner = owner, IsScreen = screen, IsThing = kind == TypeContextKind.NonPerson && IsThing(names[i], candidate, words, options) };
            }
        }

        return new TypeContext(name, TypeContextKind.Neutral, $"'{name}' may hold data about people", communication, topics, members) { SecretOwner = owner, IsScreen = screen };
    }

    // A card's Number and Code are the card's number and security code; a device's Identifier identifies it.
    private static Topic Topics(List<string> words)
    {
        var topics = Topic.None;
        if (words.Contains("card") && !words.Exists(ContextWords.NonPaymentCardWords.Contains))
        {
            topics |= Topic.Card;
        }

        if ((words.Contains("bank") && words.Contains("account")) || words.Contains("iban"))
        {
            topics |= Topic.BankAccount;
        }

        if (words.Count > 0 && words[words.Count - 1] == "device")
        {
            topics |= Topic.Device;
        }

        foreach (var phrase in ContextWords.IdentityDocumentPhrases)
        {
            if (ContainsPhrase(words, phrase))
            {
                topics |= Topic.IdentityDocument;
            }
        }

        if (words.Exists(ContextWords.SecretTypeWords.Contains))
        {
            topics |= Topic.Secret;
        }

        if (words.Count > 1 && words.Exists(ContextWords.ActivityTypeWords.Contains) && ContextWords.LogTypeHeads.Contains(words[words.Count - 1]))
        {
            topics |= Topic.Activity;
        }

        // A rating is a person's review only when its name says whose (UserRating, CustomerRating): a film's or a
        // product's Rating is a score the catalogue keeps, and its Title is the film's.
        if (words.Exists(ContextWords.ReviewTypeWords.Contains) ||
            (words.Contains("rating") && words.Exists(ContextWords.IsPersonNoun)))
        {
            topics |= Topic.Review;
        }

        // An email, and what sends one (an EmailRule, a MailJob): its To and Cc are the recipients' addresses.
        if (words.Exists(word => word is "email" or "mail"))
        {
            topics |= Topic.Mail;
        }

        if (words.Exists(ContextWords.PushTypeWords.Contains))
        {
            topics |= Topic.Push;
        }

        // A CustomerNote is about the customer; an OrderNote or a ShipmentNote is about the order or the shipment.
        if (words.Count > 1 && ContextWords.NoteTypeHeads.Contains(words[words.Count - 1]) &&
            words.GetRange(0, words.Count - 1).Exists(ContextWords.IsPersonNoun))
        {
            topics |= Topic.PersonNote;
        }

        // Only a type that is a position on the earth and nothing else: a WarehouseLocation is the warehouse's, and
        // Coordinates or a Point alone may be a screen's.
        if (words.Count > 0 && words.TrueForAll(ContextWords.PositionTypeWords.Contains) && words.Exists(word => word is "geo" or "gps" or "location" or "geolocation"))
        {
            topics |= Topic.Position;
        }

        if (words.Count > 1 && words[words.Count - 1] == "key" && words[words.Count - 2] is "api" or "access")
        {
            topics |= Topic.AccessKey;
        }

        if ((words.Exists(ContextWords.ExternalProviderWords.Contains) && words.Exists(ContextWords.SignInTypeWords.Contains)) || (words.Count > 1 && words[words.Count - 1] is "login" or "logon"))
        {
            topics |= Topic.ExternalLogin;
        }

        return topics;
    }

    private static bool ContainsPhrase(List<string> words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Length && all; i++)
            {
                all = words[start + i] == phrase[i];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static TypeContextKind? ClassifyWords(string name, List<string> words, UntaggedOptions options)
    {
        if (words.Count == 0)
        {
            return null;
        }

        if (options.IsPersonType(name, words))
        {
            return TypeContextKind.Person;
        }

        if (options.IsNonPersonType(name, words))
        {
            return TypeContextKind.NonPerson;
        }

        // A table of postal codes (PostalCodeGeo, ZipCodeCoordinate) is reference data about places, not anyone's address.
        if (IsPostalCodeTable(words))
        {
            return TypeContextKind.NonPerson;
        }

        var head = words[words.Count - 1];
        var mentionsPerson = words.Exists(ContextWords.PersonWords.Contains);
        if (ContextWords.ConfigurationTypeHeads.Contains(head))
        {
            // UserNotificationSettings belong to a user, DeviceOptions to a person's device; SmtpSettings and
            // EmailSenderOptions to the system. A WebAuthnCredential is a person's, an SmtpCredential the system's.
            var personal = words.Exists(ContextWords.PersonTypeHeads.Contains) || words.Contains("device") ||
                (head is "credential" or "secret" && !words.Exists(word => ContextWords.VetoBefore.Contains(word) || ContextWords.NonPersonTypeHeads.Contains(word)));
            return personal ? TypeContextKind.Neutral : TypeContextKind.Configuration;
        }

        if (words.Count == 1 && ContextWords.PersonTypeNamesAlone.Contains(head))
        {
            return TypeContextKind.Person;
        }

        // An account is a person's (UserAccount, BankAccount, OAuthAccount) unless software owns it (ServiceAccount, FtpAccount).
        if (head == "account")
        {
            return mentionsPerson || words.Contains("bank") || words.Exists(ContextWords.ExternalProviderWords.Contains) ? TypeContextKind.Person
                : words.Exists(word => ContextWords.NonPersonTypeHeads.Contains(word) || word is "email" or "mail") ? TypeContextKind.NonPerson
                : null;
        }

        // A job or a loan application is a person's request; an OAuthApplication or a WebApplication is software.
        if ((words.Count == 1 && ContextWords.NonPersonTypeNamesAlone.Contains(head)) ||
            (head == "application" && words.GetRange(0, words.Count - 1).Exists(ContextWords.SoftwareWords.Contains)))
        {
            return TypeContextKind.NonPerson;
        }

        if (ContextWords.PersonTypeHeads.Contains(head))
        {
            // A warehouse's address is the warehouse's, not a person's.
            return words.Exists(ContextWords.NonPersonTypeHeads.Contains) && !mentionsPerson ? TypeContextKind.NonPerson : TypeContextKind.Person;
        }

        if (ContextWords.NonPersonTypeHeads.Contains(head))
        {
            return TypeContextKind.NonPerson;
        }

        return null;
    }

    // The type's words without suffixes that say nothing (CustomerDto -> customer; PersonalInfo -> personal).
    private static List<string> HeadWords(string name, ISet<string> vocabulary)
    {
        var words = NameTokenizer.Tokenize(name, vocabulary);
        words.RemoveAll(word => word.Length > 0 && char.IsDigit(word[0]));

        // A UserCipherForTask is a user cipher, an EntityWithAttributes an entity, a CreateUserByName a user's creation.
        var cut = words.Count > 1 ? words.FindIndex(1, word => word is "for" or "with" or "by") : -1;
        if (cut > 0)
        {
            words.RemoveRange(cut, words.Count - cut);
        }

        if (words.Count > 2 && words[words.Count - 2] == "view" && words[words.Count - 1] == "model")
        {
            words.RemoveRange(words.Count - 2, 2);
        }

        var suffixed = false;
        while (words.Count > 1 && ContextWords.NeutralTypeSuffixes.Contains(words[words.Count - 1]))
        {
            words.RemoveAt(words.Count - 1);
            suffixed = true;
        }

        // Api before such a suffix names the layer the shape is for: a UserApiDto is a user as the API shows it.
        if (suffixed && words.Count > 1 && words[words.Count - 1] == "api")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && words[0] == "i" && char.IsUpper(name.Length > 1 ? name[1] : 'a'))
        {
            words.RemoveAt(0);
        }

        return words;
    }

    // A thing has no e-mail address of its own unless it is an organisation, a place or a system; a type configured to
    // hold no personal data holds none.
    private static bool IsThing(string name, List<string> candidate, List<string> words, UntaggedOptions options) =>
        !options.IsNonPersonType(name, candidate) && !words.Exists(ContextWords.AddressOwnerTypeWords.Contains);

    // The type is named after postal codes, with nothing after them but what a table of them holds (their position).
    private static bool IsPostalCodeTable(List<string> words)
    {
        var start = words.Count > 1 && words[1] == "code" && words[0] is "postal" or "post" or "zip" ? 2
            : words[0] is "postcode" or "zipcode" or "zip" ? 1
            : 0;
        if (start == 0)
        {
            return false;
        }

        for (var i = start; i < words.Count; i++)
        {
            if (!ContextWords.PostalCodeTableWords.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    // An app's or an API's client (AppClientAttached, ApiClientCreated) is software registered to call the application:
    // its secret is the client's, not a person's.
    private static string? SoftwareClient(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] == "client" && words[i - 1] is "app" or "application" or "api" or "oauth" or "openid")
            {
                return words[i - 1] + " client";
            }
        }

        return null;
    }

    private static bool IsScreen(List<string> words) =>
        words.Count > 1 && (ContextWords.ScreenTypeHeads.Contains(words[words.Count - 1]) ||
                            (words[words.Count - 1] == "model" && words[words.Count - 2] is "view" or "page"));

    private static bool IsCommunication(List<string> words) =>
        words.Exists(ContextWords.CommunicationTypeWords.Contains) && !words.Exists(word => ContextWords.SystemMessageWords.Contains(word) && !IsEventOfReview(word, words)) &&
        !(words.Exists(ContextWords.PublicationTypeWords.Contains) && !words.Exists(ContextWords.ReviewTypeWords.Contains));

    // An event about a comment or a review (CommentAddedEvent) carries what its writer wrote; an event bus's message is the system's.
    private static bool IsEventOfReview(string word, List<string> words) =>
        word == "event" && words.Exists(ContextWords.ReviewTypeWords.Contains);
}
