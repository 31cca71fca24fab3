using System;

namespace Dossier;

/// <summary>Thrown by <see cref="PersonalDataAudit.EnsureRegistered"/> when the application has registered no audit log.</summary>
public sealed class PersonalDataAuditNotRegisteredException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that says how to register a log.</summary>
    public PersonalDataAuditNotRegisteredException()
        : base("No personal data audit log is registered, so access to personal data would leave no trace. " +
               "Call PersonalDataAudit.Register(log) at startup, before PersonalDataAudit.EnsureRegistered(); " +
               "for Microsoft.Extensions.Logging use new LoggerPersonalDataAuditLog(loggerFactory).")
    {
    }
}
