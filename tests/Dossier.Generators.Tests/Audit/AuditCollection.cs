namespace Dossier.Generators.Tests.Audit;

/// <summary>
/// Tests that register an audit log. The log is one static for the whole process, and other test classes export
/// and erase in parallel, so these run alone: with parallelization off, xUnit runs this collection when no other
/// test is running.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AuditCollection
{
    public const string Name = "Audit log";
}

/// <summary>Registers a fresh in-memory log for one test and removes it afterwards.</summary>
public abstract class AuditTestBase : IDisposable
{
    protected AuditTestBase()
    {
        PersonalDataAudit.Register(Log);
    }

    protected InMemoryPersonalDataAuditLog Log { get; } = new();

    public void Dispose()
    {
        PersonalDataAudit.Unregister();
        GC.SuppressFinalize(this);
    }

    protected static string Scenario(string body) =>
        "public static class Scenario\n{\n    public static string Run()\n    {\n" + body + "\n    }\n}\n";
}
