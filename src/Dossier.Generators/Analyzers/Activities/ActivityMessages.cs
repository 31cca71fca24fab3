using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dossier.Generators.Common;

namespace Dossier.Generators.Analyzers.Activities;

/// <summary>The texts of PII012 and PII013, which say what to write instead.</summary>
internal static class ActivityMessages
{
    public static string InlineConsent(string member, int category) =>
        Format("'{0}' holds {1} data, a special category (GDPR Art. 9(1)), on LegalBasis.Consent; consent to process it must be explicit: write LegalBasis.ExplicitConsent (Art. 9(2)(a)), or the Art. 9(2) condition that applies",
            member, EnumNames.Category(category));

    public static string ActivityConsent(string activity, IReadOnlyList<string> members) =>
        Format("Processing activity '{0}' is based on LegalBasis.Consent, but {1} of a special category (GDPR Art. 9(1)) serve{2} it; consent to process them must be explicit: write LegalBasis.ExplicitConsent (Art. 9(2)(a)), or the Art. 9(2) condition that applies",
            activity, List(members), members.Count == 1 ? "s" : string.Empty);

    /// <summary>"'Customer.Email'", "'A' and 'B'", "'A', 'B', 'C' and 2 more".</summary>
    public static string List(IReadOnlyList<string> names) => List(names, names.Count);

    /// <summary>The list of <paramref name="count"/> names of which <paramref name="names"/> are the first (at least three, when there are).</summary>
    public static string List(IReadOnlyList<string> names, int count)
    {
        var quoted = names.Take(3).Select(name => "'" + name + "'").ToList();
        if (count > 3)
        {
            return string.Join(", ", quoted) + " and " + (count - 3).ToString(CultureInfo.InvariantCulture) + " more";
        }

        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
    }

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
