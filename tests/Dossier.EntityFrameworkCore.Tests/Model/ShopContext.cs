using Dossier.EntityFrameworkCore.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests.Model;

public sealed class ShopContext(DbContextOptions<ShopContext> options, DossierKeyRing keyRing) : TestContextBase(options)
{
    public const int StreetMaxLength = 40;

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Badge> Badges => Set<Badge>();

    public DbSet<Account> Accounts => Set<Account>();

    protected override object ModelCacheKey => keyRing;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>().ToTable("Customers");
        modelBuilder.Entity<Address>().ToTable("Addresses").Property(address => address.Street).HasMaxLength(StreetMaxLength);
        modelBuilder.Entity<Order>().ToTable("Orders");
        modelBuilder.Entity<Recipient>().ToTable("Recipients");
        modelBuilder.Entity<Tag>().ToTable("Tags");
        modelBuilder.Entity<Subscription>().ToTable("Subscriptions").OwnsOne(subscription => subscription.Billing);
        modelBuilder.Entity<Badge>().ToTable("Badges");
        modelBuilder.Entity<Account>().ToTable("Accounts");
        modelBuilder.UseDossierEncryption(keyRing);
    }
}
