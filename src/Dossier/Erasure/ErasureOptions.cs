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
        set
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            if (value.Activity is not null)
            {
                throw new ArgumentException("The default erasure options cannot be scoped to a processing activity: every erasure would then withdraw it. Pass ErasureOptions.ForActivity(...) to the one erasure it is for.", nameof(value));
            }

            Volatile.Write(ref s_default, value);
        }
    }

    /// <summary>
    /// When set, the erasure is scoped to this processing activity, as when the person withdraws consent to it
    /// (GDPR Art. 7(3)) or the activity stops: members that serve only this activity are erased with their strategy;
    /// members that serve it and others (or an inline <c>Purpose</c> of their own) are kept and reported as kept, with
    /// the activities that still justify them; members that do not serve it are untouched. Nested objects and
    /// collections are reached as in a full erasure. <c>null</c> (the default): a full erasure. Set with <see cref="ForActivity"/>.
    /// </summary>
    /// <remarks>
    /// The name must be declared with <c>[assembly: ProcessingActivity]</c> in the assembly of the type erasure starts
    /// from; any other name throws <see cref="ArgumentException"/> before anything changes.
    /// </remarks>
    public string? Activity { get; private set; }

    /// <summary>
    /// A copy of these options scoped to the processing activity <paramref name="activity"/>: for example
    /// <c>customer.ErasePersonalData(ErasureOptions.Default.ForActivity("Newsletter"))</c> when the customer withdraws
    /// consent to the newsletter. See <see cref="Activity"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="activity"/> is null or blank.</exception>
    public ErasureOptions ForActivity(string activity)
    {
        if (string.IsNullOrWhiteSpace(activity))
        {
            throw new ArgumentException("Name the processing activity the erasure is scoped to.", nameof(activity));
        }

        return new ErasureOptions { _key = _key, Activity = activity };
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
