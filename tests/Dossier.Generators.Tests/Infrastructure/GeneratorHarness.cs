using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Infrastructure;

/// <summary>Runs the generator over test source, compiles the result and loads it, as a user's build would.</summary>
public static class GeneratorHarness
{
    /// <summary>
    /// C# 13 as the SDK compiles it: partial properties (which <c>[Audited]</c> relies on) are C# 13, and Roslyn 4.11,
    /// which the tests run, offers them as Preview.
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing Dossier;\n";

    public static CSharpCompilation CreateCompilation(params string[] sources) => CSharpCompilation.Create(
        "TestAssembly" + Guid.NewGuid().ToString("N"),
        sources.Select((source, index) => CSharpSyntaxTree.ParseText(Usings + source, ParseOptions, path: $"/src/File{index}.cs")),
        TestReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error, deterministic: true,
            // The SDK silences these unification notices too: Dossier is built against .NET 8, the test against .NET 10.
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        new[] { new PersonalDataGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the compilation with generated code and the generated sources by hint name.</summary>
    public static (Compilation Output, IReadOnlyDictionary<string, string> Generated, IReadOnlyList<Diagnostic> Diagnostics) Run(params string[] sources) =>
        Run(options: null, sources);

    /// <summary>Runs the generator with the given build options (MSBuild properties, <c>.editorconfig</c> keys).</summary>
    public static (Compilation Output, IReadOnlyDictionary<string, string> Generated, IReadOnlyList<Diagnostic> Diagnostics) Run(AnalyzerConfigOptionsProvider? options, params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var configured = options is null ? CreateDriver() : CreateDriver().WithUpdatedAnalyzerConfigOptions(options);
        var driver = configured.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var generated = driver.GetRunResult().Results.SelectMany(result => result.GeneratedSources)
            .ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);
        var diagnostics = generatorDiagnostics.Concat(output.GetDiagnostics()).ToList();
        return (output, generated, diagnostics);
    }

    /// <summary>Generates, compiles with warnings as errors, and loads the assembly.</summary>
    public static Assembly CompileAndLoad(params string[] sources)
    {
        var (output, _, diagnostics) = Run(sources);
        var problems = diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "Compilation failed:\n" + string.Join("\n", problems) + "\n\n" +
                                         string.Join("\n\n", output.SyntaxTrees.Select(tree => tree.FilePath + ":\n" + tree)));
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(stream.ToArray()));
    }

    /// <summary>Generates, compiles and runs <c>Scenario.Run()</c>, which the test source declares, and returns its result.</summary>
    public static string RunScenario(params string[] sources)
    {
        var assembly = CompileAndLoad(sources);
        var scenario = assembly.GetType("Scenario") ?? throw new InvalidOperationException("The test source declares no Scenario class.");
        var run = scenario.GetMethod("Run", BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException("Scenario has no static Run().");
        try
        {
            return (string)run.Invoke(null, null)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }
}
