using System.Collections.Generic;
using System.Linq;

namespace Dossier.Generators.Inventory;

/// <summary>
/// The inventory as the writers read it: subjects with every member they reach, the types no subject reaches,
/// the processing activities, and the gaps. Built by <c>InventoryBuilder</c> in the generator, sorted, with nothing that varies from build to
/// build; written into the assembly as JSON and read back from it by the build task, which compiles this same file
/// and renders the inventory files from it.
/// </summary>
/// <param name="Generator">What wrote the inventory: <c>Dossier &lt;version&gt;</c>.</param>
/// <param name="Activities">The record of processing by activity: every declared activity and every inline purpose, sorted by name.</param>
internal sealed record InventoryDocument(
    string Generator,
    string Assembly,
    ControllerModel? Controller,
    IReadOnlyList<RecipientModel> Recipients,
    InventoryGaps Gaps,
    IReadOnlyList<InventoryActivity> Activities,
    IReadOnlyList<InventoryGroup> Subjects,
    IReadOnlyList<InventoryGroup> UnreachedTypes);

/// <summary>The controller (GDPR Art. 4(7), Art. 30(1)(a)).</summary>
internal sealed record ControllerModel(string Name, string? Contact, string? DataProtectionOfficer, string? Representative);

/// <summary>A declared recipient (GDPR Art. 4(9), Art. 30(1)(d) and (e)).</summary>
internal sealed record RecipientModel(string Name, string Role, string? Purpose, string? Country, string? TransferSafeguard);

/// <summary>A data subject, or a type no subject reaches, with its personal data members.</summary>
/// <param name="SubjectName">The data subject's name; <c>null</c> for a type no subject reaches.</param>
/// <param name="Type">The type's full name.</param>
internal sealed record InventoryGroup(string? SubjectName, string Type, SourceLocation Source, IReadOnlyList<InventoryEntry> Members);

/// <summary>One personal data member reached along <paramref name="Path"/> (<c>Customer.Home.Street</c>).</summary>
/// <param name="Type">The full name of the type that holds the member.</param>
/// <param name="Collection">The member holds many values (an array, a list, a dictionary).</param>
internal sealed record InventoryEntry(string Path, string Type, string Member, InventoryTag Tag, bool Collection, SourceLocation Source);

/// <summary>What a member's tags declare, as the inventory records it.</summary>
/// <param name="Audited">Every read and write of the member is recorded (the inventory's <c>accessLogged</c>).</param>
/// <param name="Export">The member is included in the subject's export (the inventory's <c>exported</c>).</param>
/// <param name="TaggedBy">The attribute that tags it: <c>Dossier</c>, <c>Identity</c> or <c>DataClassification</c>.</param>
/// <param name="Retention">The member's own retention, else the longest of its declared activities' (<c>RetentionLength</c>).</param>
/// <param name="Recipients">The member's own recipients and those of its declared activities.</param>
/// <param name="Activities">
/// The declared activities (<c>[assembly: ProcessingActivity]</c>) the member serves, by name, sorted. An inline
/// <c>Purpose</c> is an activity too, found by <see cref="Purpose"/>; names no declaration has are in the gaps.
/// </param>
internal sealed record InventoryTag(
    string Category,
    bool IsSpecialCategory,
    string? Purpose,
    string LegalBasis,
    string? Retention,
    string Erasure,
    string? RetentionReason,
    IReadOnlyList<string> Recipients,
    bool Export,
    bool Encrypted,
    bool Audited,
    string TaggedBy,
    IReadOnlyList<string> Activities);

/// <summary>A file relative to the project, and a 1-based line.</summary>
internal sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => Line > 0 ? File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : File;
}

/// <summary>
/// What an auditor should look at first: the verdicts of PII004, PII001, PII010 and PII008 under the project's
/// configuration (<c>InventoryBuilder.FindGaps</c>). The two member lists keep the names they had when both rules
/// covered only the special categories.
/// </summary>
/// <param name="SpecialCategoryUnencrypted">The members PII001 reports (JSON <c>specialCategoryUnencrypted</c>).</param>
/// <param name="UnloggedSpecialCategory">The members PII010 reports (JSON <c>unloggedSpecialCategory</c>).</param>
internal sealed record InventoryGaps(
    bool ControllerMissing,
    IReadOnlyList<MissingDeclaration> MissingDeclarations,
    IReadOnlyList<MemberGap> SpecialCategoryUnencrypted,
    IReadOnlyList<MemberGap> UnloggedSpecialCategory,
    IReadOnlyList<UndeclaredRecipient> UndeclaredRecipients,
    IReadOnlyList<UndeclaredActivity> UndeclaredActivities,
    IReadOnlyList<IncompleteActivity> IncompleteActivities,
    IReadOnlyList<ConsentNotExplicit> ConsentNotExplicit)
{
    public int Count => (ControllerMissing ? 1 : 0) + MissingDeclarations.Count + SpecialCategoryUnencrypted.Count +
                        UnloggedSpecialCategory.Count + UndeclaredRecipients.Count + UndeclaredActivities.Count + IncompleteActivities.Count +
                        ConsentNotExplicit.Count;
}

/// <summary>A member (<c>Namespace.Type.Member</c>) without some of the purpose, legal basis and retention <c>dossier.required_fields</c> requires.</summary>
/// <param name="Missing">Names of the missing declarations: <c>purpose</c>, <c>legalBasis</c>, <c>retention</c>.</param>
internal sealed record MissingDeclaration(string Member, IReadOnlyList<string> Missing, SourceLocation Source);

