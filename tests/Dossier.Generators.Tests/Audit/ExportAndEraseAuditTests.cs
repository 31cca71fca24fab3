using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Audit;

/// <summary>Generated export and erasure each leave one event in the audit log, and no event holds a personal value.</summary>
[Collection(AuditCollection.Name)]
public class ExportAndEraseAuditTests : AuditTestBase
{
    private const string Customer = """
        [DataSubject("Customer")]
        public partial class Customer
        {
            public int CustomerId { get; set; }

            [PersonalData(DataCategory.Email)]
            public string Email { get; set; } = "";

            [PersonalData(DataCategory.Health, Erasure = Erasure.Anonymize)]
            [Audited]
            public partial string? Allergies { get; set; }

            [PersonalData(DataCategory.GovernmentId, Erasure = Erasure.Pseudonymize)]
            [Audited]
            public partial string? TaxNumber { get; set; }

            [Audited]
            public partial Address? Home { get; set; }

            public List<Address> Previous { get; set; } = new();
        }

        [Audited]
        public partial class Address
        {
            public Guid Id { get; set; }

            [PersonalData(DataCategory.PostalAddress)]
            public partial string? Street { get; set; }
        }

        public static class Fixture
        {
            /// <summary>Builds the customer with the log set aside, so that setting it up records nothing.</summary>
            public static Customer Create()
            {
                var log = PersonalDataAudit.Log;
                PersonalDataAudit.Unregister();
                var customer = new Customer
                {
                    CustomerId = 42, Email = "ada@example.com", Allergies = "penicillin", TaxNumber = "DE-99-123",
                    Home = new Address { Id = new Guid("00000000-0000-0000-0000-0000000000a1"), Street = "12 St James's Square" },
                };
                customer.Previous.Add(new Address { Street = "Ockham Park" });
                PersonalDataAudit.Register(log!);
                return customer;
            }
        }
        """;

    [Fact]
    public void Export_is_recorded_once_without_reading_each_audited_member()
    {
        RunWith("""
            using (PersonalDataAudit.BeginScope("dpo:1", "subject access request 77"))
            {
                customer.ExportPersonalData();
            }

            return "";
            """);

        var export = Assert.Single(Log.Events);
        Assert.Equal(PersonalDataAccessKind.Export, export.Kind);
        Assert.Null(export.Member);
        Assert.Equal("Customer", export.DataSubject);
        Assert.Equal("42", export.SubjectId);
        Assert.Equal("dpo:1", export.Actor);
        Assert.Equal("subject access request 77", export.Reason);
    }

    [Fact]
    public void Streaming_export_is_recorded_once()
    {
        RunWith("""
            var buffer = new System.IO.MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer)) customer.WritePersonalData(writer);
            return "";
            """);

        var export = Assert.Single(Log.Events);
        Assert.Equal(PersonalDataAccessKind.Export, export.Kind);
        Assert.Equal("42", export.SubjectId);
    }

    [Fact]
    public void Streaming_export_allocates_nothing_when_no_log_is_registered()
    {
        var allocated = RunWith("""
            PersonalDataAudit.Unregister();
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
            var writer = new System.Text.Json.Utf8JsonWriter(buffer);
            customer.WritePersonalData(writer);
            writer.Flush();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                customer.WritePersonalData(writer);
                writer.Flush();
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before).ToString();
            """);

        Assert.Equal("0", allocated);
        Assert.Empty(Log.Events);
    }

    [Fact]
    public void Erasure_is_recorded_once_without_writing_each_audited_member()
    {
        var result = RunWith("""
            ErasureOptions.Default = new ErasureOptions { PseudonymizationKey = new byte[32] };
            customer.ErasePersonalData();
            PersonalDataAudit.Unregister();
            return customer.Allergies + "|" + customer.TaxNumber + "|" + (customer.Home!.Street ?? "null");
            """);

        var erase = Assert.Single(Log.Events);
        Assert.Equal(PersonalDataAccessKind.Erase, erase.Kind);
        Assert.Null(erase.Member);
        Assert.Equal("42", erase.SubjectId);
        Assert.DoesNotContain("penicillin", result);
        Assert.DoesNotContain("DE-99-123", result);
        Assert.EndsWith("|null", result, StringComparison.Ordinal);
    }

    [Fact]
    public void No_event_holds_a_personal_value()
    {
        RunWith("""
            using (PersonalDataAudit.BeginScope("support:5", "ticket 9"))
            {
                _ = customer.Allergies + customer.TaxNumber + customer.Home!.Street;
                customer.Allergies = "lactose";
                customer.Home.Street = "Horsley Towers";
                customer.ExportPersonalData();
                var buffer = new System.IO.MemoryStream();
                using (var writer = new System.Text.Json.Utf8JsonWriter(buffer)) customer.WritePersonalData(writer);
                ErasureOptions.Default = new ErasureOptions { PseudonymizationKey = new byte[32] };
                customer.ErasePersonalData();
            }

            return "";
            """);

        string[] personalValues = ["ada@example.com", "penicillin", "DE-99-123", "12 St James's Square", "Ockham Park", "lactose", "Horsley Towers", "pn_"];
        Assert.Equal(10, Log.Events.Count); // 5 reads (Home twice), 2 writes, 2 exports, 1 erasure
        foreach (var auditEvent in Log.Events)
        {
            var fields = new[]
            {
                auditEvent.Kind.ToString(), auditEvent.DataSubject, auditEvent.SubjectId, auditEvent.TypeName, auditEvent.Member,
                auditEvent.Actor, auditEvent.Reason, auditEvent.Timestamp.ToString("O"), auditEvent.ToString(),
            };
            foreach (var value in personalValues)
            {
                Assert.DoesNotContain(fields, field => field is not null && field.Contains(value, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    [Fact]
    public void Nested_objects_are_named_by_their_own_key()
    {
        RunWith("""
            _ = customer.Home!.Street;
            return "";
            """);

        Assert.Collection(Log.Events,
            home => Assert.Equal(("Customer", "42", "Home"), (home.DataSubject, home.SubjectId, home.Member)),
            street => Assert.Equal(("Address", "00000000-0000-0000-0000-0000000000a1", "Street"), (street.DataSubject, street.SubjectId, street.Member)));
    }

    private static string RunWith(string body) =>
        GeneratorHarness.RunScenario(Customer, Scenario("var customer = Fixture.Create();\n" + body));
}
