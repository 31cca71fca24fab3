using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Diagnostics;

namespace Dossier.Generators.Inventory;

/// <summary>
/// What a privacy review approves for one member reached along <see cref="Path"/> from <see cref="Type"/>: the
/// facts of the record of processing, without source locations (which move with every unrelated edit).
/// </summary>
/// <param name="Subject">The data subject's name; <c>null</c> for personal data no data subject reaches.</param>
/// <param name="Type">The full name of the data subject's type, or of the type no subject reaches.</param>
/// <param name="Path">The member path from that type (<c>Customer.Home.Street</c>).</param>
/// <remarks>
/// Read from an approved file, any fact may be missing (<c>null</c>); <see cref="Type"/> and <see cref="Path"/>,
/// which identify the entry, never are.
/// </remarks>
internal sealed record ApprovedEntry(
    string? Subject,
    string Type,
    string Path,
    string? Category,
    string? Purpose,
    string? LegalBasis,
    string? Retention,
    string? Erasure,
    string? RetentionReason,
    bool Encrypted,
    IReadOnlyList<string> Recipients)
{
    /// <summary>What identifies the entry: the same member reached from two data subjects is two entries.</summary>
    public string Key => Type + "\u0000" + Path;
}

/// <summary>An approved entry made from the code, with the member it describes (to place diagnostics on it).</summary>
/// <param name="HolderType">The full name of the type that declares or inherits the member.</param>
internal sealed record CurrentEntry(ApprovedEntry Facts, string HolderType, string Member);

/// <summary>
/// The property names of the approved file (docs/rules/PII009.md), written by the build task, read back by the review
/// gate and named in its messages.
/// </summary>
internal static class ApprovedFields
{
    public const string SchemaVersion = "schemaVersion";

    public const string About = "about";

    public const string Members = "members";

    public const string Subject = "subject";

    public const string Type = "type";

    public const string Path = "path";

    public const string Category = "category";

    public const string Purpose = "purpose";

    public const string LegalBasis = "legalBasis";

    public const string Retention = "retention";

    public const string Erasure = "erasure";

    public const string RetentionReason = "retentionReason";

    public const string Encrypted = "encrypted";

    public const string Recipients = "recipients";
}

/// <summary>
/// The approved-inventory form of an <see cref="InventoryDocument"/>: one entry per member per data subject,
/// sorted by type and path, so the same code always gives the same entries and the same file. A member that serves
/// declared activities is approved with what they make of it: each activity's purpose and legal basis
/// (<see cref="MemberPurposes"/>), the longest retention and every recipient, so a change to an activity's
/// declaration is a change to every member that serves it, and the review sees it. The review gate
/// (PII009) compares the code's entries with the approved file; the build task, which compiles this same file,
/// writes them to it.
/// </summary>
internal static class ApprovedInventory
{
    public const int SchemaVersion = 1;

    /// <summary>The command that rewrites the approved file, as the diagnostics and the file itself name it.</summary>
    public const string ApproveCommand = "dotnet build -p:DossierApprove=true";

    /// <summary>What the approved file says about itself, in its <c>about</c> property.</summary>
    public static string About => "Personal data approved for this project. Rewrite with '" + ApproveCommand + "' and review the diff; see " + HelpLinks.For("PII009");

    public static IReadOnlyList<CurrentEntry> FromDocument(InventoryDocument inventory)
    {
        var byKey = new SortedDictionary<string, CurrentEntry>(StringComparer.Ordinal);
        foreach (var group in inventory.Subjects.Concat(inventory.UnreachedTypes))
        {
            foreach (var entry in group.Members)
            {
                var tag = entry.Tag;
                var facts = new ApprovedEntry(group.SubjectName, group.Type, entry.Path, tag.Category,
                    MemberPurposes.Purpose(tag, inventory.Activities), MemberPurposes.LegalBasis(tag, inventory.Activities), tag.Retention,
                    tag.Erasure, tag.RetentionReason, tag.Encrypted, tag.Recipients.OrderBy(name => name, StringComparer.Ordinal).ToList());

                // A member hidden with 'new' can repeat a path; the first (the base's) stands for both, as in the inventory.
                if (!byKey.ContainsKey(facts.Key))
                {
                    byKey.Add(facts.Key, new CurrentEntry(facts, entry.Type, entry.Member));
                }
            }
        }

        return byKey.Values.ToList();
    }
}
