using System.IO;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests;

/// <summary>
/// Registers the process-wide audit log, and other tests export and erase in parallel: this collection runs alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AuditCollection
{
    public const string Name = "Audit log";
}

[Collection(AuditCollection.Name)]
public sealed class AuditTrailTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "dossier-audit-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly InMemoryPersonalDataAuditLog _log = new();

    public AuditTrailTests()
    {
        using var context = Clinic();
        context.Database.EnsureCreated();
        PersonalDataAudit.Register(_log);
    }

    public void Dispose()
    {
        PersonalDataAudit.Unregister();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public void Inserting_records_a_write_of_each_audited_member_with_the_generated_key()
    {
        using var context = Clinic();
        var patient = new Patient { Diagnosis = "influenza", Notes = "prefers mornings", Ward = "B" };

        using (PersonalDataAudit.BeginScope("nurse:9", "admission"))
        {
            context.Patients.Add(patient);
            context.SaveChanges();
        }

        var write = Assert.Single(_log.Events);
        Assert.Equal(PersonalDataAccessKind.Write, write.Kind);
        Assert.Equal(("Patient", "Diagnosis"), (write.DataSubject, write.Member));
        Assert.Equal(patient.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), write.SubjectId);
        Assert.NotEqual("0", write.SubjectId);
        Assert.Equal(("nurse:9", "admission"), (write.Actor, write.Reason));
        Assert.Equal(typeof(Patient).FullName, write.TypeName);
    }

    [Fact]
    public async Task Updating_records_only_the_audited_members_that_changed()
    {
        var id = await SeedAsync();
        using var context = Clinic();
        var patient = await context.Patients.SingleAsync(p => p.Id == id);

        patient.Notes = "prefers evenings";
        await context.SaveChangesAsync();
        Assert.Empty(_log.Events);

        patient.Diagnosis = "bronchitis";
        await context.SaveChangesAsync();

        var write = Assert.Single(_log.Events);
        Assert.Equal(("Diagnosis", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (write.Member, write.SubjectId));
    }

    [Fact]
    public void Audited_on_the_type_covers_its_personal_data_members()
    {
        using var context = Clinic();
        context.Prescriptions.Add(new Prescription { Code = "RX-7", Drug = "amoxicillin", Dose = "500 mg" });
        context.SaveChanges();

        Assert.Equal(new[] { "Dose", "Drug" }, _log.Events.Select(write => write.Member).Order(StringComparer.Ordinal));
        Assert.All(_log.Events, write => Assert.Equal(("Prescription", "RX-7"), (write.DataSubject, write.SubjectId)));
    }

    [Fact]
    public void Events_hold_no_personal_values()
    {
        using (var context = Clinic())
        {
            context.Patients.Add(new Patient { Diagnosis = "influenza", Notes = "prefers mornings" });
            context.Prescriptions.Add(new Prescription { Code = "RX-8", Drug = "amoxicillin", Dose = "500 mg" });
            context.SaveChanges();
        }

        Assert.Equal(3, _log.Events.Count);
        Assert.All(_log.Events, write =>
        {
            var text = string.Join("|", write.ToString(), write.TypeName, write.Member, write.SubjectId, write.DataSubject);
            Assert.DoesNotContain("influenza", text, StringComparison.Ordinal);
            Assert.DoesNotContain("amoxicillin", text, StringComparison.Ordinal);
            Assert.DoesNotContain("500 mg", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_failed_save_records_nothing_and_no_log_means_no_events()
    {
        using (var context = Clinic())
        {
            context.Prescriptions.Add(new Prescription { Code = "RX-1", Drug = "a", Dose = "1" });
            context.SaveChanges();
        }

        _log.Clear();
        using (var context = Clinic())
        {
            context.Prescriptions.Add(new Prescription { Code = "RX-1", Drug = "b", Dose = "2" });
            Assert.Throws<DbUpdateException>(() => context.SaveChanges());
        }

        Assert.Empty(_log.Events);

        PersonalDataAudit.Unregister();
        using (var context = Clinic())
        {
            context.Patients.Add(new Patient { Diagnosis = "influenza" });
            context.SaveChanges();
        }

        Assert.Empty(_log.Events);
    }

    private async Task<int> SeedAsync()
    {
        PersonalDataAudit.Unregister();
        using var context = Clinic();
        var patient = new Patient { Diagnosis = "influenza", Notes = "prefers mornings" };
        context.Patients.Add(patient);
        await context.SaveChangesAsync();
        PersonalDataAudit.Register(_log);
        return patient.Id;
    }

    private ClinicContext Clinic() => new(new DbContextOptionsBuilder<ClinicContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString())
        .UseDossierAudit()
        .Options);

    public sealed class ClinicContext(DbContextOptions<ClinicContext> options) : DbContext(options)
    {
        public DbSet<Patient> Patients => Set<Patient>();

        public DbSet<Prescription> Prescriptions => Set<Prescription>();
    }

    [DataSubject("Patient")]
    public sealed class Patient
    {
        public int Id { get; set; }

        [PersonalData(DataCategory.Health)]
        [Audited]
        public string? Diagnosis { get; set; }

        [PersonalData(DataCategory.Other)]
        public string? Notes { get; set; }

        [Audited]
        public string? Ward { get; set; }
    }

    [Audited]
    public sealed class Prescription
    {
        [System.ComponentModel.DataAnnotations.Key]
        public string Code { get; set; } = "";

        [PersonalData(DataCategory.Health)]
        public string Drug { get; set; } = "";

        [PersonalData(DataCategory.Health)]
        public string Dose { get; set; } = "";
    }
}
