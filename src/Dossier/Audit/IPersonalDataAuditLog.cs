namespace Dossier;

/// <summary>
/// Where Dossier records access to personal data: every generated export and erasure, and every read and write of
/// an <see cref="AuditedAttribute"/> member. The application registers one with
/// <see cref="PersonalDataAudit.Register"/> at startup.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Record"/> is called on the thread that accessed the data, before the access takes effect, and may be
/// called from many threads at once. An implementation that cannot store the event must throw: the exception
/// reaches the code that accessed the data and the access does not happen, so no access goes unrecorded. An
/// implementation that buffers events (to send them in batches) takes on the duty of not losing them.
/// </para>
/// <para>Events carry names and ids only, never personal values; an implementation should not add any.</para>
/// </remarks>
public interface IPersonalDataAuditLog
{
    /// <summary>Stores one event.</summary>
    void Record(PersonalDataAuditEvent auditEvent);
}
