using System;

namespace Dossier;

/// <summary>
/// Every read and write of this personal data is recorded in the access log (who, when, which data subject,
/// which member, why), so the controller can show who accessed a person's data (GDPR Art. 5(2)
/// accountability, Art. 30, Art. 32(1)(d)). On a type, it applies to every personal data member of the type.
/// </summary>
/// <remarks>
/// Personal data whose access must be logged but is not is "unlogged" and reported by PII010.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
public sealed class AuditedAttribute : Attribute
{
}
