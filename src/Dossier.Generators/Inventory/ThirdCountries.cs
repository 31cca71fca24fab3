using System;
using System.Collections.Generic;

namespace Dossier.Generators.Inventory;

/// <summary>
/// Which recipients receive data in a third country (GDPR Chapter V): a recipient that declares a
/// <c>TransferSafeguard</c> says so itself; one whose <c>Country</c> is outside the European Economic Area is one
/// too, with or without a safeguard (the record of processing must show both). A recipient that names no country
/// and no safeguard is not counted: Dossier does not guess where it is.
/// </summary>
internal static class ThirdCountries
{
    /// <summary>The EU member states and the other EEA states (Iceland, Liechtenstein, Norway), ISO 3166-1 alpha-2.</summary>
    private static readonly HashSet<string> EuropeanEconomicArea = new(StringComparer.OrdinalIgnoreCase)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
        "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    };

    public static bool IsTransfer(RecipientModel recipient) =>
        !string.IsNullOrWhiteSpace(recipient.TransferSafeguard) ||
        (!string.IsNullOrWhiteSpace(recipient.Country) && !EuropeanEconomicArea.Contains(recipient.Country!.Trim()));
}
