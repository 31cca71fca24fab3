using System.Security.Cryptography;
using Dossier.EntityFrameworkCore.Tests.Infrastructure;
using Dossier.EntityFrameworkCore.TestSchema;

namespace Dossier.EntityFrameworkCore.Tests;

/// <summary>
/// The proof that a data subject request finds every row of a person: rows linked only by a foreign key, rows with a
/// navigation on their own side only, a many-to-many join, owned types, rows two and three keys away, a link that is no
/// foreign key, and tables shared with another member and another kind of data subject. After erasure, a raw scan of
/// every table and column finds none of the person's values but those reported as retained.
/// </summary>
public sealed class ErasureProofTests : IDisposable
{
    private readonly HelpdeskDatabase _database = new();
    private readonly ErasureOptions _options = new() { PseudonymizationKey = RandomNumberGenerator.GetBytes(32) };
    private readonly int _alice;

    public ErasureProofTests()
    {
        var agent = new Agent { Name = "agent-name" };
        var group = new Group { Title = "Chess club" };
        using (var context = _database.Open())
        {
            context.AddRange(agent, group);
            context.SaveChanges();
        }

        _alice = _database.AddMember("alice", agent, group);
        _database.AddMember("bob", agent, group);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_export_holds_every_tagged_value_of_the_person_and_none_of_anyone_else()
    {
        using var context = _database.Open();

        var record = await context.ExportPersonalDataAsync<Member>(member => member.Id == _alice);

        var values = Scalars(record!).Select(value => value.Value).ToList();
        var stored = StoredValues("alice");
        Assert.Equal(stored.Order(StringComparer.Ordinal), values.Where(value => value.StartsWith("alice", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(values, value => value.StartsWith("bob", StringComparison.Ordinal) || value.StartsWith("agent", StringComparison.Ordinal));
        // The member's own members, then one per entity type whose rows refer to the member and are not reached through
        // the member's navigations (devices are), by name.
        Assert.Equal(
            ["Email", "Name", "Phone", "LoyaltyNumber", "Home", "Contacts", "Devices", "Invoice", "MessageAttachment", "Order", "OrderLine", "Payment", "SupportTicket", "TicketMessage"],
            record!.Entries.Select(entry => entry.Member.Name));
        Assert.Empty(context.ChangeTracker.Entries());
    }

    [Fact]
    public async Task After_erasure_a_raw_scan_finds_only_the_values_reported_as_retained()
    {
        List<(PersonalDataMember Member, string Value)> exported;
        ErasureReport report;
        using (var context = _database.Open())
        {
            exported = Scalars((await context.ExportPersonalDataAsync<Member>(member => member.Id == _alice))!);
            report = (await context.ErasePersonalDataAsync<Member>(member => member.Id == _alice, _options))!;
        }

        var retained = exported.Where(value => value.Member.Erasure == Erasure.Retain).Select(value => value.Value).ToHashSet();
        Assert.Equal(["alice-loyalty"], retained);
        Assert.Equal(Member.LoyaltyReason, Assert.Single(report.Retained).RetentionReason);
        var cells = _database.Dump().SelectMany(table => table.Value.SelectMany(row => row.Select(cell => (Table: table.Key, Cell: cell)))).ToList();
        foreach (var (_, value) in exported.Where(value => !retained.Contains(value.Value)))
        {
            Assert.DoesNotContain(cells, cell => cell.Cell is not null && cell.Cell.Contains(value, StringComparison.Ordinal));
        }

        Assert.Equal(["alice-loyalty"], cells.Where(cell => cell.Cell?.Contains("alice", StringComparison.Ordinal) == true).Select(cell => cell.Cell));
    }

    [Fact]
    public async Task Erasure_changes_only_rows_that_held_the_persons_values()
    {
        var before = _database.Dump();

        using (var context = _database.Open())
        {
            await context.ErasePersonalDataAsync<Member>(member => member.Id == _alice, _options);
        }

        var after = _database.Dump();
        Assert.Equal(before.Keys, after.Keys);
        var changed = 0;
        foreach (var (table, rows) in before)
        {
            Assert.Equal(rows.Count, after[table].Count);
            for (var i = 0; i < rows.Count; i++)
            {
                if (!rows[i].SequenceEqual(after[table][i]))
                {
                    // Bob's rows, the agent's, the shared group and every row that held none of Alice's values stay as they were.
                    Assert.Contains(rows[i], cell => cell?.StartsWith("alice", StringComparison.Ordinal) == true);
                    changed++;
                }
            }
        }

        Assert.True(changed >= 10, $"Only {changed} rows changed.");
        // Bob's e-mail address is stored twice: in his row and copied into his invoice.
        Assert.Equal(StoredValues("bob").Count + 1, after.Values.SelectMany(rows => rows).SelectMany(row => row).Count(cell => cell?.StartsWith("bob", StringComparison.Ordinal) == true));
        Assert.Contains(after["Agent"], row => row.Contains("agent-name"));
    }

    [Fact]
    public async Task Rows_that_hold_only_the_key_are_kept_and_counted()
    {
        using var context = _database.Open();

        var graph = await context.LoadPersonalDataAsync<Member>(member => member.Id == _alice);
        graph!.Erase(_options);
        await context.SaveChangesAsync();

        Assert.Equal(["ArticleVote", "GroupMember"], graph.Rows.Where(rows => !rows.HoldsPersonalData).Select(rows => rows.Name));
        Assert.Equal(3, graph.KeyOnlyRowCount);
        Assert.Equal(4, _database.Dump()["ArticleVote"].Count);
    }

    [Fact]
    public async Task A_depth_of_one_stops_at_the_rows_that_point_at_the_person()
    {
        using var context = _database.Open();

        var graph = await context.LoadPersonalDataAsync<Member>(member => member.Id == _alice, maxForeignKeyDepth: 1);

        Assert.Equal(["ArticleVote", "Device", "GroupMember", "Invoice", "Order", "Payment", "SupportTicket"], graph!.Rows.Select(rows => rows.Name));
    }

    /// <summary>What the seeding stored for a person: every tagged value, each starting with the person's name.</summary>
    private static List<string> StoredValues(string name) =>
    [
        name + "-mail@example.org", name + "-name", name + "-phone", name + "-loyalty", name + "-street", name + "-city",
        name + "-contact", name + "-contact-phone", name + "-laptop",
        name + "-ticket1-subject", name + "-ticket1-body", name + "-ticket1-message", name + "-ticket1-attachment.pdf",
        name + "-ticket2-subject", name + "-ticket2-body", name + "-ticket2-message", name + "-ticket2-attachment.pdf",
        name + "-recipient", name + "-ship-street", name + "-gift", name + "-cardholder", name + "-billing-address",
    ];

    /// <summary>Every scalar string in an export, with the member that holds it.</summary>
    private static List<(PersonalDataMember Member, string Value)> Scalars(PersonalDataRecord record)
    {
        var values = new List<(PersonalDataMember, string)>();
        Collect(record, values);
        return values;
    }

    private static void Collect(PersonalDataRecord record, List<(PersonalDataMember, string)> values)
    {
        foreach (var entry in record.Entries)
        {
            Collect(entry.Member, entry.Value, values);
        }
    }

    private static void Collect(PersonalDataMember member, PersonalDataValue value, List<(PersonalDataMember, string)> values)
    {
        switch (value.Kind)
        {
            case PersonalDataValueKind.Scalar when value.Scalar is string text:
                values.Add((member, text));
                break;
            case PersonalDataValueKind.Record:
                Collect(value.Record!, values);
                break;
            case PersonalDataValueKind.List:
                foreach (var item in value.Items)
                {
                    Collect(member, item, values);
                }

                break;
        }
    }
}
