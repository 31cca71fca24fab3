using System.Collections.Generic;
using System.Linq;

namespace Dossier.Benchmarks.Build;

/// <summary>How the build benchmarks that time by hand summarize their rounds.</summary>
public static class Measurements
{
    /// <summary>
    /// The median (the upper one of an even count): on a shared machine one slow round moves a mean far more.
    /// </summary>
    public static double Median(IReadOnlyCollection<double> values) => values.OrderBy(value => value).ElementAt(values.Count / 2);
}
