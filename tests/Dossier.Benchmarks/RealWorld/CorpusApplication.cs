using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Dossier.Benchmarks.RealWorld;

/// <summary>
/// One open-source application of the real-world corpus (a row of <c>tests/RealWorld/apps.tsv</c>): where its
/// extracted sources and its labels live.
/// </summary>
public sealed record CorpusApplication(string Id, string Repository, string Commit, string Licence, string CorpusDirectory, IReadOnlyList<string> GlobalUsings)
{
    /// <summary>What <c>sdk</c> in the usings column stands for: the implicit global usings of <c>Microsoft.NET.Sdk</c>.</summary>
    public static IReadOnlyList<string> SdkImplicitUsings { get; } =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    /// <summary>
    /// What <c>sdk.web</c> stands for: those of <c>Microsoft.NET.Sdk.Web</c> whose assemblies the corpus references
    /// (the plain SDK's and <c>System.Net.Http.Json</c>; its ASP.NET Core and Microsoft.Extensions ones are not there).
    /// </summary>
    public static IReadOnlyList<string> WebSdkImplicitUsings { get; } = [.. SdkImplicitUsings, "System.Net.Http.Json"];

    /// <summary>The extracted files, written by <c>tests/RealWorld/extract.sh</c> and never committed.</summary>
    public string SourcesDirectory => Path.Combine(CorpusDirectory, "sources", Id);

    /// <summary>The labelled members: <c>tests/RealWorld/labels/&lt;app&gt;.tsv</c>.</summary>
    public string LabelsPath => Path.Combine(CorpusDirectory, "labels", Id + ".tsv");

    public bool HasSources => SourceFiles().Any();

    /// <summary>The extracted files, as paths inside the application's repository ('/'-separated), in ordinal order.</summary>
    public IReadOnlyList<string> SourceFiles() => !Directory.Exists(SourcesDirectory)
        ? Array.Empty<string>()
        : Directory.EnumerateFiles(SourcesDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(SourcesDirectory, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    /// <summary>The applications of the corpus in <paramref name="corpusDirectory"/>, in the order of apps.tsv.</summary>
    public static IReadOnlyList<CorpusApplication> All(string? corpusDirectory = null)
    {
        var directory = corpusDirectory ?? LocateCorpus();
        return File.ReadAllLines(Path.Combine(directory, "apps.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("app\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t'))
            .Select(cells => new CorpusApplication(cells[0], cells[1], cells[2], cells[3], directory, ParseUsings(cells.Length > 6 ? cells[6] : "-")))
            .ToList();
    }

    /// <summary>
    /// The usings column: <c>-</c> for none, else comma-separated namespaces, where <c>sdk</c> and <c>sdk.web</c>
    /// stand for the SDKs' implicit usings; each namespace once, in the order written.
    /// </summary>
    public static IReadOnlyList<string> ParseUsings(string cell) => cell.Trim() == "-"
        ? Array.Empty<string>()
        : cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(item => item switch
            {
                "sdk" => SdkImplicitUsings,
                "sdk.web" => WebSdkImplicitUsings,
                _ => [item],
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The <c>tests/RealWorld</c> folder, found from the running assembly or the current directory upwards.</summary>
    public static string LocateCorpus()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "tests", "RealWorld");
                if (File.Exists(Path.Combine(candidate, "apps.tsv")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("tests/RealWorld/apps.tsv not found above " + AppContext.BaseDirectory);
    }
}
