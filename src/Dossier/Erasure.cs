namespace Dossier;

/// <summary>What the generated <c>ErasePersonalData()</c> does to a member (GDPR Art. 17, right to erasure).</summary>
public enum Erasure
{
    /// <summary>
    /// The value is removed: set to <c>null</c> or <c>default</c> (a <c>string</c> declared never null is set to
    /// <c>""</c>, keeping its contract and a required column valid); collections are emptied.
    /// </summary>
    Delete,
    /// <summary>
    /// The value is replaced with a fixed value of the same type that identifies no one
    /// (for example <c>"anonymized"</c>, <c>0</c>, <c>0.0.0.0</c>). Use it where a value must stay present.
    /// </summary>
    Anonymize,
    /// <summary>
    /// The value is replaced with a keyed, stable, irreversible token (HMAC-SHA256 with a key the application
    /// provides through <see cref="ErasureOptions.PseudonymizationKey"/>). The same value gives the same token,
    /// so records stay linkable without identifying the person. Under GDPR Recital 26, pseudonymized data is
    /// still personal data while the key exists.
    /// </summary>
    Pseudonymize,
    /// <summary>
    /// The value is kept, because an Art. 17(3) exception applies (a legal obligation to keep it, legal
    /// claims, public interest). <see cref="PersonalDataAttribute.RetentionReason"/> must say which; the
    /// erasure report lists the member with that reason.
    /// </summary>
    Retain,
}
