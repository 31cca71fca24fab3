using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// The source of a synthetic project for the build benchmarks: <c>typeCount</c> types of ten properties and a
/// method each. One type in five is tagged (five tagged members, so a tenth of all members are tagged) and logs
/// through <c>ILogger</c> and <c>Console</c>; the others are untagged and hold look-alikes (<c>Email</c>,
/// <c>Phone</c> strings) that the untagged-data rule sees, and one in four of them (all partial) reaches a tagged type.
/// Tagged types live in their own files, so an edit to an untagged file touches no tagged type.
/// </summary>
public static class SyntheticProject
{
    public const int MembersPerType = 10;
    private const int TypesPerFile = 20;
    private const int TaggedEvery = 5;
    private const string Usings = "using System;\nusing Dossier;\nusing Microsoft.Extensions.Logging;\n\n";

    /// <summary>The files of the project, by path: tagged files first, then untagged ones.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Create(int typeCount)
    {
        if (typeCount < TaggedEvery * 2) throw new ArgumentOutOfRangeException(nameof(typeCount), "At least ten types.");
        var tagged = new List<int>();
        var untagged = new List<int>();
        for (var i = 0; i < typeCount; i++)
        {
            (i % TaggedEvery == 0 ? tagged : untagged).Add(i);
        }

        var files = new List<KeyValuePair<string, string>>();
        AddFiles(files, "Tagged", tagged, AppendTagged);
        AddFiles(files, "Untagged", untagged, AppendUntagged);
        return files;
    }

    /// <summary>The tagged types, by full name: what System.Text.Json's generator is given for comparison.</summary>
    public static IEnumerable<string> TaggedTypeNames(int typeCount)
    {
        for (var i = 0; i < typeCount; i += TaggedEvery)
        {
            yield return "Synthetic.Tagged" + (i / TaggedEvery / TypesPerFile).ToString("D3", CultureInfo.InvariantCulture) + ".Customer" + i.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The path of an untagged file, for the edit the incremental benchmark makes.</summary>
    public static string LastUntaggedFile(IReadOnlyList<KeyValuePair<string, string>> files) => files[files.Count - 1].Key;

    /// <summary>A one-line change to a method body in an untagged file: <c>* 2</c> becomes <c>* <paramref name="factor"/></c>.</summary>
    public static string EditUntagged(string source, int factor)
    {
        var marker = "return Quantity * 2;";
        var at = source.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException("The untagged file has no line to edit.");
        return source.Substring(0, at) + "return Quantity * " + factor.ToString(CultureInfo.InvariantCulture) + ";" + source.Substring(at + marker.Length);
    }

    private static void AddFiles(List<KeyValuePair<string, string>> files, string kind, List<int> types, Action<StringBuilder, int> append)
    {
        for (var first = 0; first < types.Count; first += TypesPerFile)
        {
            var text = new StringBuilder(Usings);
            var fileNumber = (first / TypesPerFile).ToString("D3", CultureInfo.InvariantCulture);
            text.Append("namespace Synthetic.").Append(kind).Append(fileNumber).Append(";\n\n");
            for (var i = first; i < Math.Min(first + TypesPerFile, types.Count); i++)
            {
                append(text, types[i]);
            }

            files.Add(new KeyValuePair<string, string>("/synthetic/" + kind + fileNumber + ".cs", text.ToString()));
        }
    }

    private static void AppendTagged(StringBuilder text, int n)
    {
        var id = n.ToString(CultureInfo.InvariantCulture);
        text.Append("public partial class Customer").Append(id).Append("\n{\n")
            .Append("    public int Id { get; set; }\n")
            .Append("    [PersonalData(DataCategory.Name, Purpose = \"Account\", LegalBasis = LegalBasis.Contract, Retention = \"P2Y\")]\n")
            .Append("    public string? FullName { get; set; }\n")
            .Append("    [PersonalData(DataCategory.Email, Purpose = \"Account\", LegalBasis = LegalBasis.Contract, Retention = \"P2Y\")]\n")
            .Append("    public string? Email { get; set; }\n")
            .Append("    [PersonalData(DataCategory.Phone, Purpose = \"Account\", LegalBasis = LegalBasis.Contract, Retention = \"P2Y\", Erasure = Erasure.Anonymize)]\n")
            .Append("    public string? Phone { get; set; }\n")
            .Append("    [PersonalData(DataCategory.DateOfBirth, Purpose = \"Age check\", LegalBasis = LegalBasis.LegalObligation, Retention = \"P2Y\")]\n")
            .Append("    public DateTime? BirthDate { get; set; }\n")
            .Append("    [PersonalData(DataCategory.PostalAddress, Purpose = \"Delivery\", LegalBasis = LegalBasis.Contract, Retention = \"P2Y\")]\n")
            .Append("    public string? Street { get; set; }\n")
            .Append("    public string? Status { get; set; }\n")
            .Append("    public decimal Balance { get; set; }\n")
            .Append("    public int Visits { get; set; }\n")
            .Append("    public bool Active { get; set; }\n")
            .Append("    public void Report(ILogger logger)\n    {\n")
            .Append("        logger.LogInformation(\"Customer {Id} has {Visits} visits\", Id, Visits);\n")
            .Append("        logger.LogInformation(\"Reached at {Email}\", Email);\n")
            .Append("        Console.WriteLine(\"Status: \" + Status);\n")
            .Append("    }\n}\n\n");
    }

    private static void AppendUntagged(StringBuilder text, int n)
    {
        var id = n.ToString(CultureInfo.InvariantCulture);
        var partial = n % 2 == 0 ? "partial " : string.Empty;
        var owner = n % 4 == 2
            ? "    public Synthetic.Tagged" + (n / TaggedEvery / TypesPerFile).ToString("D3", CultureInfo.InvariantCulture) + ".Customer" + (n - n % TaggedEvery).ToString(CultureInfo.InvariantCulture) + "? Owner { get; set; }\n"
            : "    public string? Reference { get; set; }\n";
        text.Append("public ").Append(partial).Append("class Record").Append(id).Append("\n{\n")
            .Append("    public int Id { get; set; }\n")
            .Append("    public string? Email { get; set; }\n")
            .Append("    public string? Phone { get; set; }\n")
            .Append("    public string? Title { get; set; }\n")
            .Append("    public DateTime CreatedAt { get; set; }\n")
            .Append("    public decimal Amount { get; set; }\n")
            .Append("    public int Quantity { get; set; }\n")
            .Append("    public bool Archived { get; set; }\n")
            .Append("    public Guid Key { get; set; }\n")
            .Append(owner)
            .Append("    public int Compute(ILogger logger)\n    {\n")
            .Append("        logger.LogDebug(\"Computing {Id} for {Title}\", Id, Title);\n")
            .Append("        Console.WriteLine(Title + \" \" + Amount);\n")
            .Append("        return Quantity * 2;\n")
            .Append("    }\n}\n\n");
    }
}
