using Microsoft.Extensions.Logging;

namespace Dossier.Generators.Tests.Audit;

/// <summary>The runtime side of the audit trail: registration, scopes, the in-memory log and the logging adapter.</summary>
[Collection(AuditCollection.Name)]
public class AuditLogTests : AuditTestBase
{
    private static readonly PersonalDataType Patient = new("Patient", "Clinic.Patient", subject: "Patient");

    [Fact]
    public void Scopes_nest_and_an_inner_scope_keeps_what_it_does_not_replace()
    {
        using (PersonalDataAudit.BeginScope(actor: "support:42", reason: "ticket 1234"))
        {
            using (PersonalDataAudit.BeginScope(actor: "batch:erasure"))
            {
                Assert.Equal(("batch:erasure", "ticket 1234"), (PersonalDataAudit.CurrentActor, PersonalDataAudit.CurrentReason));
            }

            Assert.Equal(("support:42", "ticket 1234"), (PersonalDataAudit.CurrentActor, PersonalDataAudit.CurrentReason));
        }

        Assert.Null(PersonalDataAudit.CurrentActor);
        Assert.Null(PersonalDataAudit.CurrentReason);
    }

    [Fact]
    public async Task A_scope_flows_into_async_calls_and_stays_out_of_other_flows()
    {
        var outside = Task.Run(async () =>
        {
            await Task.Delay(20);
            return PersonalDataAudit.CurrentActor;
        });

        using (PersonalDataAudit.BeginScope(actor: "support:42"))
        {
            await Task.Yield();
            PersonalDataAudit.Record(PersonalDataAccessKind.Read, Patient, "7", "Diagnosis");
            Assert.Equal("support:42", await Task.Run(() => PersonalDataAudit.CurrentActor));
        }

        Assert.Null(await outside);
        Assert.Equal("support:42", Assert.Single(Log.Events).Actor);
    }

    [Fact]
    public void Ensure_registered_fails_clearly_without_a_log()
    {
        PersonalDataAudit.EnsureRegistered();
        PersonalDataAudit.Unregister();

        var exception = Assert.Throws<PersonalDataAuditNotRegisteredException>(PersonalDataAudit.EnsureRegistered);
        Assert.Contains("PersonalDataAudit.Register", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_without_a_log_does_nothing()
    {
        PersonalDataAudit.Unregister();
        PersonalDataAudit.Record(PersonalDataAccessKind.Write, Patient, "7", "Diagnosis");
        Assert.Empty(Log.Events);
    }

    [Fact]
    public void Events_name_the_subject_category_and_fall_back_to_the_type_name()
    {
        PersonalDataAudit.Record(PersonalDataAccessKind.Export, Patient, "7", null);
        PersonalDataAudit.Record(PersonalDataAccessKind.Erase, new PersonalDataType("Visit", "Clinic.Visit"), null, null);

        Assert.Equal(new[] { "Export Patient 7 by (unknown)", "Erase Visit by (unknown)" }, Log.Events.Select(auditEvent => auditEvent.ToString()));
        Assert.Equal("Clinic.Visit", Log.Events[1].TypeName);
    }

    [Fact]
    public void The_in_memory_log_is_safe_to_use_from_many_threads()
    {
        var auditEvent = new PersonalDataAuditEvent(PersonalDataAccessKind.Read, DateTimeOffset.UtcNow, "Patient", "7", "Clinic.Patient", "Diagnosis", null, null);
        var log = new InMemoryPersonalDataAuditLog();

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                log.Record(auditEvent);
                _ = log.Events.Count;
            }
        });

