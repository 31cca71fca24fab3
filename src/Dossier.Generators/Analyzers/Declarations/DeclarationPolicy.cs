using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Common;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// The verdicts on what a tag declares, in one place: which inventory fields it states and which of the required ones
/// it lacks (PII004), and which recipient names no <c>[assembly: Recipient]</c> declares (PII008). The rules ask them of a
/// member's symbol, the inventory's gaps of the member's model, with the same <c>.editorconfig</c> values.
/// </summary>
internal static class DeclarationPolicy
{
    /// <summary>
    /// The inventory fields <paramref name="tag"/> states. A purpose or retention is stated when it is written and is
    /// neither blank nor a code fix's placeholder (<see cref="Placeholders.IsUnstated"/>); a legal basis when it is not
    /// <c>LegalBasis.Unspecified</c>. Tags of ASP.NET Core Identity and Microsoft.Extensions.Compliance state none:
    /// their attributes have no place for them.
    /// </summary>
    public static RequiredFields Stated(PersonalDataTag tag) => Stated(tag, default);

    /// <summary>
    /// The inventory fields a member states, counting the processing activities it serves
    /// (<see cref="AttributeReader.ActivitiesOf"/>): a member that names activities states all of them through those
    /// activities, whose own declarations PII004 and PII008 check where they are written.
    /// </summary>
    public static RequiredFields Stated(PersonalDataTag tag, Model.EquatableArray<string> activities) =>
        !activities.IsEmpty ? RequiredFields.Purpose | RequiredFields.LegalBasis | RequiredFields.Retention : StatedInline(tag);

    private static RequiredFields StatedInline(PersonalDataTag tag) =>
        (Placeholders.IsUnstated(tag.Purpose) ? RequiredFields.None : RequiredFields.Purpose) |
        (tag.LegalBasis == PersonalDataTag.LegalBasisUnspecified ? RequiredFields.None : RequiredFields.LegalBasis) |
        (Placeholders.IsUnstated(tag.Retention) ? RequiredFields.None : RequiredFields.Retention);

    /// <summary>The fields <paramref name="required"/> (<c>dossier.required_fields</c>) asks for that a tag stating <paramref name="stated"/> lacks.</summary>
    public static RequiredFields Missing(RequiredFields required, RequiredFields stated) => required & ~stated;

    /// <summary>The names of <paramref name="fields"/> as the inventory writes them: <c>purpose</c>, <c>legalBasis</c>, <c>retention</c>.</summary>
    public static IReadOnlyList<string> InventoryNames(RequiredFields fields)
    {
        var names = new List<string>();
        if ((fields & RequiredFields.Purpose) != 0) names.Add("purpose");
        if ((fields & RequiredFields.LegalBasis) != 0) names.Add("legalBasis");
        if ((fields & RequiredFields.Retention) != 0) names.Add("retention");
        return names;
    }

    /// <summary>Whether <paramref name="name"/> can name a recipient: a declaration or a use with a blank name names none (PII008 says so).</summary>
    public static bool IsRecipientName(string? name) => !string.IsNullOrWhiteSpace(name);

    /// <summary>Whether <paramref name="name"/> can name a processing activity: a blank name names none (PII008 says so).</summary>
    public static bool IsActivityName(string? name) => ActivityDeclarations.IsName(name);

    /// <summary>Whether <paramref name="name"/> is a name that no <c>[assembly: ProcessingActivity]</c> in <paramref name="declared"/> declares.</summary>
    public static bool IsUndeclaredActivity(string name, IEnumerable<string> declared) =>
        IsActivityName(name) && !declared.Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// The inventory fields a declared activity states, by the same measure as a member's inline ones: a purpose or
    /// retention neither blank nor a placeholder, a legal basis other than <c>Unspecified</c>.
    /// </summary>
    public static RequiredFields Stated(ActivityDeclaration activity) =>
        (Placeholders.IsUnstated(activity.Purpose) ? RequiredFields.None : RequiredFields.Purpose) |
        (activity.LegalBasis == PersonalDataTag.LegalBasisUnspecified ? RequiredFields.None : RequiredFields.LegalBasis) |
        (Placeholders.IsUnstated(activity.Retention) ? RequiredFields.None : RequiredFields.Retention);

    /// <summary>
    /// Whether processing of a special category (Art. 9(1)) on <paramref name="legalBasis"/> lacks the explicit consent
    /// Art. 9(2)(a) asks for: plain <c>LegalBasis.Consent</c> (PII012).
    /// </summary>
    public static bool NeedsExplicitConsent(int legalBasis, int category) =>
        legalBasis == PersonalDataTag.LegalBasisConsent && CategoryPolicy.IsSpecial(category);

    /// <summary>Whether a member's <paramref name="recipient"/> is a name that no <c>[assembly: Recipient]</c> in <paramref name="declared"/> declares.</summary>
    public static bool IsUndeclaredRecipient(string recipient, IEnumerable<string> declared) =>
        IsRecipientName(recipient) && !declared.Contains(recipient, StringComparer.Ordinal);
}
