using Dossier.Benchmarks.RealWorld;
using Xunit.Abstractions;

namespace Dossier.Generators.Tests.Untagged.RealWorld;

/// <summary>The committed label files are well formed (tests/RealWorld/LABELS.md); these tests need no sources.</summary>
public class LabelFileTests
{
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal) { LabelFile.Pii, LabelFile.NotPii, LabelFile.Either };
    private static readonly HashSet<string> Categories = new(Enum.GetNames(typeof(DataCategory)), StringComparer.Ordinal);

    private readonly ITestOutputHelper _output;

    public LabelFileTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_row_is_well_formed()
    {
        var problems = new List<string>();
        foreach (var application in CorpusApplication.All())
        {
            IReadOnlyList<LabelRow> rows;
            try
            {
                rows = LabelFile.Read(application.LabelsPath);
            }
            catch (FormatException exception)
            {
                problems.Add(exception.Message);
                continue;
            }

            foreach (var row in rows)
            {
                var at = $"{application.Id}: {row.File}:{row.Line} {row.Type}.{row.Member}";
                if (row.Split != LabelFile.SplitOf(row.File))
                {
                    problems.Add($"{at}: split '{row.Split}', the file's hash says '{LabelFile.SplitOf(row.File)}'");
                }

                if (row.Label.Length > 0 && !Labels.Contains(row.Label))
                {
                    problems.Add($"{at}: label '{row.Label}' is not pii, not or either");
                }

                if (row.Label == LabelFile.Pii && !Categories.Contains(row.Category))
                {
                    problems.Add($"{at}: a pii row needs a DataCategory name, not '{row.Category}'");
                }
                else if (row.Category.Length > 0 && !Categories.Contains(row.Category))
                {
                    problems.Add($"{at}: '{row.Category}' is not a DataCategory name");
                }

                if (row.File.Length == 0 || row.Type.Length == 0 || row.Member.Length == 0 || row.Line <= 0)
                {
                    problems.Add($"{at}: file, line, type and member are all required");
                }
            }

            problems.AddRange(rows.GroupBy(row => row.Key).Where(group => group.Count() > 1).Select(group => $"{application.Id}: {group.Key} is listed {group.Count()} times"));
            _output.WriteLine($"{application.Id}: {rows.Count} rows, pii {rows.Count(row => row.Label == LabelFile.Pii)}, not {rows.Count(row => row.Label == LabelFile.NotPii)}, " +
                              $"either {rows.Count(row => row.Label == LabelFile.Either)}, unlabelled {rows.Count(row => row.Label.Length == 0)}");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(50)));
    }

    [Fact]
    public void The_split_is_the_FNV_1a_hash_of_the_path_modulo_3()
    {
        Assert.Equal(0x811C9DC5u, LabelFile.Fnv1a(string.Empty));
        Assert.Equal(0xE40C292Cu, LabelFile.Fnv1a("a"));
        Assert.Equal(LabelFile.Fnv1a("src/Core/Entities/User.cs") % 3 == 0 ? LabelFile.Holdout : LabelFile.Train, LabelFile.SplitOf("src/Core/Entities/User.cs"));
    }
}
