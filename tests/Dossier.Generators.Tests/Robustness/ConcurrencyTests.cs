using System.Collections.Concurrent;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Export and erasure of different objects on many threads at once give exactly what they give one at a time,
/// pseudonyms included, because generated code keeps no shared mutable state.
/// </summary>
public class ConcurrencyTests(ErasureModel model) : IClassFixture<ErasureModel>
{
    private const int Graphs = 400;

    [Fact]
    public async Task Generated_code_declares_no_mutable_static_state()
    {
        var result = await Probe.RunAsync(RichSource.Text);
        var mutable = result.Generated
            .SelectMany(pair => CSharpSyntaxTree.ParseText(pair.Value).GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>()
                .Where(field => field.Modifiers.Any(SyntaxKind.StaticKeyword) &&
                                !field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) && !field.Modifiers.Any(SyntaxKind.ConstKeyword))
                .Select(field => pair.Key + ": " + field))
            .ToList();
        Assert.True(result.Generated.Count > 5, "The rich source should generate code for many types.");
        Assert.True(mutable.Count == 0, string.Join("\n", mutable));
    }

    [Fact]
    public void Parallel_export_and_erasure_match_sequential()
    {
        var sequential = Enumerable.Range(0, Graphs).Select(Run).ToArray();

        var parallel = new string[Graphs];
        var failures = new ConcurrentQueue<Exception>();
        Parallel.For(0, Graphs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            try
            {
                parallel[i] = Run(i);
            }
            catch (Exception exception)
            {
                failures.Enqueue(exception);
            }
        });

        Assert.Empty(failures);
        for (var i = 0; i < Graphs; i++)
        {
            Assert.True(sequential[i] == parallel[i], $"Graph {i} (RandomGraph.Build(model, {i})) differs when run in parallel.");
        }
    }

    [Fact]
    public void Pseudonyms_are_the_same_on_every_thread()
    {
        var tokens = new ConcurrentBag<string>();
        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            var person = Activator.CreateInstance(model.Person)!;
            model.Person.GetProperty("TaxId")!.SetValue(person, "DE 123 456 789");
            ErasureModel.Erase(person);
            tokens.Add((string)model.Person.GetProperty("TaxId")!.GetValue(person)!);
        });

        var distinct = tokens.Distinct().ToList();
        Assert.Single(distinct);
        Assert.StartsWith("pn_", distinct[0]);
    }

    /// <summary>Everything one graph gives: both exports, the erasure report, and every value left afterwards.</summary>
    private string Run(int seed)
    {
        var root = RandomGraph.Build(model, seed);
        var text = new StringBuilder();
        text.Append(ErasureModel.Export(root).ToJson());
        text.Append(Encoding.UTF8.GetString(ExportModel.Stream(root)));
        text.Append(ErasureModel.Erase(root));
        foreach (var (path, slot) in GraphSnapshot.Take(root, model.Assembly).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append(path).Append('=').Append(slot.Value).Append('\n');
        }

        return text.ToString();
    }
}
