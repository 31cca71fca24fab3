using System.IO;
using Dossier;

namespace DirectoryService;

/// <summary>
/// The sample's audit trail: prints each event as it is recorded, so the run shows who touched whose data and why.
/// An application would register <see cref="LoggerPersonalDataAuditLog"/> (structured logging) or a store of its own.
/// </summary>
internal sealed class PrintedAuditLog(TextWriter output) : IPersonalDataAuditLog
{
    private readonly object _gate = new();

    public void Record(PersonalDataAuditEvent auditEvent)
    {
        // Events hold names and ids, never values, so printing them leaks nothing.
        lock (_gate)
        {
            output.WriteLine("   audit: " + auditEvent);
        }
    }
}
