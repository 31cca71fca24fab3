namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>
/// The built-in term families, one method per group of categories. Terms are written from what each
/// category means (GDPR Art. 4(1), Art. 9, Art. 10 and the <c>DataCategory</c> docs), not from any one code base.
/// </summary>
/// <remarks>
/// Reach is the precision lever: a term that names personal data in any record about someone (an email, an
/// IP address) reaches neutral types too; a term that is personal only when it describes a person
/// (<c>Name</c>, <c>City</c>, <c>Age</c>) reaches person-like types only.
/// </remarks>
internal static partial class BuiltInTerms
{
    private static readonly string[] AddressModifiers =
    {
        "home", "billing", "shipping", "delivery", "mailing", "postal", "residential", "residence", "street",
        "permanent", "current", "previous", "primary", "secondary", "alternate", "alternative", "physical",
        "correspondence", "invoice", "pickup", "dropoff", "destination", "work", "legal", "registered",
        "forwarding", "return", "main", "full", "private", "old", "new", "former", "local", "temporary",
    };

    public static TermCatalogBuilder Create()
    {
        var builder = new TermCatalogBuilder("built-in");
        AddContact(builder);
        AddIdentity(builder);
        AddFinancial(builder);
        AddOnline(builder);
        AddSpecialCategories(builder);
        AddOtherFamilies(builder);
        return builder;
    }

    private static void AddContact(TermCatalogBuilder b)
    {
        b.Add("Email", Reach.Subject | Reach.Thing, "email", "email address", "mail address", "mail", "mailbox");
        // Many code bases call the address itself an e-mail id; held as a Guid or a number it is a key to a row instead.
        b.AddExact("Email", Reach.Subject | Reach.Thing, "email id");
        b.AddTopic("Email", Topic.Mail, false, "to", "cc", "bcc", "reply to", "to address", "cc address", "bcc address");
        b.Add("Phone", Reach.Subject,
            "phone", "telephone", "phone number", "mobile", "mobile number", "mobile phone", "cellphone", "cell phone",
            "cell number", "msisdn", "sms number", "contact number", "landline", "fax", "fax number", "whatsapp");
        b.AddHead("Phone", "cell", Reach.Person, Reach.Person);

        b.Add("Name", Reach.Subject,
            "first name", "last name", "given name", "family name", "middle name", "maiden name", "full name",
            "surname", "forename", "nickname", "nick name", "legal name", "birth name", "preferred name",
            "christian name", "middle initial", "contact person", "next of kin", "cardholder", "card holder name",
            "name on account", "name on card", "account holder name", "card holder");
        b.AddTopic("Name", Topic.Card | Topic.BankAccount, false, "holder", "holder name");
        b.AddHead("Name", "name", Reach.Person, Reach.Person,
            "display", "real", "official", "formal", "common", "known", "normalized", "short", "alternate",
            "alternative", "previous", "former", "other", "primary", "complete", "whole", "proper", "person", "global");
        b.AddHead("Name", "name", Reach.Person, Reach.Subject, "billing", "shipping", "delivery", "invoice");
        b.Add("Name", Reach.Person, "salutation", "honorific", "initial", "spouse", "alias");

        b.AddHead("PostalAddress", "address", Reach.Subject, Reach.Subject, AddressModifiers);
        b.Add("PostalAddress", Reach.Subject,
            "address line", "street", "street address", "street name", "house number", "building number",
            "apartment number", "flat number", "po box", "postal code", "post code", "postcode", "zip", "zip code",
            "zipcode", "postal", "eircode");
        foreach (var part in new[] { "city", "town", "county", "province", "state", "region", "district", "neighborhood", "neighbourhood", "apartment", "country", "suburb", "locality" })
        {
            b.AddAddressPart("PostalAddress", part, Reach.Person, Reach.Subject, AddressModifiers);
        }

        b.Add("PostalAddress", Reach.Person, "residence", "country code");

        // The whole address as one serialized value (a JSON form, a snapshot).
        b.Add("PostalAddress", Reach.Subject,
            "shipping data", "billing data", "delivery data", "shipping info", "billing info", "delivery info",
            "shipping information", "billing information", "shipping details", "billing details", "delivery details");
        b.AddHead("PostalAddress", "line", Reach.Person, Reach.Subject, "address", "street");
    }

