using System;
using System.Security.Cryptography;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// Thrown when a stored encrypted value cannot be read: it was changed after it was written (the authentication
/// tag does not match), it was written with a different key or for a different property, its key is not in the
/// key ring, or it is not a Dossier ciphertext at all. The message names the property and the key id; it never
/// contains the stored value, the plaintext or key material.
/// </summary>
public sealed class DossierDecryptionException : CryptographicException
{
    /// <summary>Creates the exception.</summary>
    public DossierDecryptionException(string message, string property, string? keyId, Exception? innerException = null)
        : base(message, innerException)
    {
        Property = property;
        KeyId = keyId;
    }

    /// <summary>The property whose value failed to decrypt, as <c>Entity.Property</c>.</summary>
    public string Property { get; }

    /// <summary>The key id recorded in the value, when the value was readable far enough to have one.</summary>
    public string? KeyId { get; }
}
