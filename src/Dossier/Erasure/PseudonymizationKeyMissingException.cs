using System;

namespace Dossier;

/// <summary>
/// Thrown by <c>ErasePersonalData()</c> when a member must be pseudonymized and the application has set no
/// key. Dossier has no default key on purpose: a known key would make every token reversible by brute force.
/// </summary>
public sealed class PseudonymizationKeyMissingException : InvalidOperationException
{
    /// <summary>Creates the exception for the type being erased.</summary>
    public PseudonymizationKeyMissingException(string typeName)
        : base($"Erasing {typeName} pseudonymizes personal data, but no pseudonymization key is set. Set ErasureOptions.Default.PseudonymizationKey (at least {ErasureOptions.MinimumKeyLength} random bytes, from your secret store) at startup, or pass ErasureOptions to ErasePersonalData. Nothing was erased.")
    {
        TypeName = typeName;
    }

    /// <summary>The type whose erasure needed the key.</summary>
    public string TypeName { get; }
}
