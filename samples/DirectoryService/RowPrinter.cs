using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DirectoryService;

/// <summary>Prints raw rows before and after erasure side by side, so a reader sees what changed in the file.</summary>
internal static class RowPrinter
{
    private const int ValueWidth = 34;

    /// <summary>
    /// Prints the rows of <paramref name="table"/> that changed, column by column, and returns the names of those that
    /// did not ("Devices row 1"), so a narrow erasure is not lost among the rows it left alone.
    /// </summary>
    public static IReadOnlyList<string> PrintChanges(TextWriter output, string table, IReadOnlyList<RawRow> before, IReadOnlyList<RawRow> after)
    {
        var unchanged = new List<string>();
        for (var i = 0; i < after.Count; i++)
        {
            var old = i < before.Count ? before[i] : null;
            if (old is not null && after[i].Columns.All(pair => Equals(old[pair.Key], pair.Value)))
            {
                unchanged.Add($"{table} row {after[i]["Id"]}");
                continue;
            }

            output.WriteLine();
            output.WriteLine($"   {table} row {after[i]["Id"]}");
            output.WriteLine($"     {"column",-22} {"before",-ValueWidth} after");
            foreach (var (column, value) in after[i].Columns)
            {
                var previous = old?[column];
                var note = Equals(previous, value) ? "" : "  changed";
                output.WriteLine($"     {column,-22} {Format(previous),-ValueWidth} {Format(value),-ValueWidth}{note}".TrimEnd());
            }
        }

        return unchanged;
    }

    /// <summary>A stored value shortened for a terminal: long text (ciphertext) shows its first characters.</summary>
    public static string Format(object? value) => value switch
    {
        null => "NULL",
        byte[] bytes => "x'" + Convert.ToHexString(bytes.Take(12).ToArray()) + (bytes.Length > 12 ? "…'" : "'"),
        string text when text.Length > ValueWidth - 2 => text[..(ValueWidth - 3)] + "…",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
