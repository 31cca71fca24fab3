using System.Collections.Generic;
using System.Globalization;
using Dossier.Generators.Common;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// The texts of PII008. Each names the argument, what is wrong with it and what to write instead, so the
/// message alone is enough to fix the code.
/// </summary>
internal static class InvalidArgumentMessages
{
    public static string UndefinedEnum(string enumName, int value, string instead) =>
        Format("{0} value {1} is not defined; write {2}", enumName, value.ToString(CultureInfo.InvariantCulture), instead);

    public const string CategoryInstead = "a DataCategory member such as DataCategory.Email or DataCategory.Health, or DataCategory.Other when none fits";
    public const string LegalBasisInstead = "LegalBasis.Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests or ExplicitConsent";
    public const string ErasureInstead = "Erasure.Delete, Erasure.Anonymize, Erasure.Pseudonymize or Erasure.Retain";
    public const string RoleInstead = "RecipientRole.Processor, SubProcessor, JointController or ThirdParty";

    public static string ErasureUnsuited(string member, string memberType, int erasure) =>
        Format("Erasure.{0} cannot be applied to '{1}' of type '{2}'; {3}", EnumNames.Erasure(erasure), member, memberType,
            erasure == PersonalDataTag.ErasurePseudonymize
                ? "pseudonymization works on strings, GUIDs, byte arrays, int and long (and arrays or lists of them); use Erasure.Delete or Erasure.Anonymize"
                : "anonymization works on strings, numbers, dates, GUIDs, enums, byte arrays, IP addresses and URIs (and arrays or lists of them); use Erasure.Delete");

    /// <summary>How a message names a member: <c>'Email'</c>.</summary>
    public static string Member(string name) => "'" + name + "'";

    /// <summary>How a message names a processing activity: <c>activity 'Newsletter'</c>.</summary>
    public static string Activity(string name) => "activity '" + name + "'";

    public static string BlankPurpose(string subject, string? value) =>
        Format("Purpose of {0} is {1}; write why the data is processed, such as Purpose = \"Sign-in and account notices\"", subject, Describe(value));

    public static string BlankRetention(string subject, string? value) =>
        Format("Retention of {0} is {1}; write an ISO 8601 duration such as 'P2Y' (2 years) or 'P30D' (30 days), or leave Retention out", subject, Describe(value));

    public static string RetentionNotIso(string subject, string value, string? suggestion) => suggestion is not null
        ? Format("Retention '{0}' of {1} is not an ISO 8601 duration; write '{2}'", value, subject, suggestion)
        : Format("Retention '{0}' of {1} is not an ISO 8601 duration; write one such as 'P2Y' (2 years), 'P6M' (6 months), 'P30D' (30 days) or 'PT12H' (12 hours)", value, subject);

    public static string RetainWithoutReason(string member) =>
        Format("'{0}' uses Erasure.Retain without a RetentionReason; add RetentionReason = \"...\" naming the GDPR Art. 17(3) exception that applies (such as \"Invoices are kept 10 years under tax law\"), or choose Erasure.Delete", member);

    public static string ReasonWithoutRetain(string member, string erasure) =>
        Format("'{0}' gives a RetentionReason, but its Erasure is {1}, so erasure does not keep the data; write Erasure = Erasure.Retain to keep it, or remove RetentionReason", member, erasure);

    public static string BlankRecipient(string subject) =>
        Format("A recipient of {0} has no name; write the name of a recipient declared with [assembly: Recipient(\"Name\")]", subject);

    public static string UndeclaredRecipient(string subject, string name, string? sameIgnoringCase, IReadOnlyCollection<string> declared)
    {
        if (sameIgnoringCase is not null)
        {
            return Format("Recipient '{0}' of {1} is not declared; write '{2}', as declared with [assembly: Recipient]", name, subject, sameIgnoringCase);
        }

        var choices = declared.Count == 0 ? "no recipient is declared yet" : "declared recipients: " + string.Join(", ", declared);
        return Format("Recipient '{0}' of {1} is not declared; add [assembly: Recipient(\"{0}\")] or write a declared name ({2})", name, subject, choices);
    }

    public static string RepeatedRecipient(string subject, string name) =>
        Format("Recipient '{0}' is listed twice for {1}; remove the repetition", name, subject);

    public static string BlankActivity(string subject) =>
        Format("An activity of {0} has no name; write the name of a processing activity declared with [assembly: ProcessingActivity(\"Name\", ...)]", subject);

    public static string UndeclaredActivity(string subject, string name, string? sameIgnoringCase, IReadOnlyCollection<string> declared)
    {
        if (sameIgnoringCase is not null)
        {
            return Format("Activity '{0}' of {1} is not declared; write '{2}', as declared with [assembly: ProcessingActivity]", name, subject, sameIgnoringCase);
        }

        var choices = declared.Count == 0 ? "no activity is declared in this assembly yet" : "declared activities: " + string.Join(", ", declared);
        return Format("Activity '{0}' of {1} is not declared; add [assembly: ProcessingActivity(\"{0}\", Purpose = \"...\", LegalBasis = ...)] to this assembly, where activities are declared for the members that name them, or write a declared name ({2})", name, subject, choices);
    }

    public static string RepeatedActivity(string subject, string name) =>
        Format("Activity '{0}' is listed twice for {1}; remove the repetition", name, subject);

    public static string BlankActivityDeclaration() =>
        "[assembly: ProcessingActivity] has no name; write the name members use in Activities, such as [assembly: ProcessingActivity(\"Newsletter\", ...)]";

    public static string DuplicateActivityDeclaration(string name) =>
        Format("Processing activity '{0}' is declared more than once; keep one [assembly: ProcessingActivity(\"{0}\", ...)] and remove the others, or give this one its own name", name);

    public static string BlankRecipientDeclaration() =>
        "[assembly: Recipient] has no name; write the name members use in Recipients, such as [assembly: Recipient(\"MailCo\")]";

    public static string DuplicateRecipientDeclaration(string name) =>
        Format("Recipient '{0}' is declared more than once; keep one [assembly: Recipient(\"{0}\")] and remove the others, or give this one its own name", name);

    public static string InvalidCountry(string value)
    {
        var upper = value.Trim().ToUpperInvariant();
        return upper.Length == 2 && char.IsLetter(upper[0]) && char.IsLetter(upper[1]) && upper[0] < 128 && upper[1] < 128
            ? Format("Country '{0}' is not an ISO 3166-1 alpha-2 code; write '{1}'", value, upper)
            : Format("Country '{0}' is not an ISO 3166-1 alpha-2 code; write the two-letter code, such as 'US', 'DE' or 'IN'", value);
    }

    public static string BlankController() =>
        "[assembly: DataController] has no name; write the controller's legal name, such as [assembly: DataController(\"Example Ltd\")]";

    private static string Describe(string? value) => value is null ? "null" : value.Length == 0 ? "empty" : "blank";

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
