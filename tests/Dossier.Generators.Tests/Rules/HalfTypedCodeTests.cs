using Dossier.Generators.Analyzers.Activities;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Analyzers.Encryption;
using Dossier.Generators.Analyzers.Records;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Rules;

/// <summary>Code as it looks mid-edit: the declaration rules neither crash nor report what is merely unfinished.</summary>
public class HalfTypedCodeTests
{
    /// <summary>Each source is complete but for one unfinished part, so any PII004 or PII008 would be about that part.</summary>
    public static TheoryData<string> UnfinishedCode => new()
    {
        "using Dossier; public class C { [PersonalData(DataCategory.Email, Purpose = , LegalBasis = LegalBasis.Consent)] public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Email, Purpose = \"x\", LegalBasis = LegalBasis.)] public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Email, Purpose = \"x\", LegalBasis = LegalBasis.Consent, Retention = \"2 years\" public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Emai, Purpose = \"x\", LegalBasis = LegalBasis.Consent)] public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Email, Purpose = 5, LegalBasis = LegalBasis.Contract)] public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Email, Purpose = \"x\", LegalBasis = LegalBasis.Consent, Recipients = new[] { \"A\" )] public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Email, Purpose = \"x\", LegalBasis = LegalBasis.Consent, Erasure = Erasure.Retain, RetentionReason = UnknownConstant)] public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Email, Purpose = \"x\", LegalBasis = LegalBasis.Consent, Retention = UnknownConstant)] public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Health, Purpose = \"x\", LegalBasis = LegalBasis.Consent)] public Unknown? Diagnosis { get; set; } }",
        "using Dossier; public record R([PersonalData(DataCategory.Email)] string",
        "using Dossier; public class C { [PersonalData(DataCategory.Email)] public string? }",
        "using Dossier; public class C { [PersonalData(DataCategory.Email, Purpose = \"x\", LegalBasis = LegalBasis.Consent, Purpose = \"y\")] public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Email, Purpose = \"x\", LegalBasis = LegalBasis.Consent, Unknown = 1)] public string? Email { get; set; } }",
        "using Dossier; public class C { [PersonalData(DataCategory.Email, DataCategory.Phone, Purpose = \"x\", LegalBasis = LegalBasis.Consent)] public string? Email { get; set; } }",
        "using Dossier; [assembly: Recipient()] [assembly: DataController] [assembly: Recipient(Unknown)] public class C { }",
        "using Dossier; [assembly: Recipient(\"A\", Role = RecipientRole.)] public class C { }",
        "using Dossier; [assembly: DataController(\"\"] public class C { }",
        "using Dossier; [assembly: ProcessingActivity(\"A\", Purpose = \"x\", LegalBasis = LegalBasis.)] public class C { [PersonalData(DataCategory.Email, Activities = new[] { \"A\" })] public string? Email { get; set; } }",
        "using Dossier; [assembly: ProcessingActivity(\"A\", Purpose = \"x\", LegalBasis = LegalBasis.Contract, Recipients = new[] { \"B\" ] public class C { }",
        "using Dossier; [assembly: ProcessingActivity(] public class C { }",
        "using Dossier; [assembly: ProcessingActivity(Unknown, Purpose = \"x\", LegalBasis = LegalBasis.Contract)] public class C { }",
        "using Dossier; [assembly: ProcessingActivity(\"A\", Purpose = \"x\", LegalBasis = LegalBasis.Contract, Retention = Unknown)] public class C { [PersonalData(DataCategory.Email, Activities = new[] { \"A\" })] public string? Email { get; set; } }",
        "using Dossier; [assembly: ProcessingActivity(\"A\", Purpose = \"x\", LegalBasis = LegalBasis.Contract)] public class C { [PersonalData(DataCategory.Email, Activities = new[] { \"A\", )] public string? Email { get; set; } }",
        "using Dossier; [assembly: ProcessingActivity(\"A\", Purpose = \"x\", LegalBasis = LegalBasis.Contract)] [ProcessingActivities(\"A\", ] public class C { [PersonalData(DataCategory.Email)] public string? Email { get; set; } }",
        "using Dossier; [assembly: ProcessingActivity(\"A\", Purpose = \"x\", LegalBasis = LegalBasis.Contract)] [ProcessingActivities(Unknown)] public class C { [PersonalData(DataCategory.Email)] public string? Email { get; set; } }",
    };

    public static TheoryData<DiagnosticAnalyzer> Analyzers => new()
    {
        new IncompleteDeclarationAnalyzer(),
        new InvalidArgumentAnalyzer(),
        new RecordPrintMembersAnalyzer(),
        new ProcessingActivityAnalyzer(),
        new RepeatedDeclarationAnalyzer(),
    };

    [Theory]
    [MemberData(nameof(UnfinishedCode))]
    public async Task Unfinished_attributes_are_not_reported(string source)
    {
        foreach (var analyzer in Analyzers)
        {
            var diagnostics = await DiagnosticsRunner.RunAsync(analyzer, source);
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
            Assert.True(!diagnostics.Any(diagnostic => diagnostic.Id is "PII004" or "PII008"), analyzer.GetType().Name + ": " + string.Join("; ", diagnostics));
        }
    }

    [Theory]
    [MemberData(nameof(UnfinishedCode))]
    public async Task The_encryption_rule_does_not_crash(string source)
    {
        var diagnostics = await DiagnosticsRunner.RunAsync(new EncryptionAnalyzer(), source, "dossier.encryption_required = all");
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    [Fact]
    public async Task A_look_alike_attribute_outside_the_Dossier_namespace_is_ignored()
    {
        var diagnostics = await DiagnosticsRunner.RunAsync(new EncryptionAnalyzer(), """
            public class PersonalDataAttribute : System.Attribute { public PersonalDataAttribute(int category) { } }
            public class C { [PersonalData(20)] public string? Diagnosis { get; set; } }
            """);
        Assert.Empty(diagnostics);
    }
}
