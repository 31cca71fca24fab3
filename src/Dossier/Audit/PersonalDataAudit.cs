using System;
using System.ComponentModel;
using System.Threading;

namespace Dossier;

/// <summary>
/// The application's audit trail of personal data: it registers one <see cref="IPersonalDataAuditLog"/> at startup,
/// says who is acting and why with <see cref="BeginScope"/>, and Dossier records every generated export and erasure
/// and every read and write of an <see cref="AuditedAttribute"/> member there.
/// </summary>
/// <remarks>
/// With no log registered nothing is recorded and export and erasure still work, at no cost. An application that
/// must never run unaudited calls <see cref="EnsureRegistered"/> at startup. See docs/audit.md.
/// </remarks>
public static class PersonalDataAudit
{
    private static readonly AsyncLocal<Scope?> s_scope = new();
    private static volatile IPersonalDataAuditLog? s_log;

    /// <summary>The registered log, or <c>null</c> when none is.</summary>
    public static IPersonalDataAuditLog? Log => s_log;

    /// <summary>Who is acting in the current scope (the innermost scope that names one), or <c>null</c>.</summary>
    public static string? CurrentActor => s_scope.Value?.Actor;

    /// <summary>Why the data is accessed in the current scope (the innermost scope that gives a reason), or <c>null</c>.</summary>
    public static string? CurrentReason => s_scope.Value?.Reason;

    /// <summary>Makes <paramref name="log"/> the audit log of the whole application, replacing any registered before.</summary>
    public static void Register(IPersonalDataAuditLog log) => s_log = log ?? throw new ArgumentNullException(nameof(log));

    /// <summary>Removes the registered log: from now on nothing is recorded.</summary>
    public static void Unregister() => s_log = null;

    /// <summary>
    /// Throws unless a log is registered. Call it at startup, after registering, in an application that must not
    /// access personal data without an audit trail.
    /// </summary>
    /// <exception cref="PersonalDataAuditNotRegisteredException">No log is registered.</exception>
    public static void EnsureRegistered()
    {
        if (s_log is null)
        {
            throw new PersonalDataAuditNotRegisteredException();
        }
    }

    /// <summary>
    /// Says who accesses personal data, and why, until the returned scope is disposed. Scopes flow with async calls
    /// and nest: an inner scope that leaves <paramref name="actor"/> or <paramref name="reason"/> <c>null</c> keeps the outer one's.
    /// </summary>
    /// <param name="actor">Who acts: a user or service id (an id, not a name or e-mail address, keeps the trail free of personal values).</param>
    /// <param name="reason">Why: a ticket, a request id, a purpose.</param>
    public static IDisposable BeginScope(string? actor = null, string? reason = null)
    {
        var parent = s_scope.Value;
        var scope = new Scope(parent, actor ?? parent?.Actor, reason ?? parent?.Reason);
        s_scope.Value = scope;
        return scope;
    }

    /// <summary>
    /// Records one access to a subject's data. Generated code and Dossier's integrations call it; application code
    /// may call it for access Dossier cannot see (a report run in SQL, for instance).
    /// </summary>
    /// <param name="kind">What was done.</param>
    /// <param name="type">The type whose data was accessed.</param>
    /// <param name="subjectId">The subject's key as text, or <c>null</c>.</param>
    /// <param name="member">The member, or <c>null</c> for the whole subject.</param>
    public static void Record(PersonalDataAccessKind kind, PersonalDataType type, string? subjectId, string? member)
    {
        if (type is null) throw new ArgumentNullException(nameof(type));
        if (s_log is { } log)
        {
            log.Record(CreateEvent(kind, type, subjectId, member));
        }
    }

    /// <summary>Records that generated code reads <paramref name="member"/> of <paramref name="subject"/>. Allocates nothing with no log registered.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RecordRead<TSubject>(TSubject subject, PersonalDataMember member) where TSubject : IPersonalData
    {
        if (s_log is { } log)
        {
            log.Record(CreateEvent(PersonalDataAccessKind.Read, subject, member.Name));
        }
    }

    /// <summary>Records that generated code writes <paramref name="member"/> of <paramref name="subject"/>. Allocates nothing with no log registered.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RecordWrite<TSubject>(TSubject subject, PersonalDataMember member) where TSubject : IPersonalData
    {
        if (s_log is { } log)
        {
            log.Record(CreateEvent(PersonalDataAccessKind.Write, subject, member.Name));
        }
    }

    /// <summary>Records that generated code reads member <paramref name="member"/> of <paramref name="type"/>, which <paramref name="subject"/> declares. Allocates nothing with no log registered.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RecordRead<TSubject>(TSubject subject, PersonalDataType type, int member) where TSubject : IPersonalData
    {
        if (s_log is { } log)
        {
            log.Record(CreateEvent(PersonalDataAccessKind.Read, subject, type.Members[member].Name));
        }
    }

    /// <summary>Records that generated code writes member <paramref name="member"/> of <paramref name="type"/>, which <paramref name="subject"/> declares. Allocates nothing with no log registered.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RecordWrite<TSubject>(TSubject subject, PersonalDataType type, int member) where TSubject : IPersonalData
    {
        if (s_log is { } log)
        {
            log.Record(CreateEvent(PersonalDataAccessKind.Write, subject, type.Members[member].Name));
        }
    }

    /// <summary>Records a whole-subject export or erasure; <paramref name="activity"/> is the activity an erasure is scoped to.</summary>
    internal static void RecordSubject(PersonalDataAccessKind kind, IPersonalData subject, string? activity = null)
    {
        if (s_log is { } log)
        {
            var identified = subject as IPersonalDataSubjectId;
            log.Record(CreateEvent(kind, subject.PersonalDataType, identified?.PersonalDataSubjectId, member: null, activity));
        }
    }

    /// <summary>Records an erasure that starts from an object that does not describe itself (<see cref="PersonalDataEraser.Begin"/> given another root).</summary>
    internal static void RecordErasure(PersonalDataType type, string? activity)
    {
        if (s_log is { } log)
        {
            log.Record(CreateEvent(PersonalDataAccessKind.Erase, type, subjectId: null, member: null, activity));
        }
    }

    private static PersonalDataAuditEvent CreateEvent<TSubject>(PersonalDataAccessKind kind, TSubject subject, string? member) where TSubject : IPersonalData =>
        CreateEvent(kind, subject.PersonalDataType, subject is IPersonalDataSubjectId identified ? identified.PersonalDataSubjectId : null, member);

    private static PersonalDataAuditEvent CreateEvent(PersonalDataAccessKind kind, PersonalDataType type, string? subjectId, string? member, string? activity = null)
    {
        var scope = s_scope.Value;
        return new PersonalDataAuditEvent(kind, DateTimeOffset.UtcNow, type.Subject ?? type.Name, subjectId, type.FullName, member, scope?.Actor, scope?.Reason, activity);
    }

    private sealed class Scope : IDisposable
    {
        private readonly Scope? _parent;
        private bool _disposed;

        public Scope(Scope? parent, string? actor, string? reason)
        {
            _parent = parent;
            Actor = actor;
            Reason = reason;
        }

        public string? Actor { get; }

        public string? Reason { get; }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            // Only the flow that is inside this scope leaves it; a copy of the context elsewhere keeps its own.
            if (ReferenceEquals(s_scope.Value, this))
            {
                s_scope.Value = _parent;
            }
        }
    }
}
