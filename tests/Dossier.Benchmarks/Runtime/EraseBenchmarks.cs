using BenchmarkDotNet.Attributes;
using Dossier.Benchmarks.Model;

namespace Dossier.Benchmarks.Runtime;

/// <summary>
/// Erasing one customer (20 personal data members, an address, ten devices) with delete, anonymize and retain,
/// and listing every member handled. Erasing an erased graph does the same work (every member is assigned and
/// reported again), so one graph serves every iteration.
/// </summary>
[MemoryDiagnoser]
public class EraseBenchmarks
{
    [NotPersonalData(Justification = "Benchmark input")]
    private readonly Customer _customer = CustomerGraph.Create();

    [Benchmark(Baseline = true, Description = "Dossier ErasePersonalData()")]
    public int Dossier_Erase() => _customer.ErasePersonalData().Entries.Count;

    [Benchmark(Description = "Reflection, attributes read per call")]
    public int Reflection_Uncached_Erase() => ReflectionEraser.Uncached.Erase(_customer).Count;

    [Benchmark(Description = "Reflection, attributes cached per type")]
    public int Reflection_Cached_Erase() => ReflectionEraser.Cached.Erase(_customer).Count;
}
