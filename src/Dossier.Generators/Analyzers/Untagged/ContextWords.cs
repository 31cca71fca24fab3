using System;
using System.Collections.Generic;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>
/// The words that say what a type or a modifier is about: people, things, configuration; and the words that,
/// next to a term, make it mean something other than personal data (<c>EmailTemplate</c>, <c>MaxAge</c>).
/// All words are in the tokenizer's singular form.
/// </summary>
internal static class ContextWords
{
    /// <summary>Words for people. Before a term in a member name (<c>CustomerEmail</c>, <c>OwnerName</c>) they make it about a person.</summary>
    public static readonly HashSet<string> PersonWords = Set(
        "person", "customer", "employee", "staff", "worker", "patient", "user", "member", "contact", "owner", "holder", "cardholder", "recipient", "sender", "author", "manager", "supervisor", "doctor",
        "physician", "nurse", "clinician", "dentist", "therapist", "spouse", "parent", "guardian", "mother",
        "father", "child", "kin", "beneficiary", "applicant", "candidate", "guest", "passenger", "traveler",
        "traveller", "driver", "rider", "buyer", "shopper", "payee", "payer", "student", "teacher", "pupil",
        "subscriber", "visitor", "attendee", "participant", "respondent", "requester", "reporter", "assignee",
        "reviewer", "personal", "emergency", "citizen", "resident", "policyholder", "insured", "donor",
        "volunteer", "lead", "prospect", "learner", "trainee", "intern", "contractor", "athlete", "player",
        "friend", "follower", "individual", "human", "husband", "wife", "consumer", "speaker", "organizer",
        "caller", "callee", "victim", "witness", "suspect", "offender", "defendant", "claimant", "debtor",
        "borrower", "landlord", "addressee", "people", "profile", "signatory", "jobseeker", "practitioner",
        "caregiver", "carer", "inmate", "prisoner", "gp", "prescriber", "lecturer", "instructor", "professor",
        "tutor", "coach", "mentor", "surgeon", "midwife", "pharmacist", "lawyer", "attorney", "solicitor",
        "notary", "counterparty", "remitter", "creditor", "officer", "representative", "heir", "sponsor",
        "grantee", "grantor", "invitee", "inviter", "creator", "submitter", "requestor", "approver", "uploader",
        "receiver", "consignee", "purchaser", "signer", "commenter", "replier", "poster", "responder");

    /// <summary>Person words that name a person-like type as its head (<c>Customer</c>, <c>HospitalPatient</c>).</summary>
    public static readonly HashSet<string> PersonTypeHeads = Set(
        "person", "customer", "employee", "staff", "patient", "user", "member", "contact", "cardholder",
        "recipient", "author", "supervisor", "doctor", "physician", "nurse", "clinician", "dentist", "therapist",
        "spouse", "parent", "guardian", "child", "kin", "beneficiary", "applicant", "candidate", "guest",
        "passenger", "traveler", "traveller", "rider", "buyer", "shopper", "payee", "student", "teacher",
        "pupil", "visitor", "attendee", "participant", "respondent", "citizen", "resident", "policyholder",
        "donor", "volunteer", "prospect", "learner", "trainee", "intern", "contractor", "athlete", "friend",
        "follower", "individual", "human", "speaker", "victim", "witness", "suspect", "offender", "defendant",
        "claimant", "debtor", "borrower", "landlord", "people", "jobseeker", "practitioner", "caregiver", "carer",
        "inmate", "prisoner", "admin", "administrator", "volunteer", "freelancer", "pensioner", "retiree",
        // Types that hold a person's details rather than stand for the person.
        "address", "profile", "identity", "demographic", "personal", "passport", "biography", "dependent",
        "dependant", "householder", "heir", "lawyer", "mentor", "coach", "tutor", "physio");

    /// <summary>Person words that name a person-like type only alone: <c>Client</c>, but not <c>HttpClient</c>.</summary>
    public static readonly HashSet<string> PersonTypeNamesAlone = Set(
        "client", "driver", "account", "manager", "worker", "consumer", "subscriber", "owner", "lead", "player",
        "holder", "sender", "caller", "employer", "organizer", "reviewer", "reporter", "requester", "assignee");

    /// <summary>Words that name a type that is not about a person only alone: <c>Event</c>, but not <c>LoginEvent</c>.</summary>
    /// <remarks>An event alone is an occasion; an audit or activity event (<c>Event</c> beside an <c>IpAddress</c>) is read by its members' terms.</remarks>
    public static readonly HashSet<string> NonPersonTypeNamesAlone = Set("application", "meeting", "conference");

