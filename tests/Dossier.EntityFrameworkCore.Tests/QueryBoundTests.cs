using System.IO;
using Dossier.EntityFrameworkCore.TestSchema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests;

/// <summary>
/// Loading a subject takes one query for the subject and one per foreign key and batch of
/// <see cref="PersonalDataDbContextExtensions.KeyBatchSize"/> keys, however many rows it finds: 10,000 rows in ten
/// tables (five that refer to the subject, five that refer to those) take 11 queries.
/// </summary>
public sealed class QueryBoundTests(QueryBoundTests.Bulk bulk) : IClassFixture<QueryBoundTests.Bulk>
{
    [Fact]
    public async Task Ten_thousand_rows_in_ten_tables_load_in_eleven_queries()
    {
        using var context = bulk.Open();
        bulk.Queries.Reset();

        var graph = await context.LoadPersonalDataAsync<BulkOwner>(owner => owner.Id == bulk.Thousand);
        var export = graph!.Export();

        Assert.Equal(11, bulk.Queries.Count);
        Assert.Equal(10, graph.Rows.Count);
        Assert.Equal(10_000, graph.Rows.Sum(rows => rows.Count));
        Assert.Equal(1000, export["Far3"]!.Value.Items.Count);
        Assert.DoesNotContain("more-", export.ToJson(), StringComparison.Ordinal);
        Assert.Contains("thousand-0-near4-999-far", export.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_keys_than_a_batch_take_one_query_per_batch_never_one_per_row()
    {
        using var context = bulk.Open();
        bulk.Queries.Reset();

        var graph = await context.LoadPersonalDataAsync<BulkOwner>(owner => owner.Id == bulk.TwoAndAHalfThousand);

        // The subject, five tables by one key each, and five tables by 2,500 keys each in batches of 1,000.
        Assert.Equal(1 + 5 + 5 * 3, bulk.Queries.Count);
        Assert.Equal(25_000, graph!.Rows.Sum(rows => rows.Count));
    }

    /// <summary>One owner with 1,000 rows in each of the ten tables, one with 2,500, in a SQLite file.</summary>
    public sealed class Bulk : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "dossier-bulk-" + Guid.NewGuid().ToString("N") + ".db");

        public Bulk()
        {
            using var context = Open();
            context.Database.EnsureCreated();
            Thousand = context.Seed(owners: 1, rowsPerTable: 1000, name: "thousand");
            TwoAndAHalfThousand = context.Seed(owners: 1, rowsPerTable: 2500, name: "more");
        }

        public QueryCounter Queries { get; } = new();

        public int Thousand { get; }

        public int TwoAndAHalfThousand { get; }

        public BulkContext Open() => new(new DbContextOptionsBuilder<BulkContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString())
            .AddInterceptors(Queries)
            .Options);

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_path);
        }
    }
}
