using Dossier.Generators.Analyzers.Audit;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Dossier.Generators.Tests.Audit;

/// <summary>
/// PII010. A partial property definition does not compile until Dossier's generator writes its implementation
/// part, and only the analyzer runs here; so tests with such definitions ignore compiler errors
/// (<see cref="PartialDefinitions"/>), and the others compile as they stand.
/// </summary>
public class UnloggedPersonalDataAnalyzerTests
{
    [Fact]
    public Task Reports_unaudited_special_categories_by_default() => Verify("""
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|} { get; set; }
            [PersonalData(DataCategory.CriminalRecord)] public string? {|PII010:Convictions|};
            [PersonalData(DataCategory.SexLifeOrOrientation)] public string? {|PII010:Orientation|} { get; set; }
            [PersonalData(DataCategory.GovernmentId)] public string? PassportNumber { get; set; }
            [PersonalData(DataCategory.Financial)] public string? Iban { get; set; }
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            public string? Untagged { get; set; }
        }
        """);

    [Fact]
    public Task Message_names_the_member_and_its_category() => Verify("""
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Genetic)] public string? {|#0:Genome|} { get; set; }
        }
        """, null, Expected(0, "'Genome' holds Genetic data, whose access must be logged, but is not [Audited]; " +
            "mark it [Audited] and declare it as a partial property, so that each read and write is recorded"));

    [Fact]
    public Task Sensitive_adds_government_ids_financial_data_and_credentials() => Verify("""
        using Dossier;
        public class Person
        {
            [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|} { get; set; }
            [PersonalData(DataCategory.GovernmentId)] public string? {|PII010:PassportNumber|} { get; set; }
            [PersonalData(DataCategory.Financial)] public string? {|PII010:Iban|} { get; set; }
            [PersonalData(DataCategory.Credential)] public string? {|PII010:PasswordHash|} { get; set; }
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            [PersonalData(DataCategory.Location)] public string? LastSeen { get; set; }
        }
        """, "dossier.audit_required = sensitive");

    [Fact]
    public Task All_requires_every_tagged_member() => Verify("""
        using Dossier;
        public class Person
        {
            [PersonalData(DataCategory.Email)] public string? {|PII010:Email|} { get; set; }
            [PersonalData] public string? {|PII010:Nickname|} { get; set; }
            [NotPersonalData] public string? Theme { get; set; }
            public string? Untagged { get; set; }
        }
        """, "dossier.audit_required = all");

    [Fact]
    public Task None_requires_nothing_but_still_reports_audits_that_cannot_happen() => Verify("""
        using Dossier;
        public class Person
        {
            [PersonalData(DataCategory.Health)] public string? Diagnosis { get; set; }
            [PersonalData(DataCategory.Email), Audited] public string? {|PII010:Email|};
        }
        """, "dossier.audit_required = none");

    [Fact]
    public Task An_unknown_setting_keeps_the_default() => Verify("""
        using Dossier;
        public class Person
        {
            [PersonalData(DataCategory.Biometric)] public byte[]? {|PII010:Fingerprint|} { get; set; }
            [PersonalData(DataCategory.Credential)] public string? PasswordHash { get; set; }
        }
        """, "dossier.audit_required = everything");

    [Fact]
    public Task An_audited_partial_property_is_recorded_and_not_reported() => PartialDefinitions("""
        using Dossier;
        public partial class Patient
        {
            [PersonalData(DataCategory.Health), Audited] public partial string? Diagnosis { get; set; }
            [Audited, PersonalData(DataCategory.Genetic)] public partial string Genome { get; init; }
            [PersonalData(DataCategory.Biometric)][Audited] public partial byte[]? Fingerprint { get; }
        }
        """, "dossier.audit_required = all");

    [Fact]
    public Task Audited_on_the_type_covers_its_partial_properties_and_those_of_nested_types() => PartialDefinitions("""
        using Dossier;
        [Audited]
        public partial class Patient
        {
            [PersonalData(DataCategory.Health)] public partial string? Diagnosis { get; set; }
            [PersonalData(DataCategory.Health)] public string? {|#0:Allergies|} { get; set; }

            public partial class Visit
            {
                [PersonalData(DataCategory.Health)] public partial string? Notes { get; set; }
            }
        }
        """, null, Expected(0, "'Allergies' is [Audited], but Dossier cannot record its reads and writes: it is not a partial property; declare it 'partial' (C# 13)"));

    [Fact]
    public Task An_audited_field_cannot_be_recorded() => Verify("""
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Email), Audited] public string? {|#0:Email|};
        }
        """, null, Expected(0, "'Email' is [Audited], but Dossier cannot record its reads and writes: it is a field; make it a partial property"));

