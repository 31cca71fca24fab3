using System.IO;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Code as it is typed: realistic files are cut at token boundaries and every prefix goes through the generator
/// and every analyzer, with one generator driver kept across the prefixes of a file as an IDE keeps it.
/// </summary>
public class PrefixReplayTests(ITestOutputHelper output)
{
    /// <summary>
    /// Prefixes per file, by group. Every token boundary of every file would be about 9,000 runs; these, spread
    /// evenly over the token boundaries, keep the groups within a minute on a slow two-core machine. The
    /// file that uses every attribute and shape gets the most.
    /// </summary>
    public static TheoryData<string, int> Groups => new() { { "sample", 45 }, { "rich", 90 }, { "corpus", 45 }, { "activities", 60 } };

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task Every_prefix_runs_without_a_crash(string group, int prefixesPerFile)
    {
        var files = Files(group);
        var watch = Stopwatch.StartNew();
        var runs = 0;
        var crashes = new List<string>();
        foreach (var (path, text) in files)
        {
            var context = files.Where(file => file.Path != path).ToList();
            var driver = CrashProbe.CreateDriver();
            foreach (var cut in Cuts(text, prefixesPerFile))
            {
                var compilation = CrashProbe.Compile(context.Append((path, text[..cut])));
                (var result, driver) = await CrashProbe.RunAsync(compilation, driver, compilerDiagnostics: false);
                runs++;
                crashes.AddRange(result.Crashes.Select(crash => $"{path} cut at {cut} ({Tail(text, cut)}): {crash}"));
            }
        }

        output.WriteLine($"{group}: {runs} prefixes of {files.Count} files in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(crashes.Count == 0, string.Join("\n\n", crashes.Take(5)));
    }

    /// <summary>Prefix lengths that end on token boundaries, evenly spread, always including the whole file.</summary>
    private static IEnumerable<int> Cuts(string text, int count)
    {
        var ends = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens(descendIntoTrivia: false)
            .Select(token => token.Span.End).Where(end => end > 0).Distinct().ToList();
        var stride = Math.Max(1, ends.Count / count);
        for (var i = stride - 1; i < ends.Count; i += stride)
        {
            yield return ends[i];
        }

        yield return text.Length;
    }

    private static string Tail(string text, int cut) => text[Math.Max(0, cut - 30)..cut].ReplaceLineEndings(" ");

    private static List<(string Path, string Text)> Files(string group) => group switch
    {
        "sample" => Directory.GetFiles(Path.Combine(RepositoryRoot, "samples", "DirectoryService", "Model"), "*.cs")
            .Append(Path.Combine(RepositoryRoot, "samples", "DirectoryService", "Privacy.cs"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => ("/src/" + Path.GetFileName(path), File.ReadAllText(path))).ToList(),
        "rich" => new() { ("/src/Rich.cs", RichSource.Text) },
        "activities" => new() { ("/src/Activities.cs", ActivitySource.Text) },
        _ => new[] { "Health", "Identity", "Commerce" }
            .Select(name => ($"/src/{name}.cs", "using Dossier;\n" + File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "Dossier.Generators.Tests", "Untagged", "Corpus", name + ".cs.txt"))))
            .ToList(),
    };

    private static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
