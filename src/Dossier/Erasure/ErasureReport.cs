using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Dossier;

/// <summary>What one <c>ErasePersonalData()</c> call did: every member it erased and every member it kept, with reasons.</summary>
public sealed class ErasureReport
{
    internal ErasureReport(PersonalDataType subject, string? activity, IReadOnlyList<ErasureReportEntry> entries)
    {
        Subject = subject;
        Activity = activity;
        Entries = entries;
    }

    /// <summary>The type of the object erasure started from.</summary>
    public PersonalDataType Subject { get; }

    /// <summary>The processing activity the erasure was scoped to (<see cref="ErasureOptions.Activity"/>), or <c>null</c> for a full erasure.</summary>
    public string? Activity { get; }

    /// <summary>Every member handled, in the order erasure reached it.</summary>
    public IReadOnlyList<ErasureReportEntry> Entries { get; }

    /// <summary>The members whose values were deleted, anonymized or pseudonymized.</summary>
    public IEnumerable<ErasureReportEntry> Erased => Entries.Where(entry => !entry.IsKept && entry.Erasure != Erasure.Retain);

    /// <summary>The members kept because an Art. 17(3) exception applies.</summary>
    public IEnumerable<ErasureReportEntry> Retained => Entries.Where(entry => !entry.IsKept && entry.Erasure == Erasure.Retain);

    /// <summary>
    /// In an erasure scoped to an activity: the members that serve it and are kept because other activities still
    /// justify them (<see cref="ErasureReportEntry.KeptFor"/>). Empty for a full erasure.
    /// </summary>
    public IEnumerable<ErasureReportEntry> Kept => Entries.Where(entry => entry.IsKept);

    /// <summary>Lists erased and retained members, with the reasons for keeping the retained ones, and in a scoped erasure the members kept with the activities that still justify them.</summary>
    public override string ToString()
    {
        var erased = Erased.ToList();
        var retained = Retained.ToList();
        var kept = Kept.ToList();
        var text = new StringBuilder();
        text.Append("Erasure of ").Append(Subject.Name);
        if (Activity is not null)
        {
            text.Append(" for processing activity '").Append(Activity).Append('\'');
        }

        text.Append(": ")
            .Append(erased.Count).Append(erased.Count == 1 ? " member erased, " : " members erased, ")
            .Append(retained.Count).Append(retained.Count == 1 ? " member retained" : " members retained");
        if (Activity is not null)
        {
            text.Append(", ").Append(kept.Count).Append(kept.Count == 1 ? " member kept for other activities" : " members kept for other activities");
        }

        text.AppendLine();
        if (erased.Count > 0)
        {
            text.AppendLine("Erased:");
            foreach (var entry in erased)
            {
                text.Append("  ").Append(entry.Path).Append(" (").Append(entry.Category).Append("): ").AppendLine(Describe(entry.Erasure));
            }
        }

        if (retained.Count > 0)
        {
            text.AppendLine("Retained:");
            foreach (var entry in retained)
            {
                text.Append("  ").Append(entry.Path).Append(" (").Append(entry.Category).Append("): ")
                    .AppendLine(string.IsNullOrEmpty(entry.RetentionReason) ? "no reason given" : entry.RetentionReason);
            }
        }

        if (kept.Count > 0)
        {
            text.AppendLine("Kept:");
            foreach (var entry in kept)
            {
                text.Append("  ").Append(entry.Path).Append(" (").Append(entry.Category).Append("): still serves ")
                    .AppendLine(string.Join(", ", entry.KeptFor.Select(activity => activity.Name)));
            }
        }

        return text.ToString();
    }

    private static string Describe(Erasure erasure) => erasure switch
    {
        Erasure.Delete => "deleted",
        Erasure.Anonymize => "anonymized",
        Erasure.Pseudonymize => "pseudonymized",
        _ => erasure.ToString(),
    };
}

/// <summary>One member handled by erasure.</summary>
public sealed class ErasureReportEntry
{
    internal ErasureReportEntry(string path, PersonalDataMember member, IReadOnlyList<PersonalDataActivity> keptFor)
    {
        Path = path;
        Member = member;
        KeptFor = keptFor;
    }

    /// <summary>Where the member was reached from the erased object, for example <c>Customer.Addresses[0].Street</c>.</summary>
    public string Path { get; }

    /// <summary>What the code declares about the member.</summary>
    public PersonalDataMember Member { get; }

    /// <summary>The member's category.</summary>
    public DataCategory Category => Member.Category;

    /// <summary>What erasure did, unless the member was kept for other activities (<see cref="IsKept"/>): then its strategy, not applied.</summary>
    public Erasure Erasure => Member.Erasure;

    /// <summary>
    /// In an erasure scoped to an activity, for a member that also serves others: the activities that still justify
    /// keeping it (its other declared activities, and its inline purpose as one of its own). Empty otherwise.
    /// </summary>
    public IReadOnlyList<PersonalDataActivity> KeptFor { get; }

    /// <summary>Whether the member was kept, untouched, because other activities still justify it.</summary>
    public bool IsKept => KeptFor.Count > 0;

    /// <summary>Why the member was kept, with <see cref="Erasure.Retain"/>.</summary>
    public string? RetentionReason => Member.RetentionReason;

    /// <inheritdoc />
    public override string ToString() => IsKept ? Path + ": kept" : Path + ": " + Erasure;
}
