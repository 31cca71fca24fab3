using System;
using System.Security.Cryptography;
using System.Text;

namespace Dossier.EntityFrameworkCore.Encryption;

/// <summary>
/// Encrypts one value for one property with AES-256-GCM and lays the result out as a self-describing envelope:
/// <code>
/// version (1 byte, 0x01) | key id length n (1 byte) | key id (n ASCII bytes) | nonce (12) | tag (16) | ciphertext
/// </code>
/// The associated data is the header (version, length and key id) followed, when the key ring binds values to
/// properties, by the UTF-8 property name <c>Entity.Property</c>: changing the header or moving the envelope to
/// another column makes the tag check fail.
/// </summary>
internal sealed class EncryptionEnvelope
{
    internal const byte Version1 = 1;
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    /// <summary>Envelope bytes besides the key id and the ciphertext: version, id length, nonce, tag.</summary>
    internal const int FixedOverhead = 2 + NonceSize + TagSize;

    private readonly DossierKeyRing _keyRing;
    private readonly byte[] _context;

    public EncryptionEnvelope(DossierKeyRing keyRing, string property)
    {
        _keyRing = keyRing;
        Property = property;
        _context = keyRing.BindToProperty ? Encoding.UTF8.GetBytes(property) : Array.Empty<byte>();
    }

    /// <summary>The property this envelope protects, as <c>Entity.Property</c>.</summary>
    public string Property { get; }

    public byte[] Seal(ReadOnlySpan<byte> plaintext)
    {
        var keyId = _keyRing.CurrentKeyId;
        var headerLength = 2 + keyId.Length;
        var envelope = new byte[headerLength + NonceSize + TagSize + plaintext.Length];
        envelope[0] = Version1;
        envelope[1] = (byte)keyId.Length;
        Encoding.ASCII.GetBytes(keyId, envelope.AsSpan(2));

        var nonce = envelope.AsSpan(headerLength, NonceSize);
        var tag = envelope.AsSpan(headerLength + NonceSize, TagSize);
        var ciphertext = envelope.AsSpan(headerLength + NonceSize + TagSize);

        // A fresh random 96-bit nonce for every value: with one key, nonce reuse would expose the XOR of two
        // plaintexts and allow forgeries, and random nonces stay safe far beyond any realistic number of writes.
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keyRing.CurrentKey, TagSize);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData(envelope.AsSpan(0, headerLength)));
        return envelope;
    }

    public byte[] Open(ReadOnlySpan<byte> envelope)
    {
        if (envelope.Length < FixedOverhead + 1 || envelope[0] != Version1)
        {
            throw Malformed();
        }

        var keyIdLength = envelope[1];
        var headerLength = 2 + keyIdLength;
        if (keyIdLength == 0 || envelope.Length < headerLength + NonceSize + TagSize)
        {
            throw Malformed();
        }

        var keyId = Encoding.ASCII.GetString(envelope.Slice(2, keyIdLength));
        if (!DossierKeyRing.IsValidKeyId(keyId))
        {
            throw Malformed();
        }

        if (!_keyRing.TryGetKey(keyId, out var key))
        {
            throw new DossierDecryptionException(
                $"The stored value of {Property} was encrypted with key '{keyId}', which is not in the key ring. Add that key to DossierEncryptionOptions.Keys; keep old keys for as long as values written with them remain.",
                Property,
                keyId);
        }

        var nonce = envelope.Slice(headerLength, NonceSize);
        var tag = envelope.Slice(headerLength + NonceSize, TagSize);
        var ciphertext = envelope.Slice(headerLength + NonceSize + TagSize);
        var plaintext = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(nonce, ciphertext, tag, plaintext, AssociatedData(envelope.Slice(0, headerLength)));
        }
        catch (CryptographicException exception)
        {
            throw new DossierDecryptionException(
                $"The stored value of {Property} failed authentication with key '{keyId}': it was changed after it was written, copied from another column, or written with a different key under the same id. Nothing was decrypted.",
                Property,
                keyId,
                exception);
        }

        return plaintext;
    }

    internal DossierDecryptionException Malformed() => new(
        $"The stored value of {Property} is not a Dossier ciphertext (unknown format or truncated). It may have been written before encryption was enabled, or changed in the database.",
        Property,
        keyId: null);

    private byte[] AssociatedData(ReadOnlySpan<byte> header)
    {
        var data = new byte[header.Length + _context.Length];
        header.CopyTo(data);
        _context.CopyTo(data, header.Length);
        return data;
    }
}
