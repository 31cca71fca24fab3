using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Audit;

/// <summary>The accessors the generator writes for [Audited] partial properties, compiled and run.</summary>
[Collection(AuditCollection.Name)]
public class AuditedPropertyTests : AuditTestBase
{
    public const string Patient = """
        [DataSubject("Patient")]
        public partial class Patient
        {
            [System.ComponentModel.DataAnnotations.Key]
            public int PatientNumber { get; set; }

            public int Id { get; set; }

            [PersonalData(DataCategory.Health, Purpose = "Treatment", LegalBasis = LegalBasis.VitalInterests)]
            [Audited]
            public partial string? Diagnosis { get; set; }

            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize)]
            [Audited]
            public partial string Name { get; private set; }

            [PersonalData(DataCategory.Email)]
            public string? Email { get; set; }

            public void Rename(string name) => Name = name;
        }
        """;

    [Fact]
    public void Reads_and_writes_are_recorded_with_actor_reason_subject_and_member()
    {
        GeneratorHarness.RunScenario(Patient, Scenario("""
            var patient = new Patient { PatientNumber = 7 };
            using (PersonalDataAudit.BeginScope(actor: "support:42", reason: "ticket 1234"))
            {
                patient.Diagnosis = "influenza";
                _ = patient.Diagnosis;
            }

            return "";
            """));

        Assert.Collection(Log.Events,
            write => AssertEvent(write, PersonalDataAccessKind.Write, "Diagnosis"),
            read => AssertEvent(read, PersonalDataAccessKind.Read, "Diagnosis"));

        static void AssertEvent(PersonalDataAuditEvent auditEvent, PersonalDataAccessKind kind, string member)
        {
            Assert.Equal(kind, auditEvent.Kind);
            Assert.Equal(member, auditEvent.Member);
            Assert.Equal("Patient", auditEvent.DataSubject);
            Assert.Equal("7", auditEvent.SubjectId);
            Assert.Equal("Patient", auditEvent.TypeName);
            Assert.Equal("support:42", auditEvent.Actor);
            Assert.Equal("ticket 1234", auditEvent.Reason);
            Assert.InRange(auditEvent.Timestamp, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        }
    }

    [Fact]
    public void Accessors_keep_the_value_and_their_accessibility()
    {
        var result = GeneratorHarness.RunScenario(Patient, Scenario("""
            var patient = new Patient();
            patient.Rename("Ada");
            patient.Diagnosis = "influenza";
            var setter = typeof(Patient).GetProperty("Name")!.SetMethod!;
            return patient.Name + "|" + patient.Diagnosis + "|" + (setter.IsPrivate ? "private" : "public");
            """));

        Assert.Equal("Ada|influenza|private", result);
        Assert.Equal(new[] { "Write Name", "Write Diagnosis", "Read Name", "Read Diagnosis" },
            Log.Events.Select(auditEvent => auditEvent.Kind + " " + auditEvent.Member));
    }

    [Fact]
    public void Members_without_audited_are_not_recorded()
    {
        GeneratorHarness.RunScenario(Patient, Scenario("""
            var patient = new Patient { PatientNumber = 1, Email = "ada@example.com" };
            _ = patient.Email;
            return "";
            """));

        Assert.Empty(Log.Events);
    }

    [Fact]
    public void Nothing_is_recorded_and_nothing_fails_when_no_log_is_registered()
    {
        PersonalDataAudit.Unregister();

        var result = GeneratorHarness.RunScenario(Patient, Scenario("""
            var patient = new Patient { PatientNumber = 3, Diagnosis = "influenza" };
            patient.Rename("Ada");
            var read = patient.Diagnosis + "|" + patient.Name;
            var exported = patient.ExportPersonalData().ToJson().Contains("influenza");
            var buffer = new System.IO.MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(buffer)) patient.WritePersonalData(writer);
            patient.ErasePersonalData();
            return read + "|" + exported + "|" + buffer.Length + "|" + (patient.Diagnosis ?? "null");
            """));

        Assert.StartsWith("influenza|Ada|True|", result, StringComparison.Ordinal);
        Assert.EndsWith("|null", result, StringComparison.Ordinal);
        Assert.Empty(Log.Events);
    }

    [Fact]
    public void A_log_that_throws_stops_the_access()
    {
        PersonalDataAudit.Register(new FailingLog());

        var result = GeneratorHarness.RunScenario(Patient, Scenario("""
            var patient = new Patient();
            string outcome;
            try { patient.Diagnosis = "influenza"; outcome = "written"; }
            catch (System.IO.IOException) { outcome = "refused"; }
            try { patient.ExportPersonalData(); outcome += "|exported"; }
            catch (System.IO.IOException) { outcome += "|export refused"; }
            PersonalDataAudit.Unregister();
            return outcome + "|" + (patient.Diagnosis ?? "null");
            """));

        Assert.Equal("refused|export refused|null", result);
    }

    [Fact]
    public void Accessors_compile_without_warnings_for_records_generic_and_derived_types()
    {
        var result = GeneratorHarness.RunScenario("""
            namespace Clinic
            {
                public partial class Reading
                {
                    public int Id { get; set; }
                    [PersonalData(DataCategory.Health)] [Audited] public partial double Glucose { get; set; }
                }

                public partial record Visit
                {
                    [PersonalData(DataCategory.Health)] [Audited] public partial string Reason { get; init; }
                    [PersonalData(DataCategory.Health)] [Audited] public partial List<string>? Symptoms { get; set; }
                }

                public partial class Envelope<T> where T : class
                {
                    [PersonalData(DataCategory.Communication)] [Audited] public partial T? Content { get; set; }
                }

                public partial class Person
                {
                    public Guid Id { get; set; }
                    [PersonalData(DataCategory.Name)] [Audited] public virtual partial string? Name { get; protected set; }
                }

                [Audited]
                public sealed partial class Employee : Person
                {
                    [PersonalData(DataCategory.Employment)] public partial string? Role { get; set; }
                    [PersonalData(DataCategory.Employment)] public partial int? Grade { get; }
                }
            }
            """, Scenario("""
            var reading = new Clinic.Reading { Id = 3, Glucose = 5.4 };
            var visit = new Clinic.Visit { Reason = "check-up", Symptoms = new List<string> { "cough" } };
            var envelope = new Clinic.Envelope<string> { Content = "hello" };
            var employee = new Clinic.Employee { Role = "nurse" };
            return reading.Glucose + "|" + visit.Reason + "|" + envelope.Content + "|" + employee.Role + "|" + (employee.Grade ?? 0);
            """));

        Assert.Equal("5.4|check-up|hello|nurse|0", result);
        Assert.Equal(new[] { "Write Glucose", "Write Reason", "Write Symptoms", "Write Content", "Write Role", "Read Glucose", "Read Reason", "Read Content", "Read Role", "Read Grade" },
            Log.Events.Select(auditEvent => auditEvent.Kind + " " + auditEvent.Member));
        Assert.Equal("3", Log.Events[0].SubjectId);
    }

    private sealed class FailingLog : IPersonalDataAuditLog
    {
        public void Record(PersonalDataAuditEvent auditEvent) => throw new System.IO.IOException("The audit store is unreachable.");
    }
}

/// <summary>
/// The rules on a member judge an [Audited] partial property in a real build too, where the generator has written
/// its implementing part: that part must not make the user's declaration look generated.
/// </summary>
public class AuditedPropertyRulesTests
{
    [Fact]
    public async Task Rules_on_the_member_still_report_an_audited_partial_property_once_its_implementation_is_generated()
    {
        var (output, generated, _) = GeneratorHarness.Run("""
            public partial class Patient
            {
                [PersonalData(DataCategory.Health, LegalBasis = LegalBasis.Consent), Encrypted, Audited]
                public partial string? Diagnosis { get; set; }
            }
            """);
        Assert.Contains(generated.Values, source => source.Contains("partial string? Diagnosis", StringComparison.Ordinal));

        var analyzers = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(
            new Dossier.Generators.Analyzers.Declarations.IncompleteDeclarationAnalyzer(),
            new Dossier.Generators.Analyzers.Activities.ProcessingActivityAnalyzer());
        var diagnostics = await output.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(new[] { "PII004", "PII012" }, diagnostics.Select(diagnostic => diagnostic.Id).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, diagnostic => Assert.Equal("/src/File0.cs", diagnostic.Location.SourceTree?.FilePath));
    }
}