    /// <summary>Words that make a "card" in a type name something other than a payment card (<c>GiftCard</c>, <c>SimCard</c>).</summary>
    public static readonly HashSet<string> NonPaymentCardWords = Set(
        "gift", "coupon", "voucher", "sim", "report", "score", "business", "loyalty", "membership", "memory", "sd",
        "graphic", "video", "sound", "network", "wild", "flash", "playing", "type", "brand");

    /// <summary>Person words that describe rather than name a person, so a member called only this names no one.</summary>
    public static readonly HashSet<string> PersonAdjectives = Set("personal", "emergency", "profile", "people", "person", "human", "individual");

    /// <summary>Heads of types that stand for things, places, organisations or software.</summary>
    public static readonly HashSet<string> NonPersonTypeHeads = Set(
        "product", "item", "sku", "catalog", "catalogue", "category", "department", "division", "team", "unit",
        "role", "permission", "group", "warehouse", "store", "shop", "branch", "office", "building", "facility",
        "site", "venue", "place", "region", "country", "city", "company", "organization", "organisation",
        "business", "corporation", "firm", "supplier", "vendor", "manufacturer", "brand", "merchant", "bank",
        "hospital", "clinic", "pharmacy", "school", "university", "server", "node", "host", "cluster", "machine",
        "instance", "container", "pod", "service", "endpoint", "gateway", "proxy", "queue", "topic", "database",
        "connection", "certificate", "job", "task", "schedule", "workflow", "pipeline", "deployment",
        "template", "page", "article", "file", "folder", "asset", "resource", "plan", "tier", "price", "currency",
        "course", "project", "feature", "network", "subnet", "interface", "router", "printer", "sensor",
        "datacenter", "tenant", "controller", "repository", "handler", "client", "manager", "validator",
        "factory", "builder", "provider", "helper", "util", "utility", "extension", "middleware", "filter",
        "attribute", "exception", "mapper", "converter", "serializer", "generator", "worker", "processor",
        "listener", "consumer", "producer", "publisher", "subscriber", "hub", "module", "startup", "program",
        "context", "migration", "constant", "vehicle", "room", "floor", "equipment", "book", "movie", "song",
        "album", "game", "menu", "recipe", "ingredient", "campaign", "promotion", "coupon", "discount", "carrier",
        "airline", "airport", "route", "station", "app", "api", "webhook", "integration",
        "channel", "ledger", "report", "dashboard", "widget", "metric", "counter", "license", "licence", "cache",
        "storage", "bucket", "blob", "disk", "volume", "backup", "policy", "warehouse", "inventory", "stock",
        "shelf", "bin", "zone", "location", "category", "medicine", "formulary", "tag", "label", "document", "contract",
        "agreement", "term", "vaccine", "drug", "medicine", "tenant", "domain", "dns", "cdn", "bot", "robot",
        "appliance", "terminal", "kiosk", "vm", "replica", "shard", "broker", "backend", "upstream", "balancer",
        "firewall", "mailbox", "smtp", "ftp", "sftp", "jwt", "oauth", "driver", "player", "owner", "manifest", "theme",
        "package", "assembly");

    /// <summary>Heads of configuration types: their values belong to the system, never to a person.</summary>
    public static readonly HashSet<string> ConfigurationTypeHeads = Set(
        "setting", "option", "config", "configuration", "secret", "credential", "parameter", "appsetting",
        "environment", "constant", "default");

    /// <summary>Type-name suffixes that say nothing about what the type is about (<c>CustomerDto</c> is a customer).</summary>
    /// <summary>The last word of a type that is a screen of the user interface.</summary>
    public static readonly HashSet<string> ScreenTypeHeads = Set("page", "component", "view", "window", "dialog", "screen");

    /// <summary>A screen's own text, which a screen type names with these words alone.</summary>
    public static readonly HashSet<string> ScreenTextWords = Set("title", "subtitle", "heading", "header", "caption");

    public static readonly HashSet<string> NeutralTypeSuffixes = Set(
        "dto", "entity", "model", "viewmodel", "vm", "request", "response", "command", "payload", "record", "row",
        "info", "information", "detail", "data", "summary", "snapshot", "projection", "input", "output", "result",
        "form", "base", "impl", "poco", "aggregate", "root", "item", "doc", "json", "table", "blob",
        // A UserValues holds a user's values, as a UserInfo holds their information.
        "value");

