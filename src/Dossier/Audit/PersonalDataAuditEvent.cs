using System;
using System.Text;

namespace Dossier;

/// <summary>
/// One access to a data subject's personal data: when, who, which subject, which member, what and why. It holds
/// names and ids only, never the personal values themselves, so the audit trail does not become another copy of
/// the data it watches.
/// </summary>
public sealed class PersonalDataAuditEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="kind">What was done.</param>
    /// <param name="timestamp">When, in UTC.</param>
    /// <param name="dataSubject">The category of data subject (the <see cref="DataSubjectAttribute"/> name, else the type's name).</param>
    /// <param name="subjectId">The subject's key as text, or <c>null</c> when its type has none.</param>
    /// <param name="typeName">The namespace-qualified name of the type whose data was accessed.</param>
    /// <param name="member">The member read or written, or <c>null</c> for a whole-subject export or erasure.</param>
    /// <param name="actor">Who accessed the data, from the current <see cref="PersonalDataAudit.BeginScope"/>.</param>
    /// <param name="reason">Why, from the current <see cref="PersonalDataAudit.BeginScope"/>.</param>
    public PersonalDataAuditEvent(
        PersonalDataAccessKind kind, DateTimeOffset timestamp, string dataSubject, string? subjectId, string typeName, string? member, string? actor, string? reason)
        : this(kind, timestamp, dataSubject, subjectId, typeName, member, actor, reason, activity: null)
    {
    }

    /// <summary>Creates an event, for an erasure scoped to one processing activity.</summary>
    /// <param name="kind">What was done.</param>
    /// <param name="timestamp">When, in UTC.</param>
    /// <param name="dataSubject">The category of data subject (the <see cref="DataSubjectAttribute"/> name, else the type's name).</param>
    /// <param name="subjectId">The subject's key as text, or <c>null</c> when its type has none.</param>
    /// <param name="typeName">The namespace-qualified name of the type whose data was accessed.</param>
    /// <param name="member">The member read or written, or <c>null</c> for a whole-subject export or erasure.</param>
    /// <param name="actor">Who accessed the data, from the current <see cref="PersonalDataAudit.BeginScope"/>.</param>
    /// <param name="reason">Why, from the current <see cref="PersonalDataAudit.BeginScope"/>.</param>
    /// <param name="activity">The processing activity an erasure was scoped to (<see cref="ErasureOptions.Activity"/>), or <c>null</c>.</param>
    public PersonalDataAuditEvent(
        PersonalDataAccessKind kind, DateTimeOffset timestamp, string dataSubject, string? subjectId, string typeName, string? member, string? actor, string? reason,
        string? activity)
    {
        Kind = kind;
        Timestamp = timestamp;
        DataSubject = dataSubject ?? throw new ArgumentNullException(nameof(dataSubject));
        SubjectId = subjectId;
        TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
        Member = member;
        Actor = actor;
        Reason = reason;
        Activity = activity;
    }

    /// <summary>What was done: read, write, export or erase.</summary>
    public PersonalDataAccessKind Kind { get; }

    /// <summary>When, in UTC.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The category of data subject, for example <c>Customer</c>: the <see cref="DataSubjectAttribute"/> name, else the type's name.</summary>
    public string DataSubject { get; }

    /// <summary>The subject's key as invariant text, or <c>null</c> when its type has no key (see docs/audit.md).</summary>
    public string? SubjectId { get; }

    /// <summary>The namespace-qualified name of the type whose data was accessed.</summary>
    public string TypeName { get; }

    /// <summary>The member read or written; <c>null</c> for <see cref="PersonalDataAccessKind.Export"/> and <see cref="PersonalDataAccessKind.Erase"/>, which cover the whole subject.</summary>
    public string? Member { get; }

    /// <summary>Who accessed the data, or <c>null</c> outside any <see cref="PersonalDataAudit.BeginScope"/> that names one.</summary>
    public string? Actor { get; }

    /// <summary>Why the data was accessed (a ticket, a request id, a purpose), or <c>null</c> when no scope gives one.</summary>
    public string? Reason { get; }

    /// <summary>
    /// For an erasure scoped to one processing activity (consent to it withdrawn, GDPR Art. 7(3)): that activity. The
    /// erasure changed only what served it alone; <c>null</c> for a full erasure and every other access.
    /// </summary>
    public string? Activity { get; }

    /// <summary>One line for people: <c>Read Customer 42 Email by support:7 (ticket 1234)</c>, <c>Erase Customer 42 for activity Newsletter by dpo:1</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Kind).Append(' ').Append(DataSubject);
        if (SubjectId is not null)
        {
            text.Append(' ').Append(SubjectId);
        }

        if (Member is not null)
        {
            text.Append(' ').Append(Member);
        }

        if (Activity is not null)
        {
            text.Append(" for activity ").Append(Activity);
        }

        text.Append(" by ").Append(Actor ?? "(unknown)");
        if (Reason is not null)
        {
            text.Append(" (").Append(Reason).Append(')');
        }

        return text.ToString();
    }
}
