using System.IO;
using Dossier.EntityFrameworkCore.TestSchema;
using Dossier.EntityFrameworkCore.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests;

/// <summary>
/// Models data subject requests must follow or refuse by name: composite keys, a shadow foreign key, inheritance
/// mapped as TPH, TPT and TPC, table splitting, keyless entity types, and types that are no entity type at all.
/// </summary>
public sealed class ModelShapeTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "dossier-shapes-" + Guid.NewGuid().ToString("N") + ".db");

    public ModelShapeTests()
    {
        using var context = Open();
        context.Database.EnsureCreated();
        context.AddRange(
            new Tenant { Region = 1, Number = 7, Name = "tenant-a" },
            new Tenant { Region = 1, Number = 8, Name = "tenant-b" },
            new Lease { TenantRegion = 1, TenantNumber = 7, Terms = "lease-a" },
            new Lease { TenantRegion = 1, TenantNumber = 8, Terms = "lease-b" },
            new Employee { Id = 1, Name = "employee-a", JobTitle = "title-a" },
            new Employee { Id = 2, Name = "employee-b", JobTitle = "title-b" },
            new CallNote { PersonId = 1, Transcript = "call-a" },
            new CallNote { PersonId = 2, Transcript = "call-b" },
            new Document { PersonId = 1, Title = "document-a" },
            new Contract { PersonId = 1, Title = "contract-a", Salary = "salary-a" },
            new Contract { PersonId = 2, Title = "contract-b", Salary = "salary-b" },
            new SignIn { Id = 1, PersonId = 1, IpAddress = "ip-a" },
            new SignIn { Id = 2, PersonId = 2, IpAddress = "ip-b" },
            new Patient { Id = 1, Name = "patient-a" },
            new PatientChart { Id = 1, Diagnosis = "diagnosis-a" },
            new Patient { Id = 2, Name = "patient-b" },
            new PatientChart { Id = 2, Diagnosis = "diagnosis-b" });
        var comment = new Comment { Text = "comment-a" };
        context.Add(comment);
        context.Entry(comment).Property("PersonId").CurrentValue = 1;
        var other = new Comment { Text = "comment-b" };
        context.Add(other);
        context.Entry(other).Property("PersonId").CurrentValue = 2;
        context.SaveChanges();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task A_composite_key_is_followed()
    {
        using (var context = Open())
        {
            var record = await context.ExportPersonalDataAsync<Tenant>(t => t.Region == 1 && t.Number == 7);
            Assert.Contains("lease-a", record!.ToJson(), StringComparison.Ordinal);
            Assert.DoesNotContain("lease-b", record.ToJson(), StringComparison.Ordinal);
            await context.ErasePersonalDataAsync<Tenant>(t => t.Region == 1 && t.Number == 7);
        }

        Assert.Equal(["lease-b", "tenant-b"], StoredValues().Where(value => value.Contains("lease", StringComparison.Ordinal) || value.StartsWith("tenant", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task Shadow_foreign_keys_and_every_inheritance_mapping_are_followed()
    {
        using (var context = Open())
        {
            var json = (await context.ExportPersonalDataAsync<Employee>(e => e.Id == 1))!.ToJson();
            foreach (var value in new[] { "employee-a", "title-a", "comment-a", "call-a", "document-a", "contract-a", "salary-a", "ip-a" })
            {
                Assert.Contains(value, json, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("-b\"", json, StringComparison.Ordinal);
            await context.ErasePersonalDataAsync<Employee>(e => e.Id == 1);
        }

        var stored = StoredValues();
        Assert.DoesNotContain(stored, value => value.EndsWith("-a", StringComparison.Ordinal) && !value.StartsWith("patient", StringComparison.Ordinal)
            && !value.StartsWith("diagnosis", StringComparison.Ordinal) && !value.StartsWith("tenant", StringComparison.Ordinal) && !value.StartsWith("lease", StringComparison.Ordinal));
        Assert.Subset(stored.ToHashSet(), new HashSet<string> { "employee-b", "title-b", "comment-b", "call-b", "contract-b", "salary-b", "ip-b" });
    }

    [Fact]
    public async Task Rows_whose_keys_form_a_cycle_are_gathered_once()
    {
        using (var context = Open())
        {
            var comment = context.Set<Comment>().Single(c => c.Text == "comment-a");
            var reply = new Comment { Text = "reply-a", ReplyToId = comment.Id };
            context.Add(reply);
            context.Entry(reply).Property("PersonId").CurrentValue = 1;
            context.SaveChanges();
            comment.ReplyToId = reply.Id;
            context.SaveChanges();
        }

        using var reader = Open();
        var graph = await reader.LoadPersonalDataAsync<Employee>(e => e.Id == 1, maxForeignKeyDepth: 10);

        Assert.Equal(["comment-a", "reply-a"], graph!.Rows.Single(rows => rows.Name == nameof(Comment)).Cast<Comment>().Select(c => c.Text));
    }

    [Fact]
    public async Task A_type_sharing_the_subjects_table_is_followed()
    {
        using (var context = Open())
        {
            Assert.Contains("diagnosis-a", (await context.ExportPersonalDataAsync<Patient>(p => p.Id == 1))!.ToJson(), StringComparison.Ordinal);
            await context.ErasePersonalDataAsync<Patient>(p => p.Id == 1);
        }

        Assert.Equal(["diagnosis-b", "patient-b"], StoredValues().Where(value => value.StartsWith("patient", StringComparison.Ordinal) || value.StartsWith("diagnosis", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task A_keyless_type_is_exported_but_its_erasure_is_refused_by_name_before_anything_changes()
    {
        Execute("INSERT INTO CallRecords (PatientId, Number) VALUES (1, 'number-a')");
        using var context = Open();

        Assert.Contains("number-a", (await context.ExportPersonalDataAsync<Patient>(p => p.Id == 1))!.ToJson(), StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => context.ErasePersonalDataAsync<Patient>(p => p.Id == 1));

        Assert.Contains("CallRecord", error.Message, StringComparison.Ordinal);
        Assert.Contains("keyless", error.Message, StringComparison.Ordinal);
        Assert.Contains("patient-a", StoredValues());
        Assert.Contains("diagnosis-a", StoredValues());
    }

    [Fact]
    public async Task A_keyless_subject_is_refused_by_name()
    {
        using var context = Open();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => context.ExportPersonalDataAsync<Visitor>(v => v.Name == "x"));

        Assert.Contains("Visitor is keyless", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subject_that_is_no_entity_type_of_the_context_is_refused_by_name()
    {
        using var context = Open();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => context.ErasePersonalDataAsync<Member>(m => m.Id == 1));

        Assert.Contains("Member is not an entity type of EdgeCaseContext", error.Message, StringComparison.Ordinal);
    }

    private EdgeCaseContext Open() => new(new DbContextOptionsBuilder<EdgeCaseContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString()).Options);

    private void Execute(string sql)
    {
        using var context = Open();
        context.Database.ExecuteSqlRaw(sql);
    }

    /// <summary>Every value in every table, as text, read with ADO.NET.</summary>
    private List<string> StoredValues() =>
        RawScan.Dump(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString())
            .Values.SelectMany(rows => rows).SelectMany(row => row).OfType<string>().ToList();
}