    [Fact]
    public Task An_audited_property_that_is_not_partial_cannot_be_recorded() => Verify("""
        using Dossier;
        public partial class Patient
        {
            [PersonalData(DataCategory.Health), Audited] public string? {|#0:Diagnosis|} { get; set; }
        }
        """, null, Expected(0, "'Diagnosis' is [Audited], but Dossier cannot record its reads and writes: it is not a partial property; declare it 'partial' (C# 13)"));

    [Fact]
    public Task A_partial_property_needs_CSharp_13()
    {
        var test = AnalyzerVerifier<UnloggedPersonalDataAnalyzer>.Create("""
            using Dossier;
            public partial class Patient
            {
                [PersonalData(DataCategory.Health), Audited] public partial string? {|#0:Diagnosis|} { get; set; }
            }
            """);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12)));
        test.ExpectedDiagnostics.Add(Expected(0,
            "'Diagnosis' is [Audited], but Dossier cannot record its reads and writes: partial properties need C# 13 or later; set LangVersion to 13 or later"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_hand_written_implementation_part_cannot_be_recorded() => Verify("""
        using Dossier;
        public partial class Patient
        {
            [PersonalData(DataCategory.Health), Audited] public partial string? {|#0:Diagnosis|} { get; set; }
            public partial string? Diagnosis { get => diagnosis; set => diagnosis = value; }
            private string? diagnosis;
        }
        """, null, Expected(0, "'Diagnosis' is [Audited], but Dossier cannot record its reads and writes: " +
            "its implementation part is written by hand; remove it, and Dossier generates one that records each access"));

    [Fact]
    public Task A_generated_implementation_part_is_the_one_Dossier_writes()
    {
        var test = AnalyzerVerifier<UnloggedPersonalDataAnalyzer>.Create("""
            using Dossier;
            public partial class Patient
            {
                [PersonalData(DataCategory.Health), Audited] public partial string? Diagnosis { get; set; }
            }
            """);
        test.TestState.Sources.Add(("Patient.PersonalData.g.cs", """
            // <auto-generated/>
            public partial class Patient
            {
                private string? diagnosis;
                public partial string? Diagnosis { get => diagnosis; set => diagnosis = value; }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Static_members_and_members_of_types_that_are_not_partial_cannot_be_recorded() => PartialDefinitions("""
        using Dossier;
        public partial class Registry
        {
            [PersonalData(DataCategory.Health), Audited] public static partial string? {|#0:LastDiagnosis|} { get; set; }
        }
        public class Outer
        {
            public partial class Patient
            {
                [PersonalData(DataCategory.Health), Audited] public partial string? {|#1:Diagnosis|} { get; set; }
            }
        }
        """, null,
        Expected(0, "'LastDiagnosis' is [Audited], but Dossier cannot record its reads and writes: it is static; make it an instance partial property, so that each access names its data subject"),
        Expected(1, "'Diagnosis' is [Audited], but Dossier cannot record its reads and writes: 'Outer' is not partial; make it, and every type that contains it, partial"));

    [Fact]
    public Task Record_positional_parameters_are_reported_on_the_parameter() => Verify("""
        using Dossier;
        public record Patient([PersonalData(DataCategory.Health)] string {|PII010:Diagnosis|}, [PersonalData(DataCategory.Email), Audited] string {|#0:Email|});
        """, null, Expected(0, "'Email' is [Audited], but Dossier cannot record its reads and writes: " +
            "it is a positional record parameter; declare it as a partial property in the body of the record"));

    [Fact]
    public Task Identity_tagged_members_count_as_category_other() => Verify("""
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
        public class User
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public string? {|PII010:PhoneNumber|} { get; set; }
        }
        """, "dossier.audit_required = all");

    [Fact]
    public Task Identity_tagged_members_are_not_special_by_default_but_their_audit_is_checked() => Verify("""
        using Dossier;
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
        public class User
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public string? PhoneNumber { get; set; }
            [Microsoft.AspNetCore.Identity.PersonalData, Audited] public string? {|PII010:Email|} { get; set; }
        }
        """);

    private static Task Verify(string source, string? editorConfig = null, params DiagnosticResult[] expected) =>
        AnalyzerVerifier<UnloggedPersonalDataAnalyzer>.VerifyAsync(source, editorConfig, expected);

    /// <summary>Verifies source with partial property definitions that only the generator would complete.</summary>
    private static Task PartialDefinitions(string source, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = AnalyzerVerifier<UnloggedPersonalDataAnalyzer>.Create(source, editorConfig);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string message) =>
        new DiagnosticResult(DiagnosticDescriptors.Unlogged).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(message);
}
