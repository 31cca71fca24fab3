using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Dossier;

/// <summary>
/// Writes audit events to <c>Microsoft.Extensions.Logging</c> as structured log events: one event id per kind of
/// access, and the properties <c>Access</c>, <c>DataSubject</c>, <c>SubjectId</c>, <c>TypeName</c>, <c>Member</c>,
/// <c>Actor</c>, <c>Reason</c>, <c>Timestamp</c> and <c>Activity</c> (the activity an erasure was scoped to). Like the events themselves, the messages hold names and ids only.
/// </summary>
/// <remarks>
/// Events are written at <see cref="LogLevel.Information"/> by default, to the category <see cref="Category"/>. A
/// logging configuration that filters that category out discards the audit trail: route it to a durable sink.
/// Exceptions thrown by the logger reach the code that accessed the data (see <see cref="IPersonalDataAuditLog"/>).
/// </remarks>
public sealed class LoggerPersonalDataAuditLog : IPersonalDataAuditLog
{
    /// <summary>The logging category the events are written to.</summary>
    public const string Category = "Dossier.Audit";

    /// <summary>Event id of a read of an audited member.</summary>
    public static readonly EventId ReadEvent = new(4101, "PersonalDataRead");

    /// <summary>Event id of a write of an audited member.</summary>
    public static readonly EventId WriteEvent = new(4102, "PersonalDataWrite");

    /// <summary>Event id of an export of a subject's personal data.</summary>
    public static readonly EventId ExportEvent = new(4103, "PersonalDataExport");

    /// <summary>Event id of an erasure of a subject's personal data.</summary>
    public static readonly EventId EraseEvent = new(4104, "PersonalDataErase");

    private const string MemberTemplate = "Personal data {Access}: {Member} of {DataSubject} {SubjectId} by {Actor} ({Reason})";
    private const string SubjectTemplate = "Personal data {Access}: {DataSubject} {SubjectId} by {Actor} ({Reason})";
    private const string ScopedTemplate = "Personal data {Access} for {Activity}: {DataSubject} {SubjectId} by {Actor} ({Reason})";

    private readonly ILogger _logger;
    private readonly LogLevel _level;

    /// <summary>Writes to <paramref name="logger"/>.</summary>
    public LoggerPersonalDataAuditLog(ILogger logger, LogLevel level = LogLevel.Information)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _level = level;
    }

    /// <summary>Writes to a logger of category <see cref="Category"/> made by <paramref name="loggerFactory"/>.</summary>
    public LoggerPersonalDataAuditLog(ILoggerFactory loggerFactory, LogLevel level = LogLevel.Information)
        : this((loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory))).CreateLogger(Category), level)
    {
    }

    /// <inheritdoc />
    public void Record(PersonalDataAuditEvent auditEvent)
    {
        if (auditEvent is null) throw new ArgumentNullException(nameof(auditEvent));
        _logger.Log(_level, EventIdOf(auditEvent.Kind), new AuditState(auditEvent), null, static (state, _) => state.ToString());
    }

    private static EventId EventIdOf(PersonalDataAccessKind kind) => kind switch
    {
        PersonalDataAccessKind.Read => ReadEvent,
        PersonalDataAccessKind.Write => WriteEvent,
        PersonalDataAccessKind.Export => ExportEvent,
        _ => EraseEvent,
    };

    /// <summary>The structured state: every field of the event by name, and the template under <c>{OriginalFormat}</c>.</summary>
    private readonly struct AuditState : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly PersonalDataAuditEvent _event;

        public AuditState(PersonalDataAuditEvent auditEvent) => _event = auditEvent;

        public int Count => 10;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("Access", _event.Kind.ToString()),
            1 => new("DataSubject", _event.DataSubject),
            2 => new("SubjectId", _event.SubjectId),
            3 => new("TypeName", _event.TypeName),
            4 => new("Member", _event.Member),
            5 => new("Actor", _event.Actor),
            6 => new("Reason", _event.Reason),
            7 => new("Timestamp", _event.Timestamp),
            8 => new("Activity", _event.Activity),
            9 => new("{OriginalFormat}", _event.Member is not null ? MemberTemplate : _event.Activity is null ? SubjectTemplate : ScopedTemplate),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString()
        {
            var subject = _event.SubjectId is null ? _event.DataSubject : _event.DataSubject + " " + _event.SubjectId;
            var member = _event.Member is null ? string.Empty : _event.Member + " of ";
            var activity = _event.Activity is null ? string.Empty : " for " + _event.Activity;
            return "Personal data " + _event.Kind + activity + ": " + member + subject + " by " + (_event.Actor ?? "(null)") + " (" + (_event.Reason ?? "(null)") + ")";
        }
    }
}