    /// <summary>Words in a type name that make it carry the contents of a communication.</summary>
    public static readonly HashSet<string> CommunicationTypeWords = Set(
        "message", "chat", "conversation", "email", "mail", "sms", "inbox", "comment", "reply", "voicemail",
        "transcript", "letter", "dm", "post", "tweet", "thread", "correspondence", "review", "feedback",
        "testimonial", "enquiry", "inquiry", "ticket", "issue", "complaint");

    /// <summary>Words in a type name that make a "message" a system artefact, not a person's communication.</summary>
    public static readonly HashSet<string> SystemMessageWords = Set(
        "queue", "bus", "broker", "log", "error", "exception", "notification", "template", "outbox", "inbox",
        "integration", "kafka", "event", "command", "alert", "status", "validation", "system", "setting", "option",
        "rule", "trigger", "automation",
        // A configuration issue or a diagnostic is what a check found in the settings, not what someone wrote.
        "configuration", "config", "diagnostic");

    /// <summary>
    /// Words in a type name that make a message one sent to many (a blog post, a newsletter, a campaign), not a
    /// person's own communication, unless the type is also a comment or review on it (<c>BlogComment</c>).
    /// </summary>
    public static readonly HashSet<string> PublicationTypeWords = Set(
        "blog", "news", "newsletter", "campaign", "mass", "bulk", "broadcast");

    /// <summary>Words that, after a term, make the member about the term rather than the data (<c>EmailTemplate</c>).</summary>
    public static readonly HashSet<string> VetoAfter = Set(
        "format", "template", "count", "length", "max", "min", "maximum", "minimum", "limit", "size",
        "provider", "service", "server", "setting", "option", "config", "configuration", "enabled", "disabled",
        "required", "verified", "confirmed", "validated", "valid", "visible", "visibility", "policy", "label",
        "placeholder", "hint", "prompt", "column", "field", "index", "validator", "validation", "version", "style",
        "color", "colour", "regex", "pattern", "rule", "preference", "frequency", "domain", "suffix", "sent",
        "attempt", "retry", "timeout", "lookup", "cache", "queue", "verification", "confirmation", "probe",
        "endpoint", "heartbeat", "mode", "method", "strategy", "handler", "builder", "factory", "formatter",
        "parser", "expression", "flag", "opt", "consent", "changed", "updated", "created", "modified", "deleted",
        "at", "on", "date", "time", "timestamp", "utc", "duration", "expiry", "expiration", "expire", "expires",
        "host", "port", "unit", "precision", "accuracy", "radius", "threshold", "error", "exception", "enum",
        "icon", "width", "mask", "scheme", "schema", "client", "sender", "notification", "alert", "warning",
        "approval", "approved", "rejected", "pending", "reminder", "subscription", "request", "bounce", "opened",
        "tag", "blur", "aspect", "ratio", "lockout", "minute", "hour", "decoration", "frame");

    /// <summary>
    /// Words that, after a contact or account term, describe it rather than hold it (<c>PhoneType</c>,
    /// <c>AddressStatus</c>). After a special-category term they are the data itself (<c>BloodType</c>,
    /// <c>VaccinationStatus</c>), so they veto only the categories in <see cref="DescribedCategories"/>.
    /// </summary>
    public static readonly HashSet<string> DescriptorAfter = Set(
        "type", "kind", "status", "state", "category", "group", "level", "result", "check", "source", "purpose");

    /// <summary>The categories whose terms a descriptor word turns into something else.</summary>
    public static readonly HashSet<string> DescribedCategories = new(StringComparer.Ordinal)
    {
        "Name", "Email", "Phone", "PostalAddress", "OnlineIdentifier", "Location", "Credential", "Identifier",
        "GovernmentId", "Financial", "Photo", "Communication", "Behavioral", "Other",
    };

    /// <summary>Words that, after a term, make the member a key to a row elsewhere (<c>AddressId</c>), not the data.</summary>
    public static readonly HashSet<string> KeyWords = Set("id", "key", "ref", "reference", "fk", "guid", "uuid", "pk");

    /// <summary>The categories whose data is itself an identifier, so a trailing "id" is part of it (<c>DeviceId</c>).</summary>
    public static readonly HashSet<string> IdentifierCategories = new(StringComparer.Ordinal)
    {
        "GovernmentId", "OnlineIdentifier", "Identifier",
    };

