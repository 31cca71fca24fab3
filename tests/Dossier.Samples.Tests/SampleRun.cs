using DirectoryService;
using Microsoft.Data.Sqlite;

namespace Dossier.Samples.Tests;

/// <summary>
/// A data folder of its own for the sample, the text its commands print, and a raw view of its SQLite file that
/// owes nothing to the sample's code.
/// </summary>
public sealed class SampleRun : IDisposable
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "dossier-sample-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(DataDirectory, DirectoryApp.DatabaseFileName);

    /// <summary>Runs one command; returns its exit code and everything it printed.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await DirectoryApp.RunAsync(args, DataDirectory, output);
        return (exitCode, output.ToString());
    }

    /// <summary>Every row of <paramref name="table"/> matching <paramref name="where"/>, as column name to stored value.</summary>
    public List<Dictionary<string, object?>> Rows(string table, string where = "1 = 1")
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE {where} ORDER BY \"Id\"";
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The one user row with <paramref name="column"/> = <paramref name="value"/> (test-chosen literals only).</summary>
    public Dictionary<string, object?> User(string column, string value) => Assert.Single(Rows("Users", $"\"{column}\" = '{value}'"));

    /// <summary>A context on the sample's database with the keys the sample made.</summary>
    public DirectoryContext OpenContext() => DirectoryContext.Open(DatabasePath, SampleKeys.LoadOrCreate(DataDirectory).KeyRing);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
