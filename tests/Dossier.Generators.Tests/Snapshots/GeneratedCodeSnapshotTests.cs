using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Reporters;
using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Snapshots;

/// <summary>
/// The generated code for each supported shape, kept beside the tests and reviewed like code. A missing or
/// different approved file fails the test and leaves a .received file to compare.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class GeneratedCodeSnapshotTests
{
    [Fact]
    public void Class_with_every_erasure_strategy() => Verify("""
        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
            public string Email { get; set; } = "";
            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize)] public string? Name { get; set; }
            [PersonalData(DataCategory.GovernmentId, Erasure = Erasure.Pseudonymize)] public string? TaxId { get; set; }
            [PersonalData(DataCategory.Financial, Erasure = Erasure.Retain, RetentionReason = "Tax law")] public string? Iban { get; set; }
            [PersonalData(DataCategory.Credential, Export = false)] public string? PasswordHash { get; set; }
            public int Points { get; set; }
        }
        """);

    [Fact]
    public void Nested_objects_and_collections() => Verify("""
        public partial class Customer
        {
            public Address? Home { get; set; }
            public List<Address> Previous { get; } = new();
            public Dictionary<string, Address> ByLabel { get; set; } = new();
            [PersonalData(DataCategory.Phone, Erasure = Erasure.Anonymize)] public string[] Phones { get; set; } = Array.Empty<string>();
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }
        """);

    [Fact]
    public void Record_struct_and_nested_type() => Verify("""
        namespace Shop
        {
            public partial class Outer
            {
                public partial record Person([PersonalData(DataCategory.Name, Erasure = Erasure.Retain, RetentionReason = "Contract")] string Name);
            }

            public partial struct Point
            {
                [PersonalData(DataCategory.Location, Erasure = Erasure.Anonymize)] public double Latitude;
            }
        }
        """);

    [Fact]
    public void Generic_type_and_inheritance() => Verify("""
        public partial class Envelope<T> where T : class
        {
            [PersonalData(DataCategory.Communication)] public T? Content { get; set; }
        }

        public partial class Person
        {
            [PersonalData(DataCategory.Name)] public string? Name { get; set; }
        }

        public sealed partial class Employee : Person
        {
            [PersonalData(DataCategory.Employment, Erasure = Erasure.Pseudonymize)] public Guid? BadgeId { get; set; }
        }
        """);

    [Fact]
    public void Audited_partial_property() => Verify("""
        [DataSubject("Patient")]
        public partial class Patient
        {
            public Guid Id { get; set; }

            [PersonalData(DataCategory.Health, Purpose = "Treatment", LegalBasis = LegalBasis.VitalInterests)]
            [Audited]
            public partial string? Diagnosis { get; private set; }

            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize)]
            [Audited]
            public required partial string Name { get; init; }
        }
        """);

    [Fact]
    public void Members_serving_processing_activities() => Verify("""
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
        [assembly: ProcessingActivity("Newsletter", Purpose = "Sending the newsletter", LegalBasis = LegalBasis.Consent, Recipients = new[] { "MailCo" })]
        [assembly: Recipient("MailCo")]

        [DataSubject("Customer")]
        [ProcessingActivities("Sign-in")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Newsletter" })] public string? Email { get; set; }
            [PersonalData(DataCategory.Name, Activities = new[] { "Newsletter" }, Erasure = Erasure.Anonymize)] public string? Salutation { get; set; }
            [PersonalData(DataCategory.Credential, Export = false)] public string? PasswordHash { get; set; }
            public Address? Home { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }
        """);

    private static void Verify(string source, [CallerMemberName] string name = "")
    {
        var (_, generated, diagnostics) = GeneratorHarness.Run(source);
        // The snapshot is of code that compiles cleanly: no error or warning (the harness raises warnings to errors; either fails here).
        var problems = diagnostics.Where(diagnostic => diagnostic.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "The code with its generated code does not compile cleanly:\n" + string.Join("\n", problems));
        var text = string.Join("\n", generated.Where(pair => pair.Key.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal) || pair.Key == "ProcessingActivities.g.cs").OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => "// ===== " + pair.Key + " =====\n" + pair.Value));
        Approvals.Verify(text);
    }
}
