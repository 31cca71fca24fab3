using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Dossier.EntityFrameworkCore;
using Dossier.EntityFrameworkCore.TestSchema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Benchmarks.EntityFrameworkCore;

/// <summary>
/// Times a data subject request on EF Core and SQLite for a subject with 10,000 rows in ten tables (five that refer to
/// it by foreign key, five that refer to those), beside a second subject with as many: loading, exporting to JSON,
/// and erasing with the save. Each is run a number of rounds on a fresh context; the median is reported, with the
/// number of queries loading took. A stopwatch, not BenchmarkDotNet: the work is I/O and EF Core's, seconds not nanoseconds.
/// </summary>
internal static class RelatedRowsBenchmark
{
    public static async Task<int> RunAsync(int rounds)
    {
        var path = Path.Combine(Path.GetTempPath(), "dossier-ef-bench-" + Guid.NewGuid().ToString("N") + ".db");
        var queries = new QueryCounter();
        BulkContext Open() => new(new DbContextOptionsBuilder<BulkContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString())
            .AddInterceptors(queries)
            .Options);

        try
        {
            int subject;
            using (var context = Open())
            {
                context.Database.EnsureCreated();
                subject = context.Seed(owners: 1, rowsPerTable: 1000, name: "subject");
                context.Seed(owners: 1, rowsPerTable: 1000, name: "other");
            }

            Console.WriteLine($"EF Core {typeof(DbContext).Assembly.GetName().Version}, SQLite file, 10,000 rows of the subject in 10 tables, 10,000 of another subject; {rounds} rounds, median");
            var load = new double[rounds];
            var export = new double[rounds];
            var erase = new double[rounds];
            var loadQueries = 0;
            var bytes = 0;
            for (var round = 0; round < rounds; round++)
            {
                using (var context = Open())
                {
                    queries.Reset();
                    var watch = Stopwatch.StartNew();
                    var graph = await context.LoadPersonalDataAsync<BulkOwner>(owner => owner.Id == subject);
                    load[round] = watch.Elapsed.TotalMilliseconds;
                    loadQueries = queries.Count;
                    watch.Restart();
                    bytes = graph!.Export().ToJson().Length;
                    export[round] = watch.Elapsed.TotalMilliseconds;
                }

                // Erased inside a transaction that is rolled back, so every round erases the same rows.
                using (var context = Open())
                {
                    await using var transaction = await context.Database.BeginTransactionAsync();
                    var watch = Stopwatch.StartNew();
                    var report = await context.ErasePersonalDataAsync<BulkOwner>(owner => owner.Id == subject);
                    erase[round] = watch.Elapsed.TotalMilliseconds;
                    if (report!.Erased.Count() != 10_001)
                    {
                        throw new InvalidOperationException($"Erasure reached {report.Erased.Count()} members, not 10,001.");
                    }

                    await transaction.RollbackAsync();
                }
            }

            Console.WriteLine($"  load (queries: {loadQueries})          {Median(load),9:F1} ms");
            Console.WriteLine($"  export to JSON ({bytes / 1024:N0} KiB)    {Median(export),9:F1} ms");
            Console.WriteLine($"  load, erase and save            {Median(erase),9:F1} ms");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
