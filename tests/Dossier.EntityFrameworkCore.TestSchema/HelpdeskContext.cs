using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.TestSchema;

/// <summary>The help desk's context; pass an open connection's options so a test owns the database.</summary>
public sealed class HelpdeskContext(DbContextOptions<HelpdeskContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Member>(member =>
        {
            member.OwnsOne(m => m.Home);
            member.OwnsMany(m => m.Contacts, contact =>
            {
                // A key of its own: SQLite generates values only for a single-column key.
                contact.ToTable("EmergencyContacts");
                contact.Property<int>("Id");
                contact.HasKey("Id");
            });
            member.HasMany(m => m.Devices).WithOne().HasForeignKey(d => d.MemberId);
            member.HasMany(m => m.Groups).WithMany();
        });
        modelBuilder.Entity<Group>();
        modelBuilder.Entity<Agent>();
        modelBuilder.Entity<SupportTicket>(ticket =>
        {
            ticket.HasOne<Member>().WithMany().HasForeignKey(t => t.AuthorId);
            ticket.HasOne<Agent>().WithMany().HasForeignKey(t => t.AssigneeId);
        });
        modelBuilder.Entity<TicketMessage>().HasOne(m => m.Ticket).WithMany().HasForeignKey(m => m.TicketId);
        modelBuilder.Entity<MessageAttachment>().HasOne<TicketMessage>().WithMany().HasForeignKey(a => a.MessageId);
        modelBuilder.Entity<Order>(order =>
        {
            order.HasOne<Member>().WithMany().HasForeignKey(o => o.MemberId);
            order.OwnsOne(o => o.ShipTo);
        });
        modelBuilder.Entity<OrderLine>().HasOne<Order>().WithMany().HasForeignKey(l => l.OrderId);
        modelBuilder.Entity<ArticleVote>().HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId);
        modelBuilder.Entity<Payment>();
        modelBuilder.Entity<Invoice>();
    }
}
