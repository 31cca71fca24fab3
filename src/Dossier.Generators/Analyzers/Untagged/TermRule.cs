using System;
using System.Collections.Generic;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>The kinds of containing type in which a term is taken as personal data.</summary>
[Flags]
internal enum Reach
{
    /// <summary>A type that stands for a person (Customer, Patient) or holds a person's details (Address, Profile).</summary>
    Person = 1,

    /// <summary>A type that is neither: an order, a page view, a login event. Records about people, often.</summary>
    Neutral = 2,

    /// <summary>A type that stands for a thing or an organisation: a product, a server, a warehouse.</summary>
    NonPerson = 4,

    /// <summary>A type that carries the text of a communication: a chat message, an email, a comment.</summary>
    Communication = 8,

    /// <summary>Wherever the data could be about someone: person-like and neutral types.</summary>
    Subject = Person | Neutral,

    /// <summary>
    /// A thing that is not an organisation, a place or a system (a licence, a migration): it has no e-mail address of
    /// its own, so one on it is a person's (<see cref="ContextWords.AddressOwnerTypeWords"/>).
    /// </summary>
    Thing = 16,
}

/// <summary>What a type can hold that gives a plain member name its meaning.</summary>
[Flags]
internal enum Topic
{
    /// <summary>No topic: the term counts by its reach alone.</summary>
    None = 0,

    /// <summary>A payment card: its <c>Number</c>, <c>Code</c> and <c>ExpMonth</c>.</summary>
    Card = 1,

    /// <summary>A bank account: its <c>Number</c>.</summary>
    BankAccount = 2,

    /// <summary>A person's device: its <c>Identifier</c>.</summary>
    Device = 4,

    /// <summary>An identity document (a driver's licence, a passport): its <c>Number</c>, <c>IssueDate</c>, <c>IssuingCountry</c>.</summary>
    IdentityDocument = 8,

    /// <summary>A password reset, a two-factor step or a verification: its <c>Code</c>, its <c>Token</c>.</summary>
    Secret = 16,

    /// <summary>An activity or audit log: its entries' <c>Name</c> and <c>Overview</c> say what someone did.</summary>
    Activity = 32,

    /// <summary>An email: its <c>To</c>, <c>Cc</c> and <c>ReplyTo</c>.</summary>
    Mail = 64,

    /// <summary>A review or a comment: its <c>Title</c>.</summary>
    Review = 128,

    /// <summary>A push notification registration: the <c>PlayerId</c> a push service gave a person's device.</summary>
    Push = 256,

    /// <summary>A note kept about a person (<c>CustomerNote</c>): its <c>Note</c> or <c>Text</c>.</summary>
    PersonNote = 512,

    /// <summary>A bare geographic position (<c>Location</c>, <c>GeoCoordinates</c>): its <c>Latitude</c>, <c>X</c> and <c>Y</c>.</summary>
    Position = 1024,

    /// <summary>A sign-in through an external provider (<c>ExternalLogin</c>): the person's <c>ExternalIdentifier</c> there.</summary>
    ExternalLogin = 2048,

    /// <summary>An API or access key (<c>ApiKeyData</c>): a row keyed by the key itself holds it in its text <c>Id</c>.</summary>
    AccessKey = 4096,
}

/// <summary>
/// One term of the catalog: a phrase of words and the category it suggests. A bare head term such as
/// <c>name</c> or <c>city</c> can be restricted to the modifiers that keep it about a person
/// (<c>DisplayName</c> yes, <c>FileName</c> no).
/// </summary>
internal sealed class TermRule
{
    public TermRule(string category, IReadOnlyList<string> words, Reach reach, string origin)
    {
        Category = category;
        Words = words;
        Reach = reach;
        Origin = origin;
    }

    /// <summary>The <c>DataCategory</c> member name the term suggests.</summary>
    public string Category { get; }

    /// <summary>The term's words, tokenized like member names.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Where the term counts when no person word precedes it in the member name.</summary>
    public Reach Reach { get; }

    /// <summary>Where the rule comes from: "built-in" or the configuration that added it.</summary>
    public string Origin { get; }

    /// <summary>
    /// When set, the word right before the term must be one of these (or a person word) for the term to match;
    /// any other modifier makes the term about something else.
    /// </summary>
    public ISet<string>? Modifiers { get; set; }

    /// <summary>Where the term counts when one of <see cref="Modifiers"/> precedes it; <see cref="Reach"/> when not set.</summary>
    public Reach? ModifiedReach { get; set; }

    /// <summary>Whether a date or time member can hold this data (a date of birth can; an email cannot).</summary>
    public bool AllowsTimestamps { get; set; }

    /// <summary>
    /// When set, the term counts only in a type that holds this (<see cref="TypeContext.Holds"/>), and only at the
    /// start of the member name: a card's <c>Number</c> or <c>ExpMonth</c>, not its <c>PurchaseOrderNumber</c>.
    /// </summary>
    public Topic Topic { get; set; }

    /// <summary>When set, the term does not count after any of these words (<c>ContinuationToken</c>).</summary>
    public ISet<string>? ExcludedBefore { get; set; }

    /// <summary>Whether the term counts only as the whole member name (<c>Key</c>, not <c>ProductKey</c>).</summary>
    public bool IsExact { get; set; }

    /// <summary>
    /// A part of a postal address (<c>City</c>, <c>Country</c>) that counts, whatever its modifier, in a person-like
    /// or neutral type whose other members hold an address (a <c>Street</c>, a <c>PostalCode</c>).
    /// </summary>
    public bool IsAddressPart { get; set; }

    /// <summary>Added by the user; wins over built-in terms.</summary>
    public bool IsUserDefined { get; set; }

    /// <summary>The term as the user would write it.</summary>
    public string Text => string.Join(" ", Words);
}
