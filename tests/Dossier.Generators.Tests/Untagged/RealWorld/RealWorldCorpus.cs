using System.Collections.Concurrent;
using Dossier.Benchmarks.RealWorld;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Untagged.RealWorld;

/// <summary>
/// The real-world corpus, shared by the tests of a class: each application is compiled once, and PII003 run over
/// it once, however many tests read the result.
/// </summary>
public sealed class RealWorldCorpus
{
    private readonly ConcurrentDictionary<string, Lazy<CSharpCompilation>> _compilations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<Pii003Run>>> _runs = new(StringComparer.Ordinal);

    public IReadOnlyList<CorpusApplication> Applications { get; } = CorpusApplication.All();

    public IReadOnlyList<CorpusApplication> Present => Applications.Where(application => application.HasSources).ToList();

    /// <summary>Why a test that needs the sources cannot run here, or null when every application's sources are present.</summary>
    public string? MissingSources
    {
        get
        {
            var missing = Applications.Where(application => !application.HasSources).Select(application => application.Id).ToList();
            return missing.Count == 0
                ? null
                : $"The sources of {string.Join(", ", missing)} are absent: run 'bash tests/RealWorld/extract.sh' " +
                  "(it says how to clone each application; see tests/RealWorld/LABELS.md).";
        }
    }

    public CSharpCompilation Compilation(CorpusApplication application) =>
        _compilations.GetOrAdd(application.Id, _ => new Lazy<CSharpCompilation>(() => CorpusCompilation.Compile(application))).Value;

    public Task<Pii003Run> Pii003(CorpusApplication application) =>
        _runs.GetOrAdd(application.Id, _ => new Lazy<Task<Pii003Run>>(() => Pii003Run.RunAsync(Compilation(application)))).Value;
}
