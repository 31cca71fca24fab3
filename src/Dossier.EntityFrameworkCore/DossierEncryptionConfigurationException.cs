using System;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// Thrown while the EF Core model is built when encryption cannot be set up: no key or an unusable key is
/// configured, or an <see cref="EncryptedAttribute"/> member has a type or role that cannot be encrypted. The
/// message says what to change; it never contains key material or stored values.
/// </summary>
public sealed class DossierEncryptionConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that says what to configure.</summary>
    public DossierEncryptionConfigurationException(string message)
        : base(message)
    {
    }
}