    private static void AddIdentity(TermCatalogBuilder b)
    {
        b.AddDates("DateOfBirth", Reach.Subject,
            "date of birth", "birth date", "birthdate", "birthday", "born", "born on", "year of birth", "birth year");

        b.AddHead("Demographic", "age", Reach.Person, Reach.Person, "current", "actual");
        b.Add("Demographic", Reach.Subject,
            "age group", "age range", "age bracket", "gender", "gender identity", "pronoun", "nationality",
            "citizenship", "place of birth", "birth place", "birthplace", "country of birth", "birth country",
            "city of birth", "marital status", "civil status", "relationship status", "native language",
            "mother tongue", "first language", "preferred language", "spoken language");
        b.Add("Demographic", Reach.Person, "sex", "dependant", "dependent", "number of dependents");

        b.Add("GovernmentId", Reach.Subject,
            "social security", "social security number", "social insurance number", "national id",
            "national identity", "national identity number", "national identification number", "national insurance",
            "national insurance number", "national number", "passport", "passport number", "driver license",
            "driving license", "driver licence", "driving licence", "tax id", "tax number", "tax identification number",
            "tax identifier", "tax file number", "taxpayer id", "taxpayer number", "id card", "id card number",
            "identity card", "identity number", "identity document", "personal number", "citizen id", "resident id",
            "residence permit", "work permit", "visa number", "voter id", "aadhaar", "pesel", "photo id",
            "government id", "personal id", "personal identification number", "tax code", "fiscal code");
        b.Add("GovernmentId", Reach.Person, "license number", "licence number", "id number");

        b.Add("Identifier", Reach.Subject,
            "customer number", "employee number", "member number", "membership number", "patient number",
            "staff number", "student number", "personnel number", "loyalty number", "loyalty card number",
            "badge number", "badge id", "license plate", "licence plate", "number plate", "registration plate", "payroll number", "client number", "account holder number", "frequent flyer",
            "frequent flyer number", "frequent flier number", "loyalty id", "loyalty card", "membership id");
    }

    private static void AddFinancial(TermCatalogBuilder b)
    {
        b.Add("Financial", Reach.Subject,
            "iban", "bank account", "bank account number", "sort code", "card number",
            "credit card", "credit card number", "debit card", "payment card", "cvv", "card verification",
            "card security code", "card expiry", "card expiration", "salary", "wage", "income", "annual income",
            "gross pay", "net pay", "pay rate", "credit score", "credit rating", "net worth", "bank details",
            "primary account number", "pay slip", "payslip", "tax return", "card code", "card cvv", "card security code",
            "card verification value", "card verification code", "exp month", "exp year", "expiry month", "expiry year",
            "expiration month", "expiration year", "expire month", "expire year", "card exp", "card exp month",
            "card exp year", "card expire", "card expire month", "card expire year", "masked card number");
        b.AddDates("Financial", Reach.Subject, "card expiry date", "card expiration date", "card expire date", "card exp date");
        b.AddTopic("Financial", Topic.Card, false, "number", "code", "security code", "verification code", "cvv");
        b.AddTopic("Financial", Topic.Card, true, "expiry", "expiration", "expiry date", "expiration date", "exp date", "exp", "valid thru", "valid until");
        b.AddTopic("Financial", Topic.BankAccount, false, "number");
        b.Add("Financial", Reach.Subject, "card name", "account holder", "debit account number");

        // The details of an identity document: who issued it, when, until when, of what class.
        b.AddTopic("GovernmentId", Topic.IdentityDocument, true,
            "issuing country", "issuing state", "issuing authority", "issue date", "issued date", "issued by", "issued on",
            "expiration date", "expiry date", "valid until", "license class", "licence class", "document number", "number");
        b.Add("Financial", Reach.Person,
            "bic", "account number", "hourly rate", "bonus", "compensation", "credit limit", "pension", "debt",
            "account balance", "remuneration", "balance");

        b.Add("Credential", Reach.Subject,
            "password", "password hash", "passcode", "pin code", "security answer", "security question",
            "secret answer", "secret question", "recovery code", "backup code", "totp secret", "mfa secret",
            "two factor secret", "authenticator key", "otp secret", "password salt", "password hint",
            "password reminder", "security stamp", "two factor", "two factor provider", "two factor recovery code",
            "totp", "authenticator", "authenticator secret", "mfa", "otp", "api key", "private key", "secret key",
            "symmetric key", "master key", "recovery key", "user key", "refresh token", "access token", "id token",
            "auth token", "authentication token", "session token", "bearer token", "identity token", "access code",
            "license key", "licence key", "recovery token", "reset token", "activation token", "access secret",
            "token secret", "encrypted key", "key encrypted");
        b.Add("Credential", Reach.Person, "pin", "salt");

        // A link that carries the token a person was sent (to confirm an address, accept an invitation, reset a password)
        // lets whoever holds it act as them.
        b.Add("Credential", Reach.Subject | Reach.Thing,
            "confirmation link", "confirmation url", "confirm link", "confirm url", "invitation link", "invitation url",
            "invite link", "invite url", "reset link", "reset url", "password reset link", "password reset url",
            "reset password link", "reset password url", "activation link", "activation url", "verification link",
            "verification url", "verify link", "verify url", "magic link");

        // On a person, the token of a service is the person's own for it (a MediaServerToken, an ApiToken).
        b.Add("Credential", Reach.Person, "server token", "service token", "api token", "app token", "application token", "integration token");
        // On a person, a client secret is the secret of the API client they were given to act as themselves.
        b.Add("Credential", Reach.Person, "client secret");
        b.AddHeadExcept("Credential", "secret", Reach.Subject,
            "client", "app", "application", "api", "webhook", "signing", "jwt", "consumer", "service", "integration",
            "shared", "system", "server", "installation", "organization", "bot", "storage", "manager");

        // A token is a secret that stands for someone, unless it pages, cancels or guards a request.
        b.AddHeadExcept("Credential", "token", Reach.Subject,
            "continuation", "page", "paging", "next", "cancellation", "cancel", "concurrency", "csrf", "xsrf", "antiforgery",
            "forgery", "sync", "change", "resume", "cache", "client", "state", "nonce", "request", "verification",
            "validation", "payment", "card", "sas", "storage", "upload", "download", "app", "application", "service",
            "system", "server", "api", "integration", "installation", "organization", "bot", "webhook", "lexer", "parser", "syntax");
        b.AddTopic("Credential", Topic.Secret, false, "code", "token", "key", "pin", "secret");

        // A verification token that verifies a person (they just proved who they are, or own the address it was sent
        // to) lets whoever holds it act as them; a request's verification token only guards a form.
        b.Add("Credential", Reach.Subject, "user verification token", "email verification token", "phone verification token");

        // The key an authenticator app and the server share is the person's second factor, not the system's secret.
        b.AddTopic("Credential", Topic.Secret, false, "shared key", "shared secret");

        // A key alone on a person is their own key (an account's encrypted vault key); elsewhere it names a row or a setting.
        b.AddExact("Credential", Reach.Person, "key");
    }