        Assert.Equal(16_000, log.Events.Count);
        log.Clear();
        Assert.Empty(log.Events);
    }

    [Fact]
    public void The_logging_adapter_writes_structured_events_with_names_and_ids_only()
    {
        var logger = new CapturingLogger();
        PersonalDataAudit.Register(new LoggerPersonalDataAuditLog(logger));

        using (PersonalDataAudit.BeginScope("support:42", "ticket 1234"))
        {
            PersonalDataAudit.Record(PersonalDataAccessKind.Read, Patient, "7", "Diagnosis");
            PersonalDataAudit.Record(PersonalDataAccessKind.Erase, Patient, "7", null);
        }

        Assert.Collection(logger.Entries,
            read =>
            {
                Assert.Equal(LogLevel.Information, read.Level);
                Assert.Equal(new EventId(4101, "PersonalDataRead"), read.EventId);
                Assert.Equal("Personal data Read: Diagnosis of Patient 7 by support:42 (ticket 1234)", read.Message);
                Assert.Equal("Personal data {Access}: {Member} of {DataSubject} {SubjectId} by {Actor} ({Reason})", read.State["{OriginalFormat}"]);
                Assert.Equal("Read", read.State["Access"]);
                Assert.Equal("Patient", read.State["DataSubject"]);
                Assert.Equal("7", read.State["SubjectId"]);
                Assert.Equal("Clinic.Patient", read.State["TypeName"]);
                Assert.Equal("Diagnosis", read.State["Member"]);
                Assert.Equal("support:42", read.State["Actor"]);
                Assert.Equal("ticket 1234", read.State["Reason"]);
                Assert.IsType<DateTimeOffset>(read.State["Timestamp"]);
            },
            erase =>
            {
                Assert.Equal(new EventId(4104, "PersonalDataErase"), erase.EventId);
                Assert.Equal("Personal data Erase: Patient 7 by support:42 (ticket 1234)", erase.Message);
                Assert.Null(erase.State["Member"]);
            });
    }

    [Fact]
    public void The_logging_adapter_writes_to_the_audit_category()
    {
        var factory = new CapturingLoggerFactory();
        PersonalDataAudit.Register(new LoggerPersonalDataAuditLog(factory, LogLevel.Warning));

        PersonalDataAudit.Record(PersonalDataAccessKind.Export, Patient, "7", null);

        Assert.Equal(LoggerPersonalDataAuditLog.Category, factory.Category);
        var export = Assert.Single(factory.Logger.Entries);
        Assert.Equal((LogLevel.Warning, 4103), (export.Level, export.EventId.Id));
    }

    [Fact]
    public void The_logging_adapter_names_the_activity_an_erasure_was_scoped_to()
    {
        var logger = new CapturingLogger();
        new LoggerPersonalDataAuditLog(logger).Record(new PersonalDataAuditEvent(
            PersonalDataAccessKind.Erase, DateTimeOffset.UtcNow, "Patient", "7", "Clinic.Patient", null, "dpo:1", "consent withdrawn", "Newsletter"));

        var erase = Assert.Single(logger.Entries);
        Assert.Equal(new EventId(4104, "PersonalDataErase"), erase.EventId);
        Assert.Equal("Personal data Erase for Newsletter: Patient 7 by dpo:1 (consent withdrawn)", erase.Message);
        Assert.Equal("Personal data {Access} for {Activity}: {DataSubject} {SubjectId} by {Actor} ({Reason})", erase.State["{OriginalFormat}"]);
        Assert.Equal("Newsletter", erase.State["Activity"]);
    }

    private sealed record Entry(LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> State);

    private sealed class CapturingLogger : ILogger
    {
        public List<Entry> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = ((IEnumerable<KeyValuePair<string, object?>>)state!).ToDictionary(pair => pair.Key, pair => pair.Value);
            Entries.Add(new Entry(logLevel, eventId, formatter(state, exception), fields));
        }
    }

    private sealed class CapturingLoggerFactory : ILoggerFactory
    {
        public CapturingLogger Logger { get; } = new();

        public string? Category { get; private set; }

        public ILogger CreateLogger(string categoryName)
        {
            Category = categoryName;
            return Logger;
        }

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }
    }
}
