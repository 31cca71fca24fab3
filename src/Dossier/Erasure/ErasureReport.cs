using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Dossier;

/// <summary>What one <c>ErasePersonalData()</c> call did: every member it erased and every member it kept, with reasons.</summary>
public sealed class ErasureReport
{
    internal ErasureReport(PersonalDataType subject, IReadOnlyList<ErasureReportEntry> entries)
    {
        Subject = subject;
        Entries = entries;
    }

    /// <summary>The type of the object erasure started from.</summary>
    public PersonalDataType Subject { get; }

    /// <summary>Every member handled, in the order erasure reached it.</summary>
    public IReadOnlyList<ErasureReportEntry> Entries { get; }

    /// <summary>The members whose values were deleted, anonymized or pseudonymized.</summary>
    public IEnumerable<ErasureReportEntry> Erased => Entries.Where(entry => entry.Erasure != Erasure.Retain);

    /// <summary>The members kept because an Art. 17(3) exception applies.</summary>
    public IEnumerable<ErasureReportEntry> Retained => Entries.Where(entry => entry.Erasure == Erasure.Retain);

    /// <summary>Lists erased and retained members, with the reasons for keeping the retained ones.</summary>
    public override string ToString()
    {
        var erased = Erased.ToList();
        var retained = Retained.ToList();
        var text = new StringBuilder();
        text.Append("Erasure of ").Append(Subject.Name).Append(": ")
            .Append(erased.Count).Append(erased.Count == 1 ? " member erased, " : " members erased, ")
            .Append(retained.Count).Append(retained.Count == 1 ? " member retained" : " members retained").AppendLine();
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
    internal ErasureReportEntry(string path, PersonalDataMember member)
    {
        Path = path;
        Member = member;
    }

    /// <summary>Where the member was reached from the erased object, for example <c>Customer.Addresses[0].Street</c>.</summary>
    public string Path { get; }

    /// <summary>What the code declares about the member.</summary>
    public PersonalDataMember Member { get; }

    /// <summary>The member's category.</summary>
    public DataCategory Category => Member.Category;

    /// <summary>What erasure did.</summary>
    public Erasure Erasure => Member.Erasure;

    /// <summary>Why the member was kept, with <see cref="Erasure.Retain"/>.</summary>
    public string? RetentionReason => Member.RetentionReason;

    /// <inheritdoc />
    public override string ToString() => Path + ": " + Erasure;
}
