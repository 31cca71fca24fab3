using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Dossier.Benchmarks.RealWorld;

/// <summary>One row of <c>tests/RealWorld/labels/&lt;app&gt;.tsv</c>: a member and what it holds (tests/RealWorld/LABELS.md).</summary>
public sealed record LabelRow(string Split, string File, int Line, string Type, string Member, string MemberType, string Label, string Category, string Note)
{
    public MemberKey Key => new(File, Type, Member);
}

/// <summary>Reads and writes the label files, and decides which files are held out.</summary>
public static class LabelFile
{
    public const string Header = "split\tfile\tline\ttype\tmember\tmember_type\tlabel\tcategory\tnote";
    public const string Holdout = "holdout";
    public const string Train = "train";
    public const string Pii = "pii";
    public const string NotPii = "not";
    public const string Either = "either";

    private const int Columns = 9;

    /// <summary>
    /// Whole files are held out together, about one in three: those whose path (inside the application's repository,
    /// '/'-separated) has a 32-bit FNV-1a hash of its UTF-8 bytes divisible by 3. The rule depends on the path
    /// alone, so it holds for files added to the corpus later.
    /// </summary>
    public static string SplitOf(string file) => Fnv1a(file) % 3 == 0 ? Holdout : Train;

    /// <summary>
    /// Applications added to the corpus after PII003 was tuned on the others' train files: every file of theirs is
    /// held out, so they measure the rules on code of a kind the tuning never saw. (GrandNode, Ombi, BTCPay Server,
    /// Exceptionless, allReady, Skoruba's IdentityServer administration, Kavita, Bitwarden's API request and response
    /// models, fullstackhero's starter kit, MODiX and Squidex were held out whole too until their first measurement, then
    /// split by the file rule like the first four: docs/rules/PII003.md. Virto Commerce's customer and order modules were
    /// the fresh measurement after GrandNode and Ombi.)
    /// </summary>
    public static readonly IReadOnlyCollection<string> HeldOutWhole = new[] { "eshop", "virto-customer", "virto-order" };

    /// <summary>The split of <paramref name="file"/> in <paramref name="application"/>.</summary>
    public static string SplitOf(string application, string file) => HeldOutWhole.Contains(application) ? Holdout : SplitOf(file);

    public static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var octet in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ octet) * 16777619u);
        }

        return hash;
    }

    /// <summary>The rows of a label file; a row with more than nine cells or an unreadable line number is an error.</summary>
    public static IReadOnlyList<LabelRow> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].TrimEnd() != Header)
        {
            throw new FormatException($"{path}:1: the header must be: {Header.Replace("\t", "<tab>", StringComparison.Ordinal)}");
        }

        var rows = new List<LabelRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            // Editors drop empty trailing cells; missing cells are empty.
            var cells = lines[i].TrimEnd('\r').Split('\t');
            if (cells.Length > Columns)
            {
                throw new FormatException($"{path}:{i + 1}: {cells.Length} cells, at most {Columns} (a tab inside a note?)");
            }

            cells = cells.Concat(Enumerable.Repeat(string.Empty, Columns - cells.Length)).ToArray();
            if (!int.TryParse(cells[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line))
            {
                throw new FormatException($"{path}:{i + 1}: line '{cells[2]}' is not a number");
            }

            rows.Add(new LabelRow(cells[0].Trim(), cells[1], line, cells[3], cells[4], cells[5], cells[6].Trim(), cells[7].Trim(), cells[8].Trim()));
        }

        return rows;
    }

    public static void Write(string path, IEnumerable<LabelRow> rows)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join("\t", row.Split, row.File, row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Type, row.Member,
                row.MemberType, row.Label, row.Category, row.Note)).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