    /// <summary>Words that, before a term, make it belong to the system or a thing (<c>SupportEmail</c>, <c>MaxAge</c>).</summary>
    public static readonly HashSet<string> VetoBefore = Set(
        "default", "sample", "example", "test", "dummy", "fake", "placeholder", "fallback", "system", "support",
        "helpdesk", "noreply", "smtp", "admin", "notification", "max", "min", "maximum", "minimum", "company",
        "organization", "organisation", "server", "service", "app", "application", "tenant", "store", "shop",
        "vendor", "supplier", "merchant", "bank", "branch", "warehouse", "department", "team", "group", "product",
        "project", "site", "venue", "file", "sales", "marketing", "info", "reply", "bounce", "webhook", "callback",
        "base", "proxy", "gateway", "network", "node", "cluster", "machine", "instance", "internal", "target",
        "source", "remote", "local", "server", "relay", "command", "operation", "action", "method", "plugin", "job",
        "task", "package", "assembly", "class", "property", "column", "table", "claim", "role", "permission",
        "scope", "feature", "subnet", "lan", "wan", "bind", "listen", "published", "certificate", "theme");

    /// <summary>Words that make an address-typed member the system's own end of a connection (<c>LocalEndPoint</c>, <c>BindAddress</c>).</summary>
    public static readonly HashSet<string> SystemEndWords = Set(
        "local", "server", "bind", "listen", "listening", "published", "internal", "gateway", "proxy", "lan", "wan",
        "subnet", "host", "loopback", "smtp", "dns", "node", "cluster", "machine", "broadcast", "multicast");

    /// <summary>Words that put what comes before them in front: a <c>NoteToPayer</c> is a note, a <c>UserCipherForTask</c> a user cipher.</summary>
    public static readonly HashSet<string> Prepositions = Set("to", "for", "from", "by", "with", "about", "per", "of");

    /// <summary>Whether <paramref name="word"/> names a person (a user, a customer), not only describes one.</summary>
    public static bool IsPersonNoun(string word) => PersonWords.Contains(word) && !PersonAdjectives.Contains(word);

    /// <summary>Words in a type name that make it an organisation's or the system's, whatever its head (<c>OrganizationApiKey</c>).</summary>
    public static readonly HashSet<string> OwnerWords = Set("organization", "organisation", "company", "tenant", "installation", "system", "server");

    /// <summary>
    /// Words in a type name that make it an organisation, a place, a system or what the system sends (a template, a
    /// campaign), which has an e-mail address of its own; any other thing (a licence, a migration) has none, so an
    /// address on it is a person's.
    /// </summary>
    public static readonly HashSet<string> AddressOwnerTypeWords = Set(
        "company", "organization", "organisation", "business", "corporation", "firm", "tenant", "supplier", "vendor",
        "manufacturer", "brand", "merchant", "bank", "carrier", "airline", "partner", "provider", "store", "shop",
        "branch", "office", "warehouse", "facility", "building", "site", "venue", "place", "department", "division",
        "team", "group", "unit", "hospital", "clinic", "pharmacy", "school", "university", "project", "server", "host",
        "node", "cluster", "machine", "instance", "service", "system", "gateway", "proxy", "smtp", "mailbox", "account",
        "channel", "webhook", "integration", "app", "api", "bot", "domain", "database", "installation", "template",
        "campaign", "newsletter", "page");

    /// <summary>Words that, after postal codes in a type name, make it a table of them (<c>PostalCodeGeo</c>, <c>ZipCodeLookup</c>).</summary>
    public static readonly HashSet<string> PostalCodeTableWords = Set(
        "geo", "coordinate", "location", "lookup", "reference", "area", "zone", "region", "boundary", "map", "mapping",
        "point", "position", "centroid", "center", "centre", "range", "latitude", "longitude");

    /// <summary>Words for organisations: before a person word they keep the term theirs (<c>BankContactPhone</c>).</summary>
    public static readonly HashSet<string> OrganisationWords = Set(
        "company", "organization", "organisation", "tenant", "store", "shop", "vendor", "supplier", "merchant", "bank",
        "branch", "warehouse", "department", "team", "group", "site", "venue", "provider", "partner", "carrier");

    /// <summary>Phrases in a type name that make it hold an identity document, and so a person's details.</summary>
    public static readonly string[][] IdentityDocumentPhrases =
    {
        new[] { "driver", "license" }, new[] { "driver", "licence" }, new[] { "driving", "license" }, new[] { "driving", "licence" },
        new[] { "passport" }, new[] { "identity", "card" }, new[] { "id", "card" }, new[] { "identity", "document" },
        new[] { "residence", "permit" }, new[] { "national", "id" },
    };

    /// <summary>Words in a type name that make it about a password, a verification or a second factor: its <c>Code</c> is a secret.</summary>
    public static readonly HashSet<string> SecretTypeWords = Set(
        "password", "passcode", "otp", "totp", "mfa", "verification", "verify", "reset", "recovery", "authenticator", "passwordless");

