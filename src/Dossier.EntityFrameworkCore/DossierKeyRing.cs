using System;
using System.Collections.Generic;
using System.Linq;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// The checked, immutable set of AES-256 keys that encrypts and decrypts <see cref="EncryptedAttribute"/> members:
/// one current key for new values and any number of older keys still needed to read values written before a
/// rotation. Create it once at startup with <see cref="Create"/> and pass it to
/// <see cref="DossierEncryptionModelBuilderExtensions.UseDossierEncryption(Microsoft.EntityFrameworkCore.ModelBuilder, DossierKeyRing)"/>.
/// </summary>
public sealed class DossierKeyRing
{
    /// <summary>The length of every key: 32 bytes, for AES-256.</summary>
    public const int KeySizeInBytes = 32;

    /// <summary>The longest key id, in characters.</summary>
    public const int MaxKeyIdLength = 64;

    private const string HowToConfigure =
        "Set DossierEncryptionOptions.CurrentKeyId to a key id and add that key to DossierEncryptionOptions.Keys " +
        "(key id -> 32 random bytes, base64-encoded, loaded from a secret store; DossierEncryptionOptions.GenerateKey() makes one).";

    private readonly Dictionary<string, byte[]> _keys;

    private DossierKeyRing(string currentKeyId, Dictionary<string, byte[]> keys, bool bindToProperty)
    {
        CurrentKeyId = currentKeyId;
        _keys = keys;
        BindToProperty = bindToProperty;
        KeyIds = keys.Keys.OrderBy(id => id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The id of the key new values are encrypted with.</summary>
    public string CurrentKeyId { get; }

    /// <summary>Every key id in the ring, sorted.</summary>
    public IReadOnlyList<string> KeyIds { get; }

    /// <summary>Whether ciphertexts are bound to their entity type and property (see <see cref="DossierEncryptionOptions.BindToProperty"/>).</summary>
    public bool BindToProperty { get; }

    internal byte[] CurrentKey => _keys[CurrentKeyId];

    /// <summary>Checks <paramref name="options"/> and builds the key ring.</summary>
    /// <exception cref="DossierEncryptionConfigurationException">
    /// No key is configured, the current key id is missing or unknown, a key id is malformed, or a key is not
    /// 32 bytes of valid base64. The message says what to configure and contains no key material.
    /// </exception>
    public static DossierKeyRing Create(DossierEncryptionOptions? options)
    {
        if (options is null || (options.Keys.Count == 0 && options.RawKeys.Count == 0))
        {
            throw NoKeyConfigured();
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var pair in options.Keys)
        {
            CheckKeyId(pair.Key);
            keys.Add(pair.Key, Decode(pair.Key, pair.Value));
        }

        foreach (var pair in options.RawKeys)
        {
            CheckKeyId(pair.Key);
            if (keys.ContainsKey(pair.Key))
            {
                throw new DossierEncryptionConfigurationException(
                    $"The encryption key id '{pair.Key}' is configured twice, in DossierEncryptionOptions.Keys and through AddKey. Give each key its own id.");
            }

            CheckLength(pair.Key, pair.Value.Length);
            keys.Add(pair.Key, (byte[])pair.Value.Clone());
        }

        var known = string.Join(", ", keys.Keys.OrderBy(id => id, StringComparer.Ordinal));
        if (string.IsNullOrEmpty(options.CurrentKeyId))
        {
            throw new DossierEncryptionConfigurationException(
                $"DossierEncryptionOptions.CurrentKeyId is not set. Set it to the id of the key that encrypts new values (configured key ids: {known}).");
        }

        if (!keys.ContainsKey(options.CurrentKeyId))
        {
            // An id that is not a valid key id may be a key pasted into the wrong setting, so it is not repeated.
            if (!IsValidKeyId(options.CurrentKeyId))
            {
                throw new DossierEncryptionConfigurationException(
                    $"DossierEncryptionOptions.CurrentKeyId is not a valid key id (configured key ids: {known}). Set it to the id of the key that encrypts new values.");
            }

            throw new DossierEncryptionConfigurationException(
                $"DossierEncryptionOptions.CurrentKeyId is '{options.CurrentKeyId}', but no key with that id is configured (configured key ids: {known}). Add the key to DossierEncryptionOptions.Keys or correct the id.");
        }

        return new DossierKeyRing(options.CurrentKeyId, keys, options.BindToProperty);
    }

    /// <summary>Lists the key ids, never the keys.</summary>
    public override string ToString() => $"DossierKeyRing (current key: {CurrentKeyId}; keys: {string.Join(", ", KeyIds)})";

    internal static DossierEncryptionConfigurationException NoKeyConfigured() => new(
        "No encryption key is configured for Dossier.EntityFrameworkCore, so members marked [Encrypted] cannot be stored. " + HowToConfigure);

    internal bool TryGetKey(string keyId, out byte[] key) => _keys.TryGetValue(keyId, out key!);

    internal static bool IsValidKeyId(string? keyId)
    {
        if (string.IsNullOrEmpty(keyId) || keyId.Length > MaxKeyIdLength)
        {
            return false;
        }

        foreach (var c in keyId)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckKeyId(string keyId)
    {
        if (!IsValidKeyId(keyId))
        {
            throw new DossierEncryptionConfigurationException(
                $"An encryption key id is not valid. Key ids are 1 to {MaxKeyIdLength} characters from letters, digits, '-', '_' and '.'.");
        }
    }

    private static byte[] Decode(string keyId, string? base64)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            // The text is left out of the message on purpose: it may be a key with a typo in it.
            throw new DossierEncryptionConfigurationException(
                $"The encryption key '{keyId}' is not valid base64. Each key is {KeySizeInBytes} random bytes, base64-encoded.");
        }

        CheckLength(keyId, key.Length);
        return key;
    }

    private static void CheckLength(string keyId, int length)
    {
        if (length != KeySizeInBytes)
        {
            throw new DossierEncryptionConfigurationException(
                $"The encryption key '{keyId}' is {length} bytes long; AES-256-GCM needs exactly {KeySizeInBytes} random bytes.");
        }
    }
}
