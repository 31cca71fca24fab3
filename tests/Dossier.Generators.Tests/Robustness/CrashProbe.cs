using System.IO;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Threading;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>What one run of the generator and every analyzer over some source produced.</summary>
public sealed record ProbeResult(
    Compilation Output,
    IReadOnlyDictionary<string, string> Generated,
    IReadOnlyList<Diagnostic> CompilerDiagnostics,
    IReadOnlyList<Diagnostic> AnalyzerDiagnostics,
    IReadOnlyList<string> Crashes)
{
    /// <summary>The Dossier diagnostics (PII…) the analyzers reported.</summary>
    public IEnumerable<Diagnostic> Dossier => AnalyzerDiagnostics.Where(diagnostic => diagnostic.Id.StartsWith("PII", StringComparison.Ordinal));

    /// <summary>Errors and warnings of the compiler over the user's code and the generated code.</summary>
    public IEnumerable<Diagnostic> CompileProblems => CompilerDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
}

/// <summary>
/// Runs the generator and every analyzer Dossier ships over a compilation, the way a build does, and collects
/// every way a Roslyn component can fail there: an exception in the generator (CS8785 in a user's build), an
/// exception in an analyzer (AD0001), or an exception handed to <c>onAnalyzerException</c>.
/// </summary>
public static class CrashProbe
{
    /// <summary>Every analyzer in the generator assembly, found by reflection so a new one is covered without edits here.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(PersonalDataGenerator).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>Options that switch on the analyzers' less common paths.</summary>
    public const string EditorConfig = """
        dossier.encryption_required = all
        dossier.encrypted_types = Acme.Security.EncryptedString, Not A Type,
        dossier.required_fields = purpose, legal_basis, retention, bogus
        dossier.log_sinks = M:Acme.Log.Write(System.String), T:Acme.Audit, garbage
        dossier.pii002.report_identifiers = true
        dossier.pii003.include = shoe_size=Demographic@person, broken=, =Email
        dossier.pii003.exclude = token
        dossier.pii003.person_types = Patient
        dossier.pii003.non_person_types = Product
        dossier.audit_required = all
        """;

    /// <summary>
    /// An approved inventory (PII009) that fits no code exactly: one plausible entry, one with wrong types and
    /// unknown names, so the review gate compares, and reports, at every step.
    /// </summary>
    public const string ApprovedInventory = """
        {
          "schemaVersion": 1,
          "members": [
            { "subject": "Customer", "type": "Acme.Customer", "path": "Customer.Email", "category": "Email", "purpose": "Sign-in",
              "legalBasis": "Contract", "retention": "P2Y", "erasure": "Delete", "retentionReason": null, "encrypted": false, "recipients": ["MailCo"] },
            { "subject": 7, "type": null, "path": ["x"], "category": "NoSuchCategory", "erasure": "Shred", "encrypted": "yes", "recipients": "MailCo" }
          ]
        }
        """;

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources, bool referenceDossier = true, bool allowUnsafe = true,
        OutputKind kind = OutputKind.DynamicallyLinkedLibrary) =>
        CSharpCompilation.Create(
            "Probe" + Guid.NewGuid().ToString("N"),
            sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, ParseOptions, path: source.Path)),
            referenceDossier ? TestReferences.All : TestReferences.All.Where(reference => !IsDossier(reference)),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: allowUnsafe,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver(string? editorConfig = EditorConfig, IIncrementalGenerator? generator = null) => CSharpGeneratorDriver.Create(
        new[] { (generator ?? new PersonalDataGenerator()).AsSourceGenerator() },
        parseOptions: ParseOptions,
        optionsProvider: new TestOptions(Parse(editorConfig)));

    /// <summary>Runs everything over one source file.</summary>
    public static async Task<ProbeResult> RunAsync(string source, bool referenceDossier = true, string? editorConfig = EditorConfig) =>
        (await RunAsync(Compile(new[] { ("/src/Probe.cs", source) }, referenceDossier), CreateDriver(editorConfig), editorConfig)).Result;

    /// <summary>
    /// Runs the generator (through <paramref name="driver"/>, so a caller can keep one driver across edits as an IDE
    /// does) and then every analyzer over the compilation with the generated code in it.
    /// </summary>
    public static async Task<(ProbeResult Result, GeneratorDriver Driver)> RunAsync(Compilation compilation, GeneratorDriver driver, string? editorConfig = EditorConfig,
        bool compilerDiagnostics = true, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        var crashes = new ConcurrentQueue<string>();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        foreach (var result in run.Results.Where(result => result.Exception is not null))
        {
            crashes.Enqueue("generator: " + result.Exception);
        }

        foreach (var diagnostic in generatorDiagnostics.Where(diagnostic => diagnostic.Id is "CS8784" or "CS8785"))
        {
            crashes.Enqueue("generator: " + diagnostic);
        }

        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText("/src/PersonalData.approved.json", ApprovedInventory)),
            new TestOptions(Parse(editorConfig)));
        var withAnalyzers = output.WithAnalyzers(analyzers ?? Analyzers, new CompilationWithAnalyzersOptions(options,
            onAnalyzerException: (exception, analyzer, diagnostic) => crashes.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        foreach (var diagnostic in analyzerDiagnostics.Where(diagnostic => diagnostic.Id == "AD0001"))
        {
            crashes.Enqueue(diagnostic.ToString());
        }

        var generated = run.Results.SelectMany(result => result.GeneratedSources)
            .ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);
        var compiler = compilerDiagnostics ? output.GetDiagnostics().Concat(generatorDiagnostics).ToList() : generatorDiagnostics.ToList();
        return (new ProbeResult(output, generated, compiler, analyzerDiagnostics, crashes.ToList()), driver);
    }

    private static bool IsDossier(MetadataReference reference) =>
        reference is PortableExecutableReference { FilePath: { } path } && Path.GetFileName(path) == "Dossier.dll";

    private static ImmutableDictionary<string, string> Parse(string? editorConfig)
    {
        if (editorConfig is null)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        var config = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse("root = true\n\n[*.cs]\n" + editorConfig, "/.editorconfig") });
        return config.GetOptionsForSourcePath("/src/Probe.cs").AnalyzerOptions;
    }



}
