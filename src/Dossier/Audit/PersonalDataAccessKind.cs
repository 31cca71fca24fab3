namespace Dossier;

/// <summary>What was done with a data subject's personal data.</summary>
public enum PersonalDataAccessKind
{
    /// <summary>A member's value was read (an <see cref="AuditedAttribute"/> member).</summary>
    Read,

    /// <summary>A member's value was written (an <see cref="AuditedAttribute"/> member, or a save through EF Core).</summary>
    Write,

    /// <summary>Everything held about the subject was exported (GDPR Art. 15 access, Art. 20 portability).</summary>
    Export,

    /// <summary>The subject's personal data was erased (GDPR Art. 17).</summary>
    Erase,
}
