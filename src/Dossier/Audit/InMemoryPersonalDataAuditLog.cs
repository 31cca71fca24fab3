using System.Collections.Generic;

namespace Dossier;

/// <summary>An audit log that keeps events in memory, for tests. Safe to use from many threads at once.</summary>
public sealed class InMemoryPersonalDataAuditLog : IPersonalDataAuditLog
{
    private readonly List<PersonalDataAuditEvent> _events = new();
    private readonly object _gate = new();

    /// <summary>A copy of the events recorded so far, oldest first.</summary>
    public IReadOnlyList<PersonalDataAuditEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return _events.ToArray();
            }
        }
    }

    /// <inheritdoc />
    public void Record(PersonalDataAuditEvent auditEvent)
    {
        if (auditEvent is null) throw new System.ArgumentNullException(nameof(auditEvent));
        lock (_gate)
        {
            _events.Add(auditEvent);
        }
    }

    /// <summary>Forgets every event recorded so far.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _events.Clear();
        }
    }
}
