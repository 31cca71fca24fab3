using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Dossier.Benchmarks.Build;

namespace Dossier.Benchmarks.RealWorld;

/// <summary>
/// The commands over the real-world corpus (tests/RealWorld): <c>pii003-dump</c> writes the label files the labellers
/// fill in; <c>pii003-real</c> scores PII003 against the filled-in labels.
/// </summary>
public static class RealWorldCommands
{
    /// <summary>
    /// Lists each application's candidate members into its label file, with empty labels. Refuses to touch a file
    /// that already holds a label: labels are made by people and are never regenerated over.
    /// </summary>
    public static int Dump()
    {
        var status = 0;
        foreach (var application in CorpusApplication.All())
        {
            if (!application.HasSources)
            {
                Console.WriteLine($"{application.Id}: no sources; run tests/RealWorld/extract.sh first");
                status = 1;
                continue;
            }

            if (File.Exists(application.LabelsPath) && LabelFile.Read(application.LabelsPath).Any(row => row.Label.Length > 0))
            {
                Console.WriteLine($"{application.Id}: {application.LabelsPath} already holds labels; not overwritten");
                status = 1;
                continue;
            }

            var members = CandidateMembers.Find(CorpusCompilation.Compile(application));
            var duplicates = members.GroupBy(member => member.Key).Where(group => group.Count() > 1).Select(group => group.Key.ToString()).ToList();
            if (duplicates.Count > 0)
            {
                Console.WriteLine($"{application.Id}: members that the labels could not tell apart: {string.Join("; ", duplicates)}");
                status = 1;
                continue;
            }

            var rows = members.Select(member => new LabelRow(LabelFile.SplitOf(member.Key.File), member.Key.File, member.Line, member.Key.Type,
                member.Key.Member, member.MemberType, string.Empty, string.Empty, string.Empty)).ToList();
            LabelFile.Write(application.LabelsPath, rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{application.Id}: {rows.Count} members in {rows.Select(row => row.File).Distinct().Count()} files " +
                $"(train {rows.Count(row => row.Split == LabelFile.Train)}, holdout {rows.Count(row => row.Split == LabelFile.Holdout)}) -> {application.LabelsPath}"));
        }

        return status;
    }

    /// <summary>
    /// Scores PII003 on one split (train, holdout or all) per application and pooled, with PII003's own time per
    /// member (median of <paramref name="rounds"/> runs after a warm-up run). The false positives and negatives of the
    /// holdout are shown only when asked twice: the holdout is for measuring, not for tuning.
    /// </summary>
    public static int Score(string[] args, int rounds = 3)
    {
        var split = args.FirstOrDefault(arg => !arg.StartsWith("--", StringComparison.Ordinal)) ?? LabelFile.Train;
        var details = args.Contains("--details");
        if (split is not (LabelFile.Train or LabelFile.Holdout or "all"))
        {
            Console.Error.WriteLine($"Unknown split '{split}': train, holdout or all.");
            return 2;
        }

        if (details && split != LabelFile.Train && !args.Contains("--show-holdout"))
        {
            Console.Error.WriteLine("--details on the holdout lists the members it is measured on; add --show-holdout if that is really meant.");
            return 2;
        }

        var scores = new List<Pii003Score>();
        var status = 0;
        double totalMilliseconds = 0;
        var totalMembers = 0;
        foreach (var application in CorpusApplication.All())
        {
            if (!application.HasSources)
            {
                Console.WriteLine($"{application.Id}: skipped, no sources; run tests/RealWorld/extract.sh");
                continue;
            }

            var compilation = CorpusCompilation.Compile(application);
            var candidates = CandidateMembers.Find(compilation).Count;
            var rows = LabelFile.Read(application.LabelsPath);
            var runs = Enumerable.Range(0, rounds + 1).Select(_ => Pii003Run.RunAsync(compilation).GetAwaiter().GetResult()).ToList();
            var run = runs[0];
            var milliseconds = Measurements.Median(runs.Skip(1).Select(measured => measured.AnalyzerTime.TotalMilliseconds).ToList());
            totalMilliseconds += milliseconds;
            totalMembers += candidates;

            foreach (var stray in run.NotInLabels(rows))
            {
                Console.WriteLine($"{application.Id}: reported but not in the labels (a harness bug): {stray}");
                status = 1;
            }

            var score = Pii003Score.Of(application.Id, rows.Where(row => split == "all" || row.Split == split), run.Reported);
            scores.Add(score);
            Console.WriteLine(score + string.Create(CultureInfo.InvariantCulture, $"  PII003 {milliseconds * 1000 / candidates,6:F1} µs/member"));
            if (details)
            {
                PrintErrors(score);
            }
        }

        if (scores.Count > 0)
        {
            Console.WriteLine(Pii003Score.Pooled(scores) + string.Create(CultureInfo.InvariantCulture,
                $"  PII003 {totalMilliseconds * 1000 / Math.Max(1, totalMembers),6:F1} µs/member ({totalMilliseconds:F0} ms for {totalMembers} members, median of {rounds})"));
        }

        return status;
    }

    private static void PrintErrors(Pii003Score score)
    {
        foreach (var error in score.FalsePositives.Concat(score.FalseNegatives).OrderBy(error => error.Row.File, StringComparer.Ordinal).ThenBy(error => error.Row.Line))
        {
            var row = error.Row;
            var verdict = error.Reported is { } reported ? $"reported {reported.Category}: {reported.Message}" : "not reported";
            Console.WriteLine($"  {(error.Reported is null ? "FN" : "FP")} {row.File}:{row.Line} {row.Type}.{row.Member} ({row.MemberType}) " +
                              $"labelled {row.Label}{(row.Category.Length > 0 ? "/" + row.Category : string.Empty)}; {verdict}");
        }
    }
}
