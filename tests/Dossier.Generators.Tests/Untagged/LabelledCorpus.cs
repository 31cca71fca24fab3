using System.Collections.Immutable;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using Dossier.Generators.Analyzers.Untagged;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Untagged;

/// <summary>One member of the corpus: where it is, what a reviewer labelled it, what PII003 said.</summary>
public sealed record CorpusMember(string File, int Line, string Member, string? Expected, string? Reported);

/// <summary>
/// The labelled corpus under <c>Untagged/Corpus/</c>: realistic types written as C# (in <c>*.cs.txt</c> files so they
/// are not compiled into the tests), every member labelled on its line with <c>// pii: Category</c> or
/// <c>// not-pii</c>. Compiles them together and runs PII003 over them.
/// </summary>
public static class LabelledCorpus
{
    private static readonly Regex Label = new(@"//\s*(?:pii:\s*(?<category>\w+)|(?<negative>not-pii))", RegexOptions.CultureInvariant);

    public static string Directory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "Untagged", "Corpus");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }

            var fromRoot = Path.Combine(directory.FullName, "tests", "Dossier.Generators.Tests", "Untagged", "Corpus");
            if (System.IO.Directory.Exists(fromRoot))
            {
                return fromRoot;
            }
        }

        throw new DirectoryNotFoundException("Untagged/Corpus was not found above " + AppContext.BaseDirectory);
    }

    public static async Task<IReadOnlyList<CorpusMember>> RunAsync()
    {
        var trees = System.IO.Directory.GetFiles(Directory(), "*.cs.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Preview), path: Path.GetFileName(path)))
            .ToArray();
        var compilation = CSharpCompilation.Create(
            "Corpus", trees, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The corpus must compile: " + string.Join(Environment.NewLine, errors.Take(5)));

        var analyzer = new UntaggedPersonalDataAnalyzer();
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var reported = diagnostics
            .Where(diagnostic => diagnostic.Id == "PII003")
            .ToDictionary(
                diagnostic => (diagnostic.Location.SourceTree!.FilePath, diagnostic.Location.GetLineSpan().StartLinePosition.Line),
                diagnostic => diagnostic.Properties[UntaggedPersonalDataAnalyzer.CategoryProperty]);

        var members = new List<CorpusMember>();
        foreach (var tree in trees)
        {
            var text = tree.GetText();
            foreach (var identifier in DeclaredMembers(tree.GetRoot()))
            {
                var line = identifier.GetLocation().GetLineSpan().StartLinePosition.Line;
                var match = Label.Match(text.Lines[line].ToString());
                Assert.True(match.Success, $"{tree.FilePath}:{line + 1} '{identifier.ValueText}' has no '// pii: Category' or '// not-pii' label");
                var expected = match.Groups["negative"].Success ? null : match.Groups["category"].Value;
                reported.TryGetValue((tree.FilePath, line), out var category);
                members.Add(new CorpusMember(tree.FilePath, line + 1, identifier.ValueText, expected, category));
            }
        }

        return members;
    }

    // Properties, fields and record positional parameters: what PII003 looks at.
    private static IEnumerable<SyntaxToken> DeclaredMembers(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case PropertyDeclarationSyntax property:
                    yield return property.Identifier;
                    break;
                case FieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        yield return variable.Identifier;
                    }

                    break;
                case RecordDeclarationSyntax { ParameterList: { } parameters }:
                    foreach (var parameter in parameters.Parameters)
                    {
                        yield return parameter.Identifier;
                    }

                    break;
            }
        }
    }
}
