using System;

namespace Dossier;

/// <summary>
/// Declares a recipient of personal data (GDPR Art. 4(9)): a processor, a joint controller or a third
/// party. Members name it in <see cref="PersonalDataAttribute.Recipients"/>; the inventory lists recipients as
/// Art. 30(1)(d) and (e) require, with transfers to third countries and their safeguards.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class RecipientAttribute : Attribute
{
    /// <summary>Declares a recipient.</summary>
    /// <param name="name">The name members use in <see cref="PersonalDataAttribute.Recipients"/>.</param>
    public RecipientAttribute(string name) => Name = name;

    /// <summary>The name members use in <see cref="PersonalDataAttribute.Recipients"/>.</summary>
    public string Name { get; }

    /// <summary>How the recipient relates to the controller. Defaults to <see cref="RecipientRole.Processor"/>.</summary>
    public RecipientRole Role { get; set; }

    /// <summary>What the recipient does with the data.</summary>
    public string? Purpose { get; set; }

    /// <summary>Where the recipient processes the data, as an ISO 3166-1 alpha-2 code such as <c>"US"</c> (Art. 30(1)(e)).</summary>
    public string? Country { get; set; }

    /// <summary>The safeguard for a transfer to a third country (Art. 46): for example <c>"SCCs"</c>, <c>"BCRs"</c>, <c>"Adequacy decision"</c>.</summary>
    public string? TransferSafeguard { get; set; }
}
