using System;
using System.Net;

namespace Dossier;

/// <summary>
/// The fixed, non-identifying values that <see cref="Erasure.Anonymize"/> puts in place of personal data.
/// Every anonymized value of a type is the same, so it says nothing about the person it replaced.
/// </summary>
public static class Anonymized
{
    /// <summary>What an anonymized string becomes.</summary>
    public const string Text = "anonymized";

    /// <summary>What an anonymized character becomes.</summary>
    public const char Character = '*';

    /// <summary>What an anonymized URI becomes.</summary>
    public static Uri Uri { get; } = new("about:blank");

    /// <summary>What an anonymized IP address becomes: the unspecified address of the same family.</summary>
    public static IPAddress Address(IPAddress? value) =>
        value?.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any;
}
