namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Erasure as a property over random object graphs: afterwards a fresh export holds no value it held before except
/// those of <c>Erasure.Retain</c> members, pseudonyms differ from what they replaced, every personal value the
/// objects hold (exported or not) has changed, and every non-personal value and reference is exactly as it was.
/// </summary>
public class ErasureCompletenessTests(ErasureModel model) : IClassFixture<ErasureModel>
{
    private const int GraphsPerSeed = 100;

    [Theory]
    [InlineData(20261128)]
    [InlineData(17)]
    [InlineData(4242)]
    public void Random_graphs_are_erased_completely(int seed)
    {
        for (var i = 0; i < GraphsPerSeed; i++)
        {
            var graphSeed = seed + i;
            var root = RandomGraph.Build(model, graphSeed);
            var before = GraphSnapshot.Take(root, model.Assembly);
            var exportedBefore = GraphSnapshot.Scalars(ErasureModel.Export(root));

            ErasureModel.Erase(root);

            var after = GraphSnapshot.Take(root, model.Assembly);
            var exportedAfter = GraphSnapshot.Scalars(ErasureModel.Export(root));
            var problems = ExportProblems(exportedBefore, exportedAfter).Concat(ObjectProblems(before, after)).ToList();
            Assert.True(problems.Count == 0, $"Graph from seed {graphSeed} (RandomGraph.Build(model, {graphSeed})):\n" + string.Join("\n", problems.Take(20)));
        }
    }

    /// <summary>A value of a non-retained member that is still in the export was not erased.</summary>
    private static IEnumerable<string> ExportProblems(List<(PersonalDataMember Member, string Value)> before, List<(PersonalDataMember Member, string Value)> after)
    {
        var retained = before.Where(scalar => scalar.Member.Erasure == Erasure.Retain).Select(scalar => scalar.Value).ToHashSet(StringComparer.Ordinal);
        var erasable = before.Where(scalar => scalar.Member.Erasure != Erasure.Retain && !retained.Contains(scalar.Value))
            .ToLookup(scalar => scalar.Value, scalar => scalar.Member.Name, StringComparer.Ordinal);
        foreach (var (member, value) in after)
        {
            if (erasable.Contains(value))
            {
                yield return $"export still holds '{value}' (was in {string.Join(", ", erasable[value])}, now in {member.Name})";
            }
        }

        if (!before.Any())
        {
            yield return "the export before erasure held nothing, so the graph tests nothing";
        }
    }

    /// <summary>Personal values must have changed (or gone); retained and non-personal ones must be untouched.</summary>
    private static IEnumerable<string> ObjectProblems(Dictionary<string, GraphSlot> before, Dictionary<string, GraphSlot> after)
    {
        foreach (var (path, slot) in before)
        {
            after.TryGetValue(path, out var now);
            if (slot.Tag is null || slot.Tag.Erasure == Erasure.Retain)
            {
                if (now is null || now.Value != slot.Value)
                {
                    yield return $"{path}: {(slot.Tag is null ? "non-personal" : "retained")} value '{slot.Value}' became '{now?.Value ?? "(gone)"}'";
                }
            }
            else if (slot.Value is not null && !slot.Value.StartsWith("count ", StringComparison.Ordinal) && now?.Value == slot.Value)
            {
                yield return $"{path}: {slot.Tag.Erasure} left '{slot.Value}' in place";
            }
        }
    }
}
