using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.TestSchema;

/// <summary>The context of <c>Club.cs</c>, with Dossier's encryption applied last.</summary>
public sealed class ClubContext(DbContextOptions<ClubContext> options, DossierKeyRing keyRing) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ClubMember>();
        modelBuilder.Entity<PremiumMember>();
        modelBuilder.Entity<MemberCard>().HasOne<ClubMember>().WithMany().HasForeignKey(card => card.ClubMemberId);
        modelBuilder.Entity<Visit>().HasOne<ClubMember>().WithMany().HasForeignKey(visit => visit.ClubMemberId);
        modelBuilder.UseDossierEncryption(keyRing);
    }
}
