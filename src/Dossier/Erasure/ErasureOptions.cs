using System;
using System.Threading;

namespace Dossier;

/// <summary>
/// How <c>ErasePersonalData()</c> works in this application. Set <see cref="Default"/> once at startup, or pass
/// options to <c>ErasePersonalData(ErasureOptions)</c>.
/// </summary>
public sealed class ErasureOptions
{
    /// <summary>The smallest pseudonymization key accepted, in bytes (128 bits).</summary>
    public const int MinimumKeyLength = 16;

    private static ErasureOptions s_default = new();
    private byte[]? _key;

    /// <summary>The options <c>ErasePersonalData()</c> uses when none are passed.</summary>
    public static ErasureOptions Default
    {
        get => Volatile.Read(ref s_default);
        set => Volatile.Write(ref s_default, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>
    /// The secret key of the HMAC-SHA256 that <see cref="Erasure.Pseudonymize"/> uses: at least 16 random bytes
    /// (32 recommended), kept out of source control like any other secret. Whoever holds the key can link tokens
    /// to candidate values, so store it apart from the data. There is no default key: erasing a member that is
    /// pseudonymized without one throws <see cref="PseudonymizationKeyMissingException"/> before anything changes.
    /// </summary>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
    public byte[]? PseudonymizationKey
    {
        get => _key is null ? null : (byte[])_key.Clone();
        set
        {
            if (value is not null && value.Length < MinimumKeyLength)
            {
                throw new ArgumentException($"The pseudonymization key must be at least {MinimumKeyLength} bytes long; use 32 random bytes.", nameof(value));
            }

            _key = value is null ? null : (byte[])value.Clone();
        }
    }

    internal byte[]? Key => _key;
}
