using System;
using System.Collections.Generic;
using System.Security.Cryptography;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// The keys that protect <see cref="EncryptedAttribute"/> members, as the application configures them. The shape
/// binds from configuration (<c>{ "CurrentKeyId": "2025-01", "Keys": { "2025-01": "base64..." } }</c>) and can be
/// filled by hand; <see cref="DossierKeyRing.Create"/> checks it and turns it into the key ring the model uses.
/// </summary>
/// <remarks>
/// Keep keys out of source control and out of the database they protect: load them from a secret store or the
/// environment. To rotate, add a new key, make it <see cref="CurrentKeyId"/>, and keep the old ones for as long as
/// values written with them remain: each value records the id of the key that wrote it.
/// </remarks>
public sealed class DossierEncryptionOptions
{
    private readonly Dictionary<string, byte[]> _rawKeys = new(StringComparer.Ordinal);

    /// <summary>The id of the key new values are encrypted with. It must be one of the configured keys.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>
    /// Every key that may be needed to read stored values: key id to a 32-byte key, base64-encoded. Key ids are
    /// 1 to 64 characters from letters, digits, <c>-</c>, <c>_</c> and <c>.</c>; they are stored with each value and
    /// are not secret.
    /// </summary>
    public IDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Whether each ciphertext is bound to the entity type and property it was written for (default <c>true</c>), so
    /// a value copied into another encrypted column fails to decrypt. Renaming the entity class or the property then
    /// needs the stored values re-encrypted; decide before the first value is written, because changing this makes
    /// existing values unreadable.
    /// </summary>
    public bool BindToProperty { get; set; } = true;

    internal IReadOnlyDictionary<string, byte[]> RawKeys => _rawKeys;

    /// <summary>Adds a key given as raw bytes (exactly 32). The bytes are copied.</summary>
    /// <returns>These options, for chaining.</returns>
    public DossierEncryptionOptions AddKey(string keyId, byte[] key)
    {
        if (keyId is null) throw new ArgumentNullException(nameof(keyId));
        if (key is null) throw new ArgumentNullException(nameof(key));
        _rawKeys[keyId] = (byte[])key.Clone();
        return this;
    }

    /// <summary>Adds a key given as base64 text, as a secret store or configuration holds it.</summary>
    /// <returns>These options, for chaining.</returns>
    public DossierEncryptionOptions AddKey(string keyId, string base64Key)
    {
        if (keyId is null) throw new ArgumentNullException(nameof(keyId));
        Keys[keyId] = base64Key ?? throw new ArgumentNullException(nameof(base64Key));
        return this;
    }

    /// <summary>Makes a new random 32-byte key, base64-encoded, to put in a secret store.</summary>
    public static string GenerateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(DossierKeyRing.KeySizeInBytes));
}
