using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.TestSchema;

/// <summary>The context of <c>EdgeCases.cs</c>.</summary>
public sealed class EdgeCaseContext(DbContextOptions<EdgeCaseContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tenant>().HasKey(t => new { t.Region, t.Number });
        modelBuilder.Entity<Lease>().HasOne<Tenant>().WithMany().HasForeignKey(l => new { l.TenantRegion, l.TenantNumber });

        modelBuilder.Entity<Person>();
        modelBuilder.Entity<Employee>();
        modelBuilder.Entity<Comment>().HasOne<Person>().WithMany().HasForeignKey("PersonId");
        modelBuilder.Entity<Comment>().HasOne<Comment>().WithMany().HasForeignKey(c => c.ReplyToId);
        modelBuilder.Entity<Note>().HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId);
        modelBuilder.Entity<CallNote>();
        modelBuilder.Entity<Document>().UseTptMappingStrategy().ToTable("Documents").HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId);
        modelBuilder.Entity<Contract>().ToTable("Contracts");
        modelBuilder.Entity<Activity>().UseTpcMappingStrategy().HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId);
        modelBuilder.Entity<Activity>().Property(a => a.Id).ValueGeneratedNever();
        modelBuilder.Entity<SignIn>().ToTable("SignIns");

        modelBuilder.Entity<Patient>().ToTable("Patients");
        modelBuilder.Entity<PatientChart>().ToTable("Patients");
        modelBuilder.Entity<Patient>().HasOne<PatientChart>().WithOne().HasForeignKey<PatientChart>(c => c.Id);
        modelBuilder.Entity<CallRecord>().HasNoKey().ToTable("CallRecords").HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId);

        modelBuilder.Entity<Visitor>().HasNoKey().ToTable("Visitors");
        modelBuilder.Entity<ExternalNote>();
    }
}
