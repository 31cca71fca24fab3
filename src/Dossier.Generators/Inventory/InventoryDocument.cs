using System.Collections.Generic;

namespace Dossier.Generators.Inventory;

/// <summary>
/// The inventory as the writers read it: subjects with every member they reach, the types no subject reaches,
/// and the gaps. Built by <c>InventoryBuilder</c> in the generator, sorted, with nothing that varies from build to
/// build; written into the assembly as JSON and read back from it by the build task, which compiles this same file
/// and renders the inventory files from it.
/// </summary>
/// <param name="Generator">What wrote the inventory: <c>Dossier &lt;version&gt;</c>.</param>
internal sealed record InventoryDocument(
    string Generator,
    string Assembly,
    ControllerModel? Controller,
    IReadOnlyList<RecipientModel> Recipients,
    InventoryGaps Gaps,
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
    string TaggedBy);

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
    IReadOnlyList<UndeclaredRecipient> UndeclaredRecipients)
{
    public int Count => (ControllerMissing ? 1 : 0) + MissingDeclarations.Count + SpecialCategoryUnencrypted.Count +
                        UnloggedSpecialCategory.Count + UndeclaredRecipients.Count;
}

/// <summary>A member (<c>Namespace.Type.Member</c>) without some of the purpose, legal basis and retention <c>dossier.required_fields</c> requires.</summary>
/// <param name="Missing">Names of the missing declarations: <c>purpose</c>, <c>legalBasis</c>, <c>retention</c>.</param>
internal sealed record MissingDeclaration(string Member, IReadOnlyList<string> Missing, SourceLocation Source);

/// <summary>A member (<c>Namespace.Type.Member</c>) that PII001 or PII010 reports, with its category.</summary>
internal sealed record MemberGap(string Member, string Category, SourceLocation Source);

/// <summary>A recipient that members name but no <c>[assembly: Recipient]</c> declares.</summary>
internal sealed record UndeclaredRecipient(string Name, IReadOnlyList<string> Members);