/// <summary>A member (<c>Namespace.Type.Member</c>) that PII001 or PII010 reports, with its category.</summary>
internal sealed record MemberGap(string Member, string Category, SourceLocation Source);

/// <summary>A recipient that members or declared activities name but no <c>[assembly: Recipient]</c> declares.</summary>
/// <param name="Members">The members (<c>Namespace.Type.Member</c>) that name it.</param>
/// <param name="Activities">The declared processing activities that name it.</param>
internal sealed record UndeclaredRecipient(string Name, IReadOnlyList<string> Members, IReadOnlyList<string> Activities);

/// <summary>
/// Special categories of personal data processed on plain consent, where Art. 9(2)(a) asks for explicit consent (PII012):
/// a declared activity based on <c>LegalBasis.Consent</c> with the special-category members that serve it, or, with
/// <see cref="Activity"/> <c>null</c>, members stating <c>LegalBasis.Consent</c> inline.
/// </summary>
internal sealed record ConsentNotExplicit(string? Activity, IReadOnlyList<string> Members);

/// <summary>A declared processing activity without some of the purpose, legal basis and retention <c>dossier.required_fields</c> requires (PII004).</summary>
internal sealed record IncompleteActivity(string Name, IReadOnlyList<string> Missing);

/// <summary>An activity that members name (<c>Activities</c>, <c>[ProcessingActivities]</c>) but no <c>[assembly: ProcessingActivity]</c> declares.</summary>
internal sealed record UndeclaredActivity(string Name, IReadOnlyList<string> Members);

/// <summary>
/// One processing activity as the record of processing lists it (GDPR Art. 30(1)(b)-(g)): a declared
/// <c>[assembly: ProcessingActivity]</c>, or an inline <c>Purpose</c>, which is an activity of its own named by its text.
/// </summary>
/// <param name="Declared"><c>true</c> for <c>[assembly: ProcessingActivity]</c>; <c>false</c> for an inline purpose.</param>
/// <param name="LegalBasis">
/// The declared basis; for an inline purpose, its members' bases other than <c>Unspecified</c>, sorted and joined
/// with <c>", "</c> (one, when the members agree), else <c>Unspecified</c>.
/// </param>
/// <param name="Retention">The declared retention; for an inline purpose, the longest of its members'.</param>
/// <param name="DataSubjects">The declared categories of data subjects and the <c>[DataSubject]</c> names whose members serve it, sorted.</param>
/// <param name="Categories">The categories of personal data, each with the members (paths) that hold it.</param>
/// <param name="Recipients">The declared recipients and those the activity's members name themselves, sorted.</param>
/// <param name="Transfers">
/// Those of <see cref="Recipients"/> whose data leaves for a third country (<c>ThirdCountries</c>); their country and
/// safeguard are the recipients' own, in <see cref="InventoryDocument.Recipients"/>.
/// </param>
/// <param name="SecurityMeasures">The declared text (Art. 32); what the code shows is in <paramref name="Encrypted"/> and <paramref name="AccessLogged"/>.</param>
/// <param name="Encrypted">The member paths stored encrypted at rest.</param>
/// <param name="AccessLogged">The member paths whose every read and write is recorded.</param>
internal sealed record InventoryActivity(
    string Name,
    bool Declared,
    string? Purpose,
    string LegalBasis,
    string? Retention,
    IReadOnlyList<string> DataSubjects,
    IReadOnlyList<ActivityCategory> Categories,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Transfers,
    string? SecurityMeasures,
    IReadOnlyList<string> Encrypted,
    IReadOnlyList<string> AccessLogged);

/// <summary>A category of personal data an activity processes, and the member paths that hold it.</summary>
internal sealed record ActivityCategory(string Category, bool IsSpecialCategory, IReadOnlyList<string> Members);

/// <summary>
/// A member's purposes and legal bases in one line each, for the readers that show one row per member (the Markdown
/// tables, the CSV, the approved file): a member that serves declared activities lists each as <c>Name: value</c>, in
/// name order, then its inline purpose and basis if it has them; any other member shows its own purpose and basis.
/// </summary>
internal static class MemberPurposes
{
    public static string? Purpose(InventoryTag tag, IReadOnlyList<InventoryActivity> activities) =>
        tag.Activities.Count == 0
            ? tag.Purpose
            : Join(tag, activities, activity => activity.Purpose, string.IsNullOrWhiteSpace(tag.Purpose) ? null : tag.Purpose);

    public static string LegalBasis(InventoryTag tag, IReadOnlyList<InventoryActivity> activities) =>
        tag.Activities.Count == 0
            ? tag.LegalBasis
            : Join(tag, activities, activity => activity.LegalBasis, string.IsNullOrWhiteSpace(tag.Purpose) && tag.LegalBasis == "Unspecified" ? null : tag.LegalBasis);

    private static string Join(InventoryTag tag, IReadOnlyList<InventoryActivity> activities, System.Func<InventoryActivity, string?> value, string? inline)
    {
        var parts = new List<string>();
        foreach (var name in tag.Activities)
        {
            var text = activities.FirstOrDefault(activity => activity.Declared && activity.Name == name) is { } declared ? value(declared) : null;
            parts.Add(string.IsNullOrWhiteSpace(text) ? name : name + ": " + text);
        }

        if (inline is not null)
        {
            parts.Add(inline);
        }

        return string.Join("; ", parts);
    }
}
