namespace Dossier;

/// <summary>
/// What kind of personal data a member holds. The inventory groups members by category, and the
/// analyzers use it to decide what must be encrypted at rest (PII001) or have its access logged (PII010).
/// </summary>
/// <remarks>
/// The members from <see cref="Health"/> to <see cref="SexLifeOrOrientation"/> are the special
/// categories of GDPR Art. 9(1), whose processing is prohibited unless an Art. 9(2) condition applies;
/// <see cref="CriminalRecord"/> is the criminal-offence data of Art. 10. The inventory marks all of them
/// as special categories.
/// </remarks>
public enum DataCategory
{
    /// <summary>Personal data that fits no other category.</summary>
    Other,
    /// <summary>A person's name: given name, family name, full name, nickname.</summary>
    Name,
    /// <summary>An identifier assigned to the person: customer number, employee id, account id.</summary>
    Identifier,
    /// <summary>An email address.</summary>
    Email,
    /// <summary>A telephone number.</summary>
    Phone,
    /// <summary>A postal address or any part of one: street, city, postal code.</summary>
    PostalAddress,
    /// <summary>A date of birth.</summary>
    DateOfBirth,
    /// <summary>Demographic data: age, gender, nationality, language, marital status.</summary>
    Demographic,
    /// <summary>A government-issued identifier: national id, social security number, passport, tax id, driver's licence.</summary>
    GovernmentId,
    /// <summary>An online identifier (GDPR Art. 4(1), Recital 30): IP address, cookie id, device id, user name.</summary>
    OnlineIdentifier,
    /// <summary>Location data (Art. 4(1)): coordinates, precise location history.</summary>
    Location,
    /// <summary>Financial data: bank account, IBAN, card number, salary, transactions.</summary>
    Financial,
    /// <summary>Credentials: password hashes, security answers, recovery codes, tokens.</summary>
    Credential,
    /// <summary>Behavioural data: browsing history, preferences, usage and profiling data.</summary>
    Behavioral,
    /// <summary>The content of communications: messages, emails, chat, call records.</summary>
    Communication,
    /// <summary>Employment data: job title, employer, performance reviews, HR records.</summary>
    Employment,
    /// <summary>Education data: schools, degrees, grades.</summary>
    Education,
    /// <summary>A photograph or video of the person (not processed for unique identification; see <see cref="Biometric"/>).</summary>
    Photo,
    /// <summary>Data concerning health (Art. 4(15), special category under Art. 9).</summary>
    Health,
    /// <summary>Genetic data (Art. 4(13), special category under Art. 9).</summary>
    Genetic,
    /// <summary>Biometric data processed to uniquely identify a person (Art. 4(14), special category under Art. 9).</summary>
    Biometric,
    /// <summary>Data revealing racial or ethnic origin (special category under Art. 9).</summary>
    RacialOrEthnicOrigin,
    /// <summary>Data revealing political opinions (special category under Art. 9).</summary>
    PoliticalOpinion,
    /// <summary>Data revealing religious or philosophical beliefs (special category under Art. 9).</summary>
    ReligiousBelief,
    /// <summary>Data revealing trade union membership (special category under Art. 9).</summary>
    TradeUnionMembership,
    /// <summary>Data concerning a person's sex life or sexual orientation (special category under Art. 9).</summary>
    SexLifeOrOrientation,
    /// <summary>Personal data relating to criminal convictions and offences (Art. 10).</summary>
    CriminalRecord,
}