    /// <summary>Words in a type name that make it a person's review or comment: its <c>Title</c> is what they wrote.</summary>
    public static readonly HashSet<string> ReviewTypeWords = Set("review", "feedback", "testimonial", "comment", "reply");

    /// <summary>Words in a type name that make it a push notification registration: its <c>PlayerId</c> names a person's device.</summary>
    public static readonly HashSet<string> PushTypeWords = Set("push", "notification", "onesignal");

    /// <summary>Words in a type name that make an <c>Address</c> a ledger's (a wallet's or a chain's), not a postal one.</summary>
    public static readonly HashSet<string> LedgerWords = Set("wallet", "chain", "onchain", "blockchain", "bitcoin", "btc", "crypto", "lightning");

    /// <summary>Words in a type name that make it a purchase: its free-form <c>Metadata</c> holds the buyer's details.</summary>
    public static readonly HashSet<string> PurchaseTypeWords = Set("invoice", "order", "checkout", "receipt");

    /// <summary>Heads of a type that is a note; after a person word (<c>CustomerNote</c>) the note is about that person.</summary>
    public static readonly HashSet<string> NoteTypeHeads = Set("note", "remark", "memo", "annotation");

    /// <summary>The words of a type that is a bare geographic position (<c>Location</c>, <c>GeoCoordinates</c>, <c>GpsPoint</c>).</summary>
    public static readonly HashSet<string> PositionTypeWords = Set("geo", "location", "geolocation", "coordinate", "gps", "point");

    /// <summary>Words that, beside "external" in a type name, make it a sign-in through another provider (<c>ExternalAuthentication</c>).</summary>
    /// <summary>The last words of the secrets that can be held as a whole number: a PIN, a passcode, a one-time code.</summary>
    public static readonly HashSet<string> NumericSecretWords = Set("pin", "passcode", "code", "otp", "totp");

    /// <summary>Words that make a sign-in type's provider an external one (an OAuthAccount, an SsoLogin).</summary>
    public static readonly HashSet<string> ExternalProviderWords = Set("external", "oauth", "sso", "openid", "social", "federated");

    /// <summary>Words that make an application software rather than a person's request (an OAuthApplication, a WebApplication).</summary>
    public static readonly HashSet<string> SoftwareWords = Set("oauth", "api", "web", "mobile", "desktop", "client", "software", "openid", "sso", "registered");

    public static readonly HashSet<string> SignInTypeWords = Set("login", "logon", "authentication", "auth", "identity", "account", "provider");

    /// <summary>Words that, before a country or a city beside an IP address, make it where a connection came from (<c>RequestCountryName</c>).</summary>
    public static readonly HashSet<string> ConnectionWords = Set(
        "request", "login", "logon", "sign", "signin", "session", "ip", "geo", "connection", "remote", "client", "last", "access", "visitor", "origin");

    /// <summary>Words in a type name that make it a log of what people did.</summary>
    public static readonly HashSet<string> ActivityTypeWords = Set("activity", "audit");

    /// <summary>Heads that, after an activity word, make a type a log (<c>ActivityLog</c>, <c>AuditEntry</c>).</summary>
    public static readonly HashSet<string> LogTypeHeads = Set("log", "entry", "event", "history", "record", "trail");

    /// <summary>Documents the system shows people; after a person word they own what follows (<c>UserAgreementText</c>).</summary>
    public static readonly HashSet<string> SystemDocumentWords = Set("agreement", "policy", "term", "notice", "disclaimer", "template");

    public static bool IsPersonWord(string word) => PersonWords.Contains(word);

    /// <summary>Participles that order, group or key things rather than name who acted (<c>SortedByName</c>).</summary>
    private static readonly HashSet<string> ArrangingParticiples = Set(
        "sorted", "ordered", "grouped", "filtered", "partitioned", "keyed", "indexed", "identified", "followed",
        "replaced", "superseded", "backed", "caused", "covered", "handled", "powered", "generated", "triggered");

    /// <summary>
    /// Whether <paramref name="word"/> before "by" names an act of someone (<c>RequestedBy</c>, <c>SentBy</c>), so
    /// the term after it is that someone's.
    /// </summary>
    public static bool IsActorParticiple(string word) =>
        !ArrangingParticiples.Contains(word) &&
        (word is "sent" or "written" or "made" or "done" or "paid" or "held" or "taken" or "given" or "signed" ||
         (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal)));

    private static HashSet<string> Set(params string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(NameTokenizer.Singular(word));
        }

        return set;
    }
}
