using System.IO;
using Dossier.EntityFrameworkCore.Tests.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>A SQLite file of its own per test, read through EF Core and, to see what is really stored, through raw SQL.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "dossier-efcore-" + Guid.NewGuid().ToString("N") + ".db");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    public ShopContext Shop(DossierKeyRing keyRing) =>
        new(new DbContextOptionsBuilder<ShopContext>().UseSqlite(ConnectionString).Options, keyRing);

    /// <summary>A shop context whose database exists, with the schema created.</summary>
    public ShopContext NewShop(DossierKeyRing keyRing)
    {
        var context = Shop(keyRing);
        context.Database.EnsureCreated();
        return context;
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    public void Execute(string sql, params (string Name, object? Value)[] parameters) => Scalar(sql, parameters);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}
