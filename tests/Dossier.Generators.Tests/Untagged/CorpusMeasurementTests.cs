using Xunit.Abstractions;

namespace Dossier.Generators.Tests.Untagged;

/// <summary>
/// Measures PII003 on the labelled corpus. Precision: of the members reported, how many hold personal data.
/// Recall: of the members that hold personal data, how many are reported. Both must stay at 0.95 or above;
/// docs/rules/PII003.md quotes the figures this test prints.
/// </summary>
public class CorpusMeasurementTests
{
    private readonly ITestOutputHelper _output;

    public CorpusMeasurementTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Precision_and_recall_on_the_labelled_corpus_are_at_least_95_percent()
    {
        var members = await LabelledCorpus.RunAsync();
        var truePositives = members.Count(member => member.Expected is not null && member.Reported is not null);
        var falsePositives = members.Where(member => member.Expected is null && member.Reported is not null).ToList();
        var falseNegatives = members.Where(member => member.Expected is not null && member.Reported is null).ToList();
        var sameCategory = members.Count(member => member.Expected is not null && member.Expected == member.Reported);

        var precision = truePositives / (double)(truePositives + falsePositives.Count);
        var recall = truePositives / (double)(truePositives + falseNegatives.Count);
        _output.WriteLine($"members {members.Count}, personal {members.Count(member => member.Expected is not null)}, reported {truePositives + falsePositives.Count}");
        _output.WriteLine($"precision {precision:F3} ({truePositives}/{truePositives + falsePositives.Count}), recall {recall:F3} ({truePositives}/{truePositives + falseNegatives.Count})");
        _output.WriteLine($"suggested category matches the label for {sameCategory} of {truePositives} true positives");
        foreach (var member in falsePositives)
        {
            _output.WriteLine($"false positive: {member.File}:{member.Line} {member.Member} reported as {member.Reported}");
        }

        foreach (var member in falseNegatives)
        {
            _output.WriteLine($"false negative: {member.File}:{member.Line} {member.Member} ({member.Expected})");
        }

        foreach (var member in members.Where(member => member.Expected is not null && member.Reported is not null && member.Expected != member.Reported))
        {
            _output.WriteLine($"other category: {member.File}:{member.Line} {member.Member} labelled {member.Expected}, suggested {member.Reported}");
        }

        Assert.True(members.Count >= 300, $"the corpus has {members.Count} members; it needs 300 or more");
        Assert.True(precision >= 0.95, $"precision {precision:F3} is below 0.95");
        Assert.True(recall >= 0.95, $"recall {recall:F3} is below 0.95");
    }

    [Fact]
    public async Task Every_domain_of_the_corpus_has_personal_and_non_personal_members()
    {
        var members = await LabelledCorpus.RunAsync();
        foreach (var file in members.GroupBy(member => member.File))
        {
            Assert.Contains(file, member => member.Expected is null);
            Assert.Contains(file, member => member.Expected is not null);
        }
    }
}
