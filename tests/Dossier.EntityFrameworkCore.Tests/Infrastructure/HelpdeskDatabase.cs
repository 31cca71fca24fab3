using System.IO;
using Dossier.EntityFrameworkCore.TestSchema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dossier.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>
/// A help desk database in a SQLite file of its own, seeded with people whose every tagged value starts with their
/// name, so a raw scan can tell whose a value is.
/// </summary>
public sealed class HelpdeskDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "dossier-helpdesk-" + Guid.NewGuid().ToString("N") + ".db");

    public HelpdeskDatabase()
    {
        using var context = Open();
        context.Database.EnsureCreated();
    }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    /// <summary>A context on the file; <paramref name="interceptor"/> sees every command it runs.</summary>
    public HelpdeskContext Open(IInterceptor? interceptor = null)
    {
        var options = new DbContextOptionsBuilder<HelpdeskContext>().UseSqlite(ConnectionString);
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        return new HelpdeskContext(options.Options);
    }

    /// <summary>Adds a member with a bit of everything, every tagged value starting with <paramref name="name"/>.</summary>
    public int AddMember(string name, Agent agent, Group group)
    {
        using var context = Open();
        context.Attach(agent);
        context.Attach(group);
        var member = new Member
        {
            Email = name + "-mail@example.org",
            Name = name + "-name",
            Phone = name + "-phone",
            LoyaltyNumber = name + "-loyalty",
            Home = new PostalAddress { Street = name + "-street", City = name + "-city" },
            Contacts = [new EmergencyContact { Name = name + "-contact", Phone = name + "-contact-phone" }],
            Devices = [new Device { Label = name + "-laptop" }],
            Groups = [group],
        };
        context.Add(member);
        context.SaveChanges();

        for (var t = 1; t <= 2; t++)
        {
            var ticket = new SupportTicket { AuthorId = member.Id, AssigneeId = agent.Id, Subject = $"{name}-ticket{t}-subject", Body = $"{name}-ticket{t}-body" };
            context.Add(ticket);
            context.SaveChanges();
            var message = new TicketMessage { TicketId = ticket.Id, Text = $"{name}-ticket{t}-message" };
            context.Add(message);
            context.SaveChanges();
            context.Add(new MessageAttachment { MessageId = message.Id, FileName = $"{name}-ticket{t}-attachment.pdf" });
        }

        var order = new Order { MemberId = member.Id, Total = 42.5m, ShipTo = new ShipTo { Recipient = name + "-recipient", Street = name + "-ship-street" } };
        context.Add(order);
        context.SaveChanges();
        context.Add(new OrderLine { OrderId = order.Id, Product = "Widget", GiftMessage = name + "-gift" });
        context.Add(new ArticleVote { MemberId = member.Id, ArticleId = 7 });
        context.Add(new ArticleVote { MemberId = member.Id, ArticleId = 8 });
        context.Add(new Invoice { BillingEmail = member.Email, BillingAddress = name + "-billing-address", Amount = 42.5m });
        context.Add(new Payment { PayerId = member.Id, CardHolder = name + "-cardholder", PaidAt = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc) });
        context.SaveChanges();
        return member.Id;
    }

    /// <summary>Every row of every table, read with ADO.NET alone: table name, then each row's cells as text.</summary>
    public Dictionary<string, List<string?[]>> Dump() => RawScan.Dump(ConnectionString);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
