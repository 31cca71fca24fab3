using Dossier.CodeFixes.Audit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Audit.UnloggedPersonalDataAnalyzer, Dossier.CodeFixes.Audit.AuditAccessCodeFix>;

namespace Dossier.CodeFixes.Tests.Audit;

/// <summary>
/// The PII010 fix. A partial property definition does not compile until Dossier's generator writes its
/// implementation part, and the generator does not run here; so these tests ignore compiler errors.
/// </summary>
public class AuditAccessCodeFixTests
{
    [Fact]
    public Task Adds_Audited_to_a_partial_property() => Fix("""
        using Dossier;
        public partial class Patient
        {
            [PersonalData(DataCategory.Health, Purpose = "Care")]
            public partial string? {|PII010:Diagnosis|} { get; set; }
        }
        """, """
        using Dossier;
        public partial class Patient
        {
            [PersonalData(DataCategory.Health, Purpose = "Care"), Audited]
            public partial string? Diagnosis { get; set; }
        }
        """);

    [Fact]
    public Task Adds_Audited_and_partial_to_auto_properties() => Fix("""
        using Dossier;
        public partial class Patient
        {
            [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|} { get; set; }
            [PersonalData(DataCategory.Genetic)] public required string {|PII010:Genome|} { get; init; }
            [PersonalData(DataCategory.Biometric)]
            public virtual byte[]? {|PII010:Fingerprint|} { get; protected set; }
            [PersonalData(DataCategory.CriminalRecord)] internal string? {|PII010:Convictions|} { get; }
        }
        """, """
        using Dossier;
        public partial class Patient
        {
            [PersonalData(DataCategory.Health), Audited] public partial string? Diagnosis { get; set; }
            [PersonalData(DataCategory.Genetic), Audited] public required partial string Genome { get; init; }
            [PersonalData(DataCategory.Biometric), Audited]
            public virtual partial byte[]? Fingerprint { get; protected set; }
            [PersonalData(DataCategory.CriminalRecord), Audited] internal partial string? Convictions { get; }
        }
        """);

    [Fact]
    public Task Makes_an_audited_property_partial_without_a_using() => Fix("""
        public partial class Patient
        {
            [Dossier.PersonalData(Dossier.DataCategory.Email), Dossier.Audited] public string? {|PII010:Email|} { get; set; }
            [Dossier.PersonalData(Dossier.DataCategory.Health)] public string? {|PII010:Diagnosis|} { get; set; }
        }
        [Dossier.Audited]
        public partial class Visit
        {
            [Dossier.PersonalData(Dossier.DataCategory.Email)] public string? {|PII010:Notes|} { get; set; }
        }
        """, """
        public partial class Patient
        {
            [Dossier.PersonalData(Dossier.DataCategory.Email), Dossier.Audited] public partial string? Email { get; set; }
            [Dossier.PersonalData(Dossier.DataCategory.Health), Dossier.Audited] public partial string? Diagnosis { get; set; }
        }
        [Dossier.Audited]
        public partial class Visit
        {
            [Dossier.PersonalData(Dossier.DataCategory.Email)] public partial string? Notes { get; set; }
        }
        """);

    [Fact]
    public Task Identity_tagged_members_get_Audited_beside_their_tag() => Fix("""
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
        public partial class User
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public string? {|PII010:PhoneNumber|} { get; set; }
        }
        """, """
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
        public partial class User
        {
            [Microsoft.AspNetCore.Identity.PersonalData, Dossier.Audited] public partial string? PhoneNumber { get; set; }
        }
        """, "dossier.audit_required = all");

    [Fact]
    public Task Fix_all_audits_every_member_it_can_and_leaves_the_rest()
    {
        var test = Verify.Create("""
            using Dossier;
            public partial class Patient
            {
                [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|} { get; set; }
                [PersonalData(DataCategory.Biometric)] public partial byte[]? {|PII010:Fingerprint|} { get; set; }
                [PersonalData(DataCategory.Genetic)] public string? {|PII010:Genome|};
                [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            }
            public partial class Account
            {
                [PersonalData(DataCategory.Credential), Audited] public string? {|PII010:PasswordHash|} { get; set; }
            }
            """, """
            using Dossier;
            public partial class Patient
            {
                [PersonalData(DataCategory.Health), Audited] public partial string? Diagnosis { get; set; }
                [PersonalData(DataCategory.Biometric), Audited] public partial byte[]? Fingerprint { get; set; }
                [PersonalData(DataCategory.Genetic)] public string? {|PII010:Genome|};
                [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            }
            public partial class Account
            {
                [PersonalData(DataCategory.Credential), Audited] public partial string? PasswordHash { get; set; }
            }
            """);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.CodeActionEquivalenceKey = AuditAccessCodeFix.EquivalenceKey;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfIncrementalIterations = 3;
        return test.RunAsync();
    }

    /// <summary>Members the fix cannot turn into recorded ones: it offers nothing rather than a change that leaves the warning.</summary>
    public static TheoryData<string> CannotBeFixed => new()
    {
        // A field, and a positional record parameter.
        "using Dossier; public partial class P { [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|}; }",
        "using Dossier; public partial record P([PersonalData(DataCategory.Health)] string {|PII010:Diagnosis|});",
        // An initializer, accessor bodies, static.
        "using Dossier; public partial class P { [PersonalData(DataCategory.Health)] public string {|PII010:Diagnosis|} { get; set; } = \"\"; }",
        "using Dossier; public partial class P { private string? d; [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|} { get => d; set => d = value; } }",
        "using Dossier; public partial class P { [PersonalData(DataCategory.Health)] public static string? {|PII010:Diagnosis|} { get; set; } }",
        // A struct: the generated backing field cannot join the struct's other fields.
        "using Dossier; public partial struct P { [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|} { get; set; } }",
        // A type, or a containing type, that is not partial.
        "using Dossier; public class P { [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|} { get; set; } }",
        "using Dossier; public class Outer { public partial class P { [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|} { get; set; } } }",
        // An implementation part written by hand.
        "using Dossier; public partial class P { [PersonalData(DataCategory.Health)] public partial string? {|PII010:Diagnosis|} { get; set; } public partial string? Diagnosis { get => d; set => d = value; } private string? d; }",
    };

    [Theory]
    [MemberData(nameof(CannotBeFixed))]
    public Task No_fix_is_offered_when_it_would_not_clear_the_warning(string source)
    {
        var test = Verify.Create(source, source);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_is_offered_before_CSharp_13()
    {
        const string source = """
            using Dossier;
            public partial class Patient
            {
                [PersonalData(DataCategory.Health)] public string? {|PII010:Diagnosis|} { get; set; }
            }
            """;
        var test = Verify.Create(source, source);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12)));
        return test.RunAsync();
    }

    private static Task Fix(string source, string fixedSource, string? editorConfig = null)
    {
        var test = Verify.Create(source, fixedSource, editorConfig);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.CodeActionEquivalenceKey = AuditAccessCodeFix.EquivalenceKey;
        return test.RunAsync();
    }
}
