using System.Collections.Generic;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace DirectoryService;

/// <summary>
/// Reads the SQLite file directly, without EF Core and without keys: what a stolen backup or a curious operator
/// would see.
/// </summary>
public sealed class RawDatabase(string databasePath)
{
    /// <summary>Every column of the rows of <paramref name="table"/> where <paramref name="column"/> equals <paramref name="value"/>, in key order.</summary>
    public IReadOnlyList<RawRow> Rows(string table, string column, object value)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();

        // Table and column names come from this program, never from user input; the value is a parameter.
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{column}\" = $value ORDER BY \"Id\"";
        command.Parameters.AddWithValue("$value", value);

        var rows = new List<RawRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new List<KeyValuePair<string, object?>>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Add(new(reader.GetName(i), reader.IsDBNull(i) ? null : reader.GetValue(i)));
            }

            rows.Add(new RawRow(row));
        }

        return rows;
    }

    /// <summary>The one row of <paramref name="table"/> with the key <paramref name="id"/>, or <c>null</c>.</summary>
    public RawRow? Row(string table, int id)
    {
        var rows = Rows(table, "Id", id);
        return rows.Count == 0 ? null : rows[0];
    }
}

/// <summary>One row as SQLite returns it: column names and stored values, <c>null</c> for NULL.</summary>
public sealed class RawRow(IReadOnlyList<KeyValuePair<string, object?>> columns)
{
    public IReadOnlyList<KeyValuePair<string, object?>> Columns { get; } = columns;

    /// <summary>The stored value of <paramref name="column"/>.</summary>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public object? this[string column] =>
        Columns.FirstOrDefault(pair => pair.Key == column) is { Key: not null } pair ? pair.Value
            : throw new KeyNotFoundException($"No column '{column}'.");
}
