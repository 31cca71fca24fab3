using System.Collections.Immutable;
using Dossier.Benchmarks.RealWorld;
using Dossier.Generators.Analyzers.Generation;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Dossier.Generators.Tests.Generation;

/// <summary>
/// The first step of adopting Dossier in the open-source applications of tests/RealWorld: their user entity becomes a
/// <c>[DataSubject]</c>, declared partial, with one member tagged, as the README teaches. Every type of the
/// application that merely holds a user (addresses, orders, devices, sessions, view models) must be left alone: the
/// only PII006 errors allowed are on the subject's own members, naming a type the subject reaches that is not partial,
/// and the generated code compiles. Skipped, with a message, where tests/RealWorld/extract.sh has not written the
/// sources.
/// </summary>
public class RealWorldAdoptionTests
{
    private readonly ITestOutputHelper _output;

    public RealWorldAdoptionTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string, string, string, string, string> Subjects() => new()
    {
        { "bitwarden", "src/Core/Entities/User.cs", "User", "Email", "Email" },
        { "jellyfin", "src/Jellyfin.Database/Jellyfin.Database.Implementations/Entities/User.cs", "User", "Username", "OnlineIdentifier" },
        { "smartstore", "src/Smartstore.Core/Platform/Identity/Domain/Customer.cs", "Customer", "Email", "Email" },
        { "simplcommerce", "src/Modules/SimplCommerce.Module.Core/Models/User.cs", "User", "FullName", "Name" },
    };

    [SkippableTheory]
    [MemberData(nameof(Subjects))]
    public async Task Tagging_the_user_entity_reports_nothing_in_the_types_that_hold_it(string app, string file, string type, string member, string category)
    {
        var application = CorpusApplication.All().Single(candidate => candidate.Id == app);
        Skip.IfNot(application.HasSources, $"The sources of {app} are absent: run tests/RealWorld/extract.sh (it says how to get them).");

        var compilation = CorpusCompilation.Compile(application).WithReferences(TestReferences.All);
        var original = compilation.SyntaxTrees.Single(tree => tree.FilePath == file);
        var tagged = Tag(original, type, member, category);
        compilation = compilation.ReplaceSyntaxTree(original, tagged);

        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.DoesNotContain(generatorDiagnostics, diagnostic => diagnostic.Id is "CS8784" or "CS8785");
        var generatedErrors = output.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Location.SourceTree?.FilePath.Contains("PersonalDataGenerator", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(generatedErrors.Count == 0, "Generated code does not compile:\n" + string.Join("\n", generatedErrors));

        var diagnostics = await output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataTypeAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var subject = output.GetTypeByMetadataName(Namespace(tagged) + "." + type);
        foreach (var diagnostic in diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal))
        {
            _output.WriteLine($"{diagnostic.Severity} {diagnostic.Id} {diagnostic.Location.SourceTree?.FilePath}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var elsewhere = diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id is "PII005" or "PII006" &&
                                 diagnostic.Location.SourceTree?.FilePath != file)
            .ToList();
        Assert.True(elsewhere.Count == 0, "Errors in types that only hold the subject:\n" + string.Join("\n", elsewhere));
        Assert.NotNull(subject);
        Assert.Contains(output.SyntaxTrees, tree => tree.FilePath.EndsWith("." + type + ".PersonalData.g.cs", StringComparison.Ordinal));
    }

    /// <summary>What a team does first: the user entity becomes a partial <c>[DataSubject]</c> with one tagged member.</summary>
    private static SyntaxTree Tag(SyntaxTree tree, string type, string member, string category)
    {
        var declaration = tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().First(candidate => candidate.Identifier.ValueText == type);
        var property = declaration.Members.OfType<PropertyDeclarationSyntax>().First(candidate => candidate.Identifier.ValueText == member);
        var changes = new List<TextChange>
        {
            new(new TextSpan(property.SpanStart, 0),
                $"[global::Dossier.PersonalData(global::Dossier.DataCategory.{category}, Purpose = \"Sign-in\", LegalBasis = global::Dossier.LegalBasis.Contract, Retention = \"P2Y\")] "),
            new(new TextSpan(declaration.SpanStart, 0), "[global::Dossier.DataSubject] "),
        };
        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            changes.Add(new TextChange(new TextSpan(declaration.Keyword.SpanStart, 0), "partial "));
        }

        var text = tree.GetText().WithChanges(changes.OrderBy(change => change.Span.Start));
        return tree.WithChangedText(text);
    }

    private static string Namespace(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().First().Name.ToString();
}
