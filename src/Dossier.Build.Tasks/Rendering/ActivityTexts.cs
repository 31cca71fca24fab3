using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>How the readers for people (Markdown, CSV) put an activity's facts into words, the same in both.</summary>
internal static class ActivityTexts
{
    /// <summary>
    /// A third-country transfer with the country and safeguard its recipient declares: <c>MailCo (US, SCCs)</c>, or
    /// <c>MailCo (US, no safeguard declared)</c>. The recipient's own declaration is the one place these are stated.
    /// </summary>
    public static string Transfer(string recipient, IReadOnlyList<RecipientModel> recipients)
    {
        var declared = recipients.FirstOrDefault(candidate => candidate.Name == recipient);
        var country = string.IsNullOrWhiteSpace(declared?.Country) ? "country not declared" : declared!.Country!;
        var safeguard = string.IsNullOrWhiteSpace(declared?.TransferSafeguard) ? "no safeguard declared" : declared!.TransferSafeguard!;
        return recipient + " (" + country + ", " + safeguard + ")";
    }

    /// <summary>The name of the activity, marked when it is an inline purpose rather than a declaration.</summary>
    public static string Name(InventoryActivity activity) => activity.Declared ? activity.Name : activity.Name + " (inline purpose)";

    /// <summary>The declared measures, then what the code shows: <c>TLS; encrypted at rest: User.Email; access logged: User.Email</c>.</summary>
    public static string Security(InventoryActivity activity, System.Func<string, string> member)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(activity.SecurityMeasures))
        {
            parts.Add(activity.SecurityMeasures!);
        }

        if (activity.Encrypted.Count > 0)
        {
            parts.Add("encrypted at rest: " + string.Join(", ", activity.Encrypted.Select(member)));
        }

        if (activity.AccessLogged.Count > 0)
        {
            parts.Add("access logged: " + string.Join(", ", activity.AccessLogged.Select(member)));
        }

        return string.Join("; ", parts);
    }
}
