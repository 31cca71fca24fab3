using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Dossier.Generators.Analyzers.Untagged;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Benchmarks.RealWorld;

/// <summary>A member PII003 reported, with the category it suggested and its message.</summary>
[NotPersonalData(Justification = "Names a member of the corpus, not a person")]
public sealed record ReportedMember(MemberKey Key, int Line, string Category, string Message);

/// <summary>What one run of PII003 over an application's compilation reported, and how long PII003 took in its own actions.</summary>
public sealed record Pii003Run(IReadOnlyDictionary<MemberKey, ReportedMember> Reported, IReadOnlyList<string> Unplaced, TimeSpan AnalyzerTime)
{
    /// <summary>Runs <see cref="UntaggedPersonalDataAnalyzer"/> alone, with no options, as a project with Dossier's defaults would.</summary>
    public static async Task<Pii003Run> RunAsync(Compilation compilation)
    {
        var analyzer = new UntaggedPersonalDataAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).ConfigureAwait(false)).ExecutionTime;

        var reported = new Dictionary<MemberKey, ReportedMember>();
        var unplaced = new List<string>();
        foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Id == "PII003"))
        {
            if (CorpusCompilation.MemberAt(diagnostic.Location) is { } at)
            {
                diagnostic.Properties.TryGetValue(UntaggedPersonalDataAnalyzer.CategoryProperty, out var category);
                reported[at.Key] = new ReportedMember(at.Key, at.Line, category ?? string.Empty, diagnostic.GetMessage(CultureInfo.InvariantCulture));
            }
            else
            {
                unplaced.Add(diagnostic.ToString());
            }
        }

        return new Pii003Run(reported, unplaced, time);
    }

    /// <summary>Reported members that have no row in the labels: the harness and the analyzer disagree on what a member is.</summary>
    public IEnumerable<string> NotInLabels(IEnumerable<LabelRow> rows)
    {
        var known = rows.Select(row => row.Key).ToHashSet();
        return Reported.Values.Where(member => !known.Contains(member.Key)).Select(member => $"{member.Key} (line {member.Line})").Concat(Unplaced);
    }
}

/// <summary>A scored error: a labelled member PII003 got wrong, and what it reported, if anything.</summary>
public sealed record ScoredError(LabelRow Row, ReportedMember? Reported);

/// <summary>
/// PII003 against the labels: TP = pii and reported, FP = not and reported, FN = pii and not reported. Rows labelled
/// <c>either</c> or not labelled yet are not scored.
/// </summary>
public sealed record Pii003Score(string Name, int Members, int Pii, int NotPii, int Either, int Unlabelled, int Reported,
    int TruePositives, IReadOnlyList<ScoredError> FalsePositives, IReadOnlyList<ScoredError> FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives.Count == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives.Count);

    public double Recall => Pii == 0 ? 1 : (double)TruePositives / Pii;

    public static Pii003Score Of(string name, IEnumerable<LabelRow> rows, IReadOnlyDictionary<MemberKey, ReportedMember> reported)
    {
        var list = rows.ToList();
        var falsePositives = new List<ScoredError>();
        var falseNegatives = new List<ScoredError>();
        var truePositives = 0;
        foreach (var row in list)
        {
            reported.TryGetValue(row.Key, out var report);
            switch (row.Label)
            {
                case LabelFile.Pii when report is not null:
                    truePositives++;
                    break;
                case LabelFile.Pii:
                    falseNegatives.Add(new ScoredError(row, null));
                    break;
                case LabelFile.NotPii when report is not null:
                    falsePositives.Add(new ScoredError(row, report));
                    break;
            }
        }

        return new Pii003Score(name, list.Count, list.Count(row => row.Label == LabelFile.Pii), list.Count(row => row.Label == LabelFile.NotPii),
            list.Count(row => row.Label == LabelFile.Either), list.Count(row => row.Label.Length == 0), list.Count(row => reported.ContainsKey(row.Key)),
            truePositives, falsePositives, falseNegatives);
    }

    public static Pii003Score Pooled(IReadOnlyList<Pii003Score> scores) => new("pooled", scores.Sum(score => score.Members), scores.Sum(score => score.Pii),
        scores.Sum(score => score.NotPii), scores.Sum(score => score.Either), scores.Sum(score => score.Unlabelled), scores.Sum(score => score.Reported),
        scores.Sum(score => score.TruePositives), scores.SelectMany(score => score.FalsePositives).ToList(), scores.SelectMany(score => score.FalseNegatives).ToList());

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-14} members {Members,5}  pii {Pii,4}  not {NotPii,5}  either {Either,4}  unlabelled {Unlabelled,5}  reported {Reported,4}  " +
        $"TP {TruePositives,4}  FP {FalsePositives.Count,4}  FN {FalseNegatives.Count,4}  precision {Precision:F3}  recall {Recall:F3}");
}
