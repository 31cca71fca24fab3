using System;

namespace Dossier;

/// <summary>
/// The member is stored encrypted at rest (GDPR Art. 32(1)(a)). The inventory shows it as encrypted, and
/// PII001 no longer reports it. <c>Dossier.EntityFrameworkCore</c> makes this true for EF Core models by
/// applying authenticated encryption to every member with this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class EncryptedAttribute : Attribute
{
}