    private static void AddOnline(TermCatalogBuilder b)
    {
        b.Add("OnlineIdentifier", Reach.Subject,
            "user name", "username", "login name", "login id", "screen name", "gamertag", "user handle",
            "social handle", "user principal name", "ip", "ip address", "remote ip", "client ip", "mac address",
            "device id", "device identifier", "device fingerprint", "browser fingerprint", "cookie", "cookie id",
            "cookie identifier", "advertising id", "advertiser id", "ad id", "idfa", "idfv", "gaid", "aaid", "imei",
            "udid", "visitor id", "anonymous id", "tracking id", "push token", "device token", "fcm token",
            "apns token", "user agent", "profile url", "social media", "social profile", "installation id",
            "install id", "app instance id", "remote end point", "remote endpoint", "client end point",
            "remote address", "remote ip address", "client ip address", "last ip", "device identifier",
            "push identifier", "push registration id", "payer id");
        // A thing that is not an organisation, a place or a system has no account of its own: a user name on it is a person's.
        b.Add("OnlineIdentifier", Reach.Thing, "user name", "username");
        b.AddTopic("OnlineIdentifier", Topic.Device, false, "identifier", "id");
        b.AddTopic("OnlineIdentifier", Topic.Push, false, "player id", "player identifier", "registration id");
        b.AddTopic("OnlineIdentifier", Topic.ExternalLogin, false,
            "external identifier", "external id", "external display identifier", "external user id", "provider key", "provider user id");
        b.Add("OnlineIdentifier", Reach.Person,
            "login", "mac", "account name", "twitter", "linkedin", "linked in", "facebook", "instagram", "github", "skype",
            "telegram", "tiktok", "snapchat", "website", "homepage");
        // A person's account on a chat or social service, held as its id, handle or user name there (DiscordId, SlackUserId).
        foreach (var service in new[]
        {
            "discord", "slack", "telegram", "twitter", "github", "gitlab", "steam", "twitch", "reddit", "skype", "mastodon",
            "instagram", "facebook", "linkedin", "tiktok", "snapchat", "wechat", "youtube",
        })
        {
            b.Add("OnlineIdentifier", Reach.Subject | Reach.Thing,
                service + " id", service + " user id", service + " handle", service + " username", service + " user name", service + " account");
        }

        b.AddHead("OnlineIdentifier", "handle", Reach.Person, Reach.Subject, "social", "twitter", "instagram", "github", "telegram", "public");

        b.Add("Location", Reach.Subject,
            "latitude", "longitude", "geo", "geolocation", "geo location", "coordinate", "gps", "geohash",
            "geo point", "location history", "current location", "last location", "last known location",
            "precise location", "home location", "live location", "whereabouts", "gps position", "gps coordinate");
        b.AddHead("Location", "location", Reach.Person, Reach.Subject, "device", "user", "exact");
        b.AddTopic("Location", Topic.Position, false, "latitude", "longitude", "lat", "lng", "lon", "x", "y");
    }
}
