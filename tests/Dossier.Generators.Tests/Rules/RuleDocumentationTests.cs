using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Rules;

/// <summary>
/// Every rule Dossier reports has its page under docs/rules/, a help link to that page, and a row in
/// AnalyzerReleases.*.md; and every released rule has an analyzer that reports it.
/// </summary>
public class RuleDocumentationTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> SupportedIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in Descriptors().Select(descriptor => descriptor.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal))
            {
                data.Add(id);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SupportedIds))]
    public void Each_rule_has_a_page(string id) =>
        Assert.True(File.Exists(Path.Combine(Root, "docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");

    [Theory]
    [MemberData(nameof(SupportedIds))]
    public void Each_rule_links_to_its_page(string id) =>
        Assert.All(Descriptors().Where(descriptor => descriptor.Id == id),
            descriptor => Assert.EndsWith("docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(SupportedIds))]
    public void Each_rule_has_a_release_row(string id) =>
        Assert.Contains(id, ReleasedIds());

    [Fact]
    public void Each_released_rule_has_an_analyzer()
    {
        var supported = Descriptors().Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var unsupported = ReleasedIds().Where(id => !supported.Contains(id)).OrderBy(id => id, StringComparer.Ordinal);
        Assert.True(!unsupported.Any(), "Released without an analyzer: " + string.Join(", ", unsupported));
    }

    [Fact]
    public void The_analyzers_are_found() => Assert.NotEmpty(Descriptors());

    /// <summary>PII009's page shows the approved file with every property the gate writes and reads.</summary>
    [Fact]
    public void The_approved_file_is_documented_with_the_names_it_uses()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "rules", "PII009.md"));
        var names = typeof(Dossier.Generators.Inventory.ApprovedFields).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(names);
        var undocumented = names.Where(name => !page.Contains("\"" + name + "\":", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, "Not in docs/rules/PII009.md: " + string.Join(", ", undocumented));
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(Dossier.Generators.Diagnostics.DiagnosticDescriptors).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics);

    private static HashSet<string> ReleasedIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in File.ReadAllLines(Path.Combine(Root, "src", "Dossier.Generators", file)))
            {
                var match = Regex.Match(line, @"^\s*(PII\d{3})\s*\|");
                if (match.Success)
                {
                    ids.Add(match.Groups[1].Value);
                }
            }
        }

        return ids;
    }

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
