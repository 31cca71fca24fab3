using Dossier.EntityFrameworkCore.TestSchema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests;

/// <summary>
/// Deleting a string declared never null leaves the empty string, which the NOT NULL column EF Core maps it to accepts:
/// the erasure is saved, and the row holds nothing of the person.
/// </summary>
public sealed class RequiredColumnErasureTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RequiredColumnErasureTests()
    {
        _connection.Open();
        using var context = Newsletter();
        context.Database.EnsureCreated();
        context.Subscribers.Add(new Subscriber { Email = "ada@example.org", DisplayName = "Ada", City = "London" });
        context.SaveChanges();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Erasing_strings_declared_never_null_saves_and_leaves_nothing_of_the_person()
    {
        using (var context = Newsletter())
        {
            var report = await context.ErasePersonalDataAsync<Subscriber>(subscriber => subscriber.Email == "ada@example.org");
            Assert.Equal(3, report!.Erased.Count());
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT Email, DisplayName, City FROM Subscribers";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("", reader.GetString(0));
        Assert.Equal("", reader.GetString(1));
        Assert.True(reader.IsDBNull(2));
    }

    private NewsletterContext Newsletter() => new(new DbContextOptionsBuilder<NewsletterContext>().UseSqlite(_connection).Options);
}
