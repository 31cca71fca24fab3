using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Dossier.CodeFixes.Tests;

/// <summary>
/// Runs an analyzer and a code fix over markup source and compares the fixed source; also checks Fix All
/// in document, project and solution scope.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Dossier.PersonalDataAttribute).Assembly.Location))
            // From .NET 8, Dossier's [PersonalData] derives from Microsoft.Extensions.Compliance's DataClassificationAttribute.
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location))
            .ToImmutableArray();

    public static Task VerifyAsync(string source, string fixedSource, string? editorConfig = null, string? equivalenceKey = null)
    {
        var test = Create(source, fixedSource, editorConfig);
        test.CodeActionEquivalenceKey = equivalenceKey;
        return test.RunAsync();
    }

    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource, string? editorConfig = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(References);
        test.FixedState.AdditionalReferences.AddRange(References);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Preview);
            return solution.WithProjectParseOptions(projectId, options);
        });
        if (editorConfig is not null)
        {
            var config = ("/.editorconfig", "root = true\n\n[*]\n" + editorConfig);
            test.TestState.AnalyzerConfigFiles.Add(config);
            test.FixedState.AnalyzerConfigFiles.Add(config);
        }

        return test;
    }
}
