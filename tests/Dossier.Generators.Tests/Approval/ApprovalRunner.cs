using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Dossier.Generators.Analyzers.Approval;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Tests.Approval;

/// <summary>
/// The review gate as a build runs it: <see cref="Approve"/> gives what the approve command writes (the generator's
/// <c>Approved</c> constant), and <see cref="CheckAsync"/> runs the PII009 analyzer over the generated compilation
/// with an approved file passed as an AdditionalFiles item.
/// </summary>
public static class ApprovalRunner
{
    public const string ApprovedPath = "/src/PersonalData.approved.json";

    /// <summary>The approved file that <c>dotnet build -p:DossierApprove=true</c> writes for <paramref name="sources"/>.</summary>
    public static string Approve(params string[] sources)
    {
        var approving = TestOptions.FromProperties(new Dictionary<string, string> { ["DossierApprove"] = "true" });
        var (output, _, diagnostics) = GeneratorHarness.Run(approving, sources);
        var errors = diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var inventory = output.GetTypeByMetadataName(Dossier.Generators.Inventory.InventoryConstants.MetadataName) ?? throw new InvalidOperationException("No inventory was generated.");
        return inventory.GetMembers("Approved").OfType<IFieldSymbol>().Single().ConstantValue as string ?? throw new InvalidOperationException("No approved constant.");
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
