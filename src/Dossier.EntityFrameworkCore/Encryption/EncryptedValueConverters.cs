using System;
using System.Linq;
using System.Text;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dossier.EntityFrameworkCore.Encryption;

/// <summary>
/// The value converters that put <see cref="EncryptionEnvelope"/>s in the database: strings become base64 text
/// (so they fit a text column), byte arrays stay binary. EF Core never passes <c>null</c> to them, so null stays null.
/// </summary>
internal static class EncryptedValueConverters
{
    public static ValueConverter<string, string> ForString(EncryptionEnvelope envelope) =>
        new(value => SealText(envelope, value), stored => OpenText(envelope, stored));

    public static ValueConverter<byte[], byte[]> ForBytes(EncryptionEnvelope envelope) =>
        new(value => envelope.Seal(value), stored => envelope.Open(stored));

    /// <summary>
    /// Compares byte arrays by content and snapshots copies, so that changing an array in place is saved; the
    /// default reference comparison would miss it and leave the old ciphertext in the database.
    /// </summary>
    public static ValueComparer<byte[]> BytesComparer { get; } = new(
        (left, right) => BytesEqual(left, right),
        value => BytesHash(value),
        value => value.ToArray());

    /// <summary>The longest text a string of <paramref name="maxLength"/> characters can become.</summary>
    public static int MaxTextLength(int maxLength) => Base64Length(MaxEnvelopeLength(checked(maxLength * 3)));

    /// <summary>The longest envelope a byte array of <paramref name="maxLength"/> bytes can become.</summary>
    public static int MaxEnvelopeLength(int maxLength) => checked(EncryptionEnvelope.FixedOverhead + DossierKeyRing.MaxKeyIdLength + maxLength);

    private static string SealText(EncryptionEnvelope envelope, string value) =>
        Convert.ToBase64String(envelope.Seal(Encoding.UTF8.GetBytes(value)));

    private static string OpenText(EncryptionEnvelope envelope, string stored)
    {
        var bytes = new byte[stored.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(stored, bytes, out var written))
        {
            throw envelope.Malformed();
        }

        return Encoding.UTF8.GetString(envelope.Open(bytes.AsSpan(0, written)));
    }

    private static int Base64Length(int bytes) => checked((bytes + 2) / 3 * 4);

    private static bool BytesEqual(byte[]? left, byte[]? right) =>
        left is null ? right is null : right is not null && left.AsSpan().SequenceEqual(right);

    private static int BytesHash(byte[] value)
    {
        var hash = new HashCode();
        hash.AddBytes(value);
        return hash.ToHashCode();
    }
}
