using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DirectoryService.Model;
using Dossier;
using Dossier.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DirectoryService;

/// <summary>One open database and the commands that work on it.</summary>
internal sealed class DirectoryCommands(string databasePath, SampleKeys keys, TextWriter output)
{
    private readonly RawDatabase _raw = new(databasePath);

    private DirectoryContext NewContext() => DirectoryContext.Open(databasePath, keys.KeyRing);

    /// <summary>Creates and seeds the database if it is new; with <paramref name="reseed"/>, adds back seeded users erased since.</summary>
    public async Task OpenAsync(bool reseed)
    {
        await using var db = NewContext();
        var created = await db.Database.EnsureCreatedAsync();
        if (!created && !await HasTheCurrentSchemaAsync(db))
        {
            // A database an earlier version of the sample made: it is demo data, so start it afresh.
            await db.Database.EnsureDeletedAsync();
            created = await db.Database.EnsureCreatedAsync();
        }

        var added = created || reseed ? await SeedData.EnsureSeededAsync(db) : 0;
        output.WriteLine($"Database  {databasePath}");
        output.WriteLine(created ? $"          created, {added} users added"
            : added > 0 ? $"          {added} demo users added again" : "          already seeded");
        output.WriteLine($"Keys      {keys.Path}{(keys.Created ? " (made on this first run)" : "")}");
        output.WriteLine("          The sample keeps its keys beside the database so it runs with no setup. A real application");
        output.WriteLine("          loads them from a secret store, never from where the data lives (docs/security-encryption.md).");
        output.WriteLine();
    }

    private static async Task<bool> HasTheCurrentSchemaAsync(DirectoryContext db)
    {
        try
        {
            // Reading a whole row names every column, so a table that lacks a newer one fails here too.
            await db.Set<User>().AsNoTracking().FirstOrDefaultAsync();
            await db.Set<SupportTicket>().AsNoTracking().FirstOrDefaultAsync();
            return true;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
    }

    public async Task<int> ExportAsync(string email, string dataDirectory)
    {
        await using var db = NewContext();
        var record = await db.ExportPersonalDataAsync<User>(user => user.Email == email);
        if (record is null)
        {
            return NotFound(email);
        }

        var path = DirectoryApp.ExportPath(dataDirectory, email);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, record.ToJson());
        output.WriteLine($"   Wrote {path}");
        output.WriteLine("   It holds each value with its category, purpose, legal basis, retention and recipients, decrypted;");
        output.WriteLine("   the password hash is left out (Export = false). Support tickets refer to the user by a foreign key");
        output.WriteLine("   alone, with no navigation: Dossier finds them through the model and exports them as \"SupportTicket\".");
        return DirectoryApp.Success;
    }

    public async Task ShowEncryptionAsync(string email)
    {
        await using var db = NewContext();
        var user = await db.Set<User>().AsNoTracking().SingleAsync(u => u.Email == email);
        var row = _raw.Row("Users", user.Id)!;
        output.WriteLine($"   {nameof(User.NationalId)} through EF Core:  {user.NationalId}");
        output.WriteLine($"   {nameof(User.NationalId)} in the file:      {RowPrinter.Format(row[nameof(User.NationalId)])}  (AES-256-GCM ciphertext)");
    }

    /// <summary>Erases everything held about the user (Art. 17) and shows the report and the raw rows before and after.</summary>
    public Task<int> EraseAsync(string email) => EraseAndShowAsync(email, keys.ErasureOptions);

    /// <summary>
    /// The user withdraws consent to <paramref name="activity"/> (Art. 7(3)): erases only what serves that activity
    /// alone and shows the report, with what is kept for other activities, and the raw rows before and after.
    /// </summary>
    public async Task<int> WithdrawAsync(string email, string activity)
    {
        try
        {
            return await EraseAndShowAsync(email, keys.ErasureOptions.ForActivity(activity));
        }
        catch (ArgumentException undeclared) when (string.Equals(undeclared.ParamName, nameof(ErasureOptions.Activity), StringComparison.OrdinalIgnoreCase))
        {
            // Dossier checks the name against the activities the assembly declares before it changes anything.
            output.WriteLine($"error: {undeclared.Message}");
            return DirectoryApp.UnknownActivity;
        }
    }

    private async Task<int> EraseAndShowAsync(string email, ErasureOptions options)
    {
        int id;
        await using (var db = NewContext())
        {
            var found = await db.Set<User>().Where(u => u.Email == email).Select(u => (int?)u.Id).SingleOrDefaultAsync();
            if (found is null)
            {
                return NotFound(email);
            }

            id = found.Value;
        }

        var before = RawRows(id);
        ErasureReport report;
        await using (var db = NewContext())
        {
            report = (await db.ErasePersonalDataAsync<User>(user => user.Id == id, options))!;
        }

        output.WriteLine();
        foreach (var line in report.ToString().TrimEnd().Split('\n'))
        {
            output.WriteLine("   " + line.TrimEnd('\r'));
        }

        output.WriteLine();
        output.WriteLine($"   What the file holds now, read with Microsoft.Data.Sqlite (no EF Core, no keys):");
        var after = RawRows(id);
        var unchanged = new List<string>();
        for (var i = 0; i < after.Length; i++)
        {
            unchanged.AddRange(RowPrinter.PrintChanges(output, after[i].Table, before[i].Rows, after[i].Rows));
        }

        if (unchanged.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"   Unchanged: {string.Join(", ", unchanged)}");
        }

        return DirectoryApp.Success;
    }

    private (string Table, IReadOnlyList<RawRow> Rows)[] RawRows(int id) =>
    [
        ("Users", _raw.Rows("Users", "Id", id)),
        ("Devices", _raw.Rows("Devices", "UserId", id)),
        ("LoginSessions", _raw.Rows("LoginSessions", "UserId", id)),
        ("SupportTickets", _raw.Rows("SupportTickets", "RequesterId", id)),
    ];

    private int NotFound(string email)
    {
        output.WriteLine($"error: no user has the e-mail address '{email}'.");
        output.WriteLine($"       Seeded users: {SeedData.ExportedEmail}, {SeedData.ErasedEmail}, {SeedData.UntouchedEmail}. An erased user's");
        output.WriteLine("       address is pseudonymized, so it is not found again.");
        return DirectoryApp.UnknownPerson;
    }
}
