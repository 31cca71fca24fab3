using System.Collections.Immutable;
using System.IO;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Dossier.Build.Tasks;
using Dossier.Build.Tasks.Tests;
using Dossier.Generators.Analyzers.Approval;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Tests.Approval;

/// <summary>
/// The review gate as a build runs it: <see cref="Approve"/> gives what the approve command writes (the build task's
/// approved file, from the assembly the generator built), and <see cref="CheckAsync"/> runs the PII009 analyzer over the generated compilation
/// with an approved file passed as an AdditionalFiles item.
/// </summary>
public static class ApprovalRunner
{
    public const string ApprovedPath = "/src/PersonalData.approved.json";

    /// <summary>
    /// The approved file that <c>dotnet build -p:DossierApprove=true</c> writes for <paramref name="sources"/>: the
    /// generator compiles the assembly, and the build task (<see cref="ApproveDossierInventory"/>) writes the file from it.
    /// </summary>
    public static string Approve(params string[] sources)
    {
        var approving = TestOptions.FromProperties(new Dictionary<string, string> { ["DossierApprove"] = "true" });
        var (output, _, diagnostics) = GeneratorHarness.Run(approving, sources);
        var errors = diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var folder = Directory.CreateTempSubdirectory("dossier-approve-").FullName;
        try
        {
            var assembly = Path.Combine(folder, "Approving.dll");
            using (var stream = File.Create(assembly))
            {
                var emit = output.Emit(stream);
                Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            }

            var approved = Path.Combine(folder, "PersonalData.approved.json");
            var engine = new RecordingBuildEngine();
            Assert.True(new ApproveDossierInventory { BuildEngine = engine, AssemblyPath = assembly, ApprovedInventoryPath = approved }.Execute(), string.Join("\n", engine.Errors));
            return File.ReadAllText(approved);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The PII009 diagnostics (and any analyzer crash) for <paramref name="sources"/> against <paramref name="approved"/>.</summary>
    /// <param name="approved">The approved file's text; <c>null</c> for a project without one.</param>
    /// <param name="properties">MSBuild properties the analyzer sees, without the <c>build_property.</c> prefix.</param>
    /// <param name="path">Where the approved file is.</param>
    /// <param name="markedByTargets">Whether the file carries the metadata Dossier.targets sets on it.</param>
    public static async Task<IReadOnlyList<Diagnostic>> CheckAsync(
        string? approved, string[] sources, IReadOnlyDictionary<string, string>? properties = null, string path = ApprovedPath, bool markedByTargets = false)
    {
        var (output, _, _) = GeneratorHarness.Run(sources);
        var global = (properties ?? new Dictionary<string, string>()).ToImmutableDictionary(pair => "build_property." + pair.Key, pair => pair.Value);
        var files = approved is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create<AdditionalText>(new InMemoryText(path, approved));
        var fileOptions = markedByTargets
            ? ImmutableDictionary<string, string>.Empty.Add(ApprovedInventoryAnalyzer.FileMetadata, "true")
            : ImmutableDictionary<string, string>.Empty;
        var options = new AnalyzerOptions(files, new TestOptions(global, ImmutableDictionary<string, string>.Empty, fileOptions));
        var withAnalyzers = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ApprovedInventoryAnalyzer()),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync();
        return all.Where(diagnostic => diagnostic.Id is "PII009" or "AD0001").ToList();
    }

    /// <summary>The text a diagnostic points at, in a source file or in the approved file.</summary>
    public static string TextAt(Diagnostic diagnostic, string? approved = null)
    {
        var location = diagnostic.Location;
        var text = location.SourceTree?.GetText() ?? SourceText.From(approved ?? throw new InvalidOperationException("The diagnostic is in the approved file; pass its text."));
        return text.ToString(location.SourceSpan);
    }
}
