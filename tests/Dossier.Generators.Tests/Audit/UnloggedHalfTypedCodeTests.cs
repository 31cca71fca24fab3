using Dossier.Generators.Analyzers.Audit;
using Dossier.Generators.Tests.Rules;

namespace Dossier.Generators.Tests.Audit;

/// <summary>PII010 on code as it looks mid-edit: it never crashes, and it judges only what is already written.</summary>
public class UnloggedHalfTypedCodeTests
{
    /// <summary>Partial properties, [Audited] and record parameters, each broken in one place.</summary>
    public static TheoryData<string> UnfinishedAuditCode => new()
    {
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited] public partial string? Diagnosis { get; set }",
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited] public partial string? { get; set; } }",
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited] public partial Unknown Diagnosis { get; set; } }",
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited] public partial string? Diagnosis { get; set; } public partial string? Diagnosis { get => ; } }",
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited] public partial string? Diagnosis { } }",
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited] public partial string? Diagnosis => ; }",
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited()] public partial string? this[int i] { get; set; } }",
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited(1)] public partial string? Diagnosis { get; set; } }",
        "using Dossier; [Audited] public partial interface I { [PersonalData(DataCategory.Health)] partial string? Diagnosis { get; set; } }",
        "using Dossier; [Audited public partial class C { [PersonalData(DataCategory.Health)] public partial string? Diagnosis { get; set; } }",
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited] public partial string? I.Diagnosis { get; set; } }",
        "using Dossier; public partial record R([PersonalData(DataCategory.Health), Audited] string",
        "using Dossier; public partial class C { [PersonalData(DataCategory.Health), Audited] partial",
    };

    [Theory]
    [MemberData(nameof(UnfinishedAuditCode))]
    public async Task Unfinished_audit_code_does_not_crash(string source)
    {
        var diagnostics = await DiagnosticsRunner.RunAsync(new UnloggedPersonalDataAnalyzer(), source, "dossier.audit_required = all");
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    [Theory]
    [MemberData(nameof(HalfTypedCodeTests.UnfinishedCode), MemberType = typeof(HalfTypedCodeTests))]
    public async Task Unfinished_tags_do_not_crash(string source)
    {
        var diagnostics = await DiagnosticsRunner.RunAsync(new UnloggedPersonalDataAnalyzer(), source, "dossier.audit_required = all");
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    [Fact]
    public async Task A_look_alike_Audited_attribute_outside_the_Dossier_namespace_is_ignored()
    {
        var diagnostics = await DiagnosticsRunner.RunAsync(new UnloggedPersonalDataAnalyzer(), """
            using Dossier;
            public class AuditedAttribute : System.Attribute { }
            public class C { [PersonalData(DataCategory.Email), global::AuditedAttribute] public string? Email; }
            """);
        Assert.Empty(diagnostics);
    }
}
