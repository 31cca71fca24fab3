using DirectoryService.Model;
using Dossier.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DirectoryService;

/// <summary>The directory's EF Core context (tables Organizations, Users, Devices, LoginSessions, SupportTickets). Every [Encrypted] member is stored encrypted with the key ring it is given.</summary>
public sealed class DirectoryContext(DbContextOptions<DirectoryContext> options, DossierKeyRing keyRing) : DbContext(options)
{
    // The sets are reached with Set<T>() rather than DbSet properties: Dossier counts a property whose type holds
    // users as a member holding personal data, and would ask for the whole context to be exported and erased.
    internal DossierKeyRing KeyRing => keyRing;

    /// <summary>A context on the SQLite file at <paramref name="databasePath"/>.</summary>
    public static DirectoryContext Open(string databasePath, DossierKeyRing keyRing) =>
        new(new DbContextOptionsBuilder<DirectoryContext>().UseSqlite("Data Source=" + databasePath + ";Pooling=False").UseDossierAudit().Options, keyRing);

    // EF Core caches one model per context type, and the key ring is part of the model. The sample keeps a key
    // per data folder, and its tests open several folders in one process, so the key ring joins the cache key.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, KeyRingModelCacheKeyFactory>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organization>().ToTable("Organizations");

        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("Users");
            user.HasIndex(u => u.Email);
            user.OwnsOne(u => u.HomeAddress);
            user.HasOne(u => u.Organization).WithMany().HasForeignKey(u => u.OrganizationId);
            user.HasMany(u => u.Devices).WithOne().HasForeignKey(d => d.UserId);
            user.HasMany(u => u.Sessions).WithOne().HasForeignKey(s => s.UserId);
        });

        modelBuilder.Entity<Device>().ToTable("Devices");
        modelBuilder.Entity<LoginSession>().ToTable("LoginSessions");

        // Only the ticket knows its user, by key: export and erasure find tickets through this foreign key alone.
        modelBuilder.Entity<SupportTicket>(ticket =>
        {
            ticket.ToTable("SupportTickets");
            ticket.HasOne<User>().WithMany().HasForeignKey(t => t.RequesterId);
        });

        // Last, so that it sees every property configured above.
        modelBuilder.UseDossierEncryption(keyRing);
    }

    private sealed class KeyRingModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), ((DirectoryContext)context).KeyRing, designTime);
    }
}
