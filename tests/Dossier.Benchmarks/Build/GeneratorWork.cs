using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Dossier.Benchmarks.Build;

/// <summary>Reads a generator run's tracked steps: which of them did new work.</summary>
public static class GeneratorWork
{
    // Roslyn tracks steps of its own too (the compilation, the attribute search); those change with every edit.
    private static readonly HashSet<string> DossierSteps = new(
        typeof(Dossier.Generators.PersonalDataGenerator.Steps).GetFields().Select(field => (string)field.GetRawConstantValue()!));

    /// <summary>
    /// Every output of Dossier's own steps (<see cref="Dossier.Generators.PersonalDataGenerator.Steps"/>) and of its
    /// source outputs whose reason is neither
    /// <see cref="IncrementalStepRunReason.Cached"/> nor <see cref="IncrementalStepRunReason.Unchanged"/>, as
    /// "step: reason". Empty when the run reused everything it had.
    /// </summary>
    public static IReadOnlyList<string> NewWork(GeneratorRunResult result) =>
        result.TrackedSteps.Where(step => DossierSteps.Contains(step.Key)).Concat(result.TrackedOutputSteps)
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(output => (Step: step.Key, output.Reason)))
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(output => output.Step + ": " + output.Reason)
            .Distinct()
            .OrderBy(line => line, System.StringComparer.Ordinal)
            .ToList();

    /// <summary>How many outputs each step produced, by reason, as "step reason count" lines.</summary>
    public static IReadOnlyList<string> Summary(GeneratorRunResult result) =>
        result.TrackedSteps.Concat(result.TrackedOutputSteps)
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(output => step.Key + " " + output.Reason))
            .GroupBy(line => line)
            .Select(group => group.Key + " " + group.Count())
            .OrderBy(line => line, System.StringComparer.Ordinal)
            .ToList();
}
