namespace Dossier.EndToEnd.Tests;

/// <summary>
/// The audit trail in a project that references the packed package: an unaudited special-category member is
/// reported as unlogged (PII010), <c>[Audited]</c> on a partial property clears it, and reading the property
/// appears in the log the application registered.
/// </summary>
[Collection(PackedDossierCollection.Name)]
public class AuditTrailFromPackageTests(PackedDossier dossier)
{
    /// <summary>PII010 as CI would configure it; the other rules stay quiet so only the audit rule decides.</summary>
    private static readonly string[] Gate = { "TreatWarningsAsErrors=false", "WarningsAsErrors=PII010", "NoWarn=PII001" };

    private const string Unaudited = """
        using Dossier;

        namespace Clinic;

        [DataSubject("Patient")]
        public partial class Patient
        {
            public int Id { get; set; }

            [PersonalData(DataCategory.Name, Purpose = "Care", LegalBasis = LegalBasis.Contract, Retention = "P10Y")]
            public string? Name { get; set; }

            [PersonalData(DataCategory.Health, Purpose = "Care", LegalBasis = LegalBasis.VitalInterests, Retention = "P10Y")]
            public string? Diagnosis { get; set; }
        }
        """;

    private const string Program = """
        using Dossier;
        using Clinic;

        var log = new InMemoryPersonalDataAuditLog();
        PersonalDataAudit.Register(log);

        var patient = new Patient { Id = 42, Name = "Ada", Diagnosis = "asthma" };
        using (PersonalDataAudit.BeginScope(actor: "nurse:7", reason: "ward round"))
        {
            _ = patient.Diagnosis;
        }

        patient.ExportPersonalData();
        foreach (var e in log.Events)
        {
            Console.WriteLine($"EVENT {e.Kind} subject={e.DataSubject} id={e.SubjectId} member={e.Member} actor={e.Actor} reason={e.Reason}");
        }
        """;

    [Fact]
    public void Unaudited_special_category_is_reported_and_Audited_records_each_read_in_the_registered_log()
    {
        var project = ConsumerProject.Create(dossier, "audit", new Dictionary<string, string>
        {
            ["Patient.cs"] = Unaudited,
            ["Program.cs"] = Program,
        });

        var unaudited = project.TryBuild(Gate);
        Assert.NotEqual(0, unaudited.ExitCode);
        Assert.Contains("error PII010", unaudited.Output, StringComparison.Ordinal);
        Assert.Contains("Diagnosis", unaudited.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("'Name'", unaudited.Output, StringComparison.Ordinal);

        // What the PII010 code fix writes: [Audited], and the property made partial so Dossier implements it.
        File.WriteAllText(Path.Combine(project.Directory, "Patient.cs"), Unaudited.Replace(
            "public string? Diagnosis { get; set; }", "[Audited] public partial string? Diagnosis { get; set; }", StringComparison.Ordinal));
        var audited = project.Build(Gate);
        Assert.DoesNotContain("PII010", audited, StringComparison.Ordinal);

        var output = project.Run();
        var events = output.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("EVENT ", StringComparison.Ordinal)).ToList();
        Assert.Contains("EVENT Read subject=Patient id=42 member=Diagnosis actor=nurse:7 reason=ward round", events);
        Assert.Contains(events, line => line.StartsWith("EVENT Export subject=Patient id=42 ", StringComparison.Ordinal));
        Assert.DoesNotContain(events, line => line.Contains("asthma", StringComparison.Ordinal) || line.Contains("Ada", StringComparison.Ordinal));
    }
}
