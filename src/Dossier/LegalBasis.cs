namespace Dossier;

/// <summary>The lawful basis for processing under GDPR Art. 6(1). Every processing needs one.</summary>
public enum LegalBasis
{
    /// <summary>No basis declared yet. The inventory lists such members as gaps, and PII004 reports them.</summary>
    Unspecified,
    /// <summary>Art. 6(1)(a): the person has given consent for one or more specific purposes.</summary>
    Consent,
    /// <summary>Art. 6(1)(b): necessary to perform a contract with the person, or to take steps before entering one.</summary>
    Contract,
    /// <summary>Art. 6(1)(c): necessary to comply with a legal obligation of the controller.</summary>
    LegalObligation,
    /// <summary>Art. 6(1)(d): necessary to protect the vital interests of the person or of another person.</summary>
    VitalInterests,
    /// <summary>Art. 6(1)(e): necessary for a task carried out in the public interest or in official authority.</summary>
    PublicTask,
    /// <summary>Art. 6(1)(f): necessary for the legitimate interests of the controller or a third party, balanced against the person's rights.</summary>
    LegitimateInterests,
    /// <summary>
    /// Art. 9(2)(a): the person has given explicit consent, for one or more specified purposes. Consent to process
    /// special categories of personal data (Art. 9(1)) must be explicit; plain <see cref="Consent"/> is not enough.
    /// </summary>
    ExplicitConsent,
}
