using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dossier.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>Reads a SQLite database with ADO.NET alone, no EF Core and no keys: what a person's data really left behind.</summary>
internal static class RawScan
{
    /// <summary>Every row of every table: table name, then each row's cells as text.</summary>
    public static Dictionary<string, List<string?[]>> Dump(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new Dictionary<string, List<string?[]>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string?[]>();
            while (reader.Read())
            {
                rows.Add(Cells(reader));
            }

            dump[table] = rows;
        }

        return dump;
    }

    private static string?[] Cells(DbDataReader reader)
    {
        var cells = new string?[reader.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
        }

        return cells;
    }
}
