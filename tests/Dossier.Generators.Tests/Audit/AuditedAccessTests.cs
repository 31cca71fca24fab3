using Dossier.Generators.Common;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Audit;

/// <summary>When generated code can record access to an [Audited] member, and what it says when it cannot.</summary>
public class AuditedAccessTests
{
    private const string Types = """
        public partial class Patient
        {
            [PersonalData(DataCategory.Health)] [Audited] public partial string? Diagnosis { get; set; }
            [PersonalData(DataCategory.Health)] [Audited] public string? Allergies { get; set; }
            [PersonalData(DataCategory.Health)] [Audited] public string? BloodType;
            [PersonalData(DataCategory.Health)] public partial string? Notes { get; set; }
            [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            [PersonalData(DataCategory.Health)] [Audited] public partial string? Medication { get; set; }
            [PersonalData(DataCategory.Health)] [Audited] public static partial string? Ward { get; set; }
        }

        public partial class Patient
        {
            private string? _notes;
            public partial string? Notes { get => _notes; set => _notes = value; }
            private string? _medication;
            public partial string? Medication { get => _medication; set => _medication = value; }
            public static partial string? Ward { get => null; set { } }
        }

        [Audited]
        public partial class Visit
        {
            [PersonalData(DataCategory.Health)] public partial string? Reason { get; set; }
        }

        public partial struct Reading
        {
            [PersonalData(DataCategory.Health)] [Audited] public partial double Glucose { get; set; }
            public partial double Glucose { get => 0; set { } }
        }
        """;

    [Theory]
    [InlineData("Patient", "Diagnosis", nameof(AccessLogging.Recorded), null)]
    [InlineData("Visit", "Reason", nameof(AccessLogging.Recorded), null)]
    [InlineData("Patient", "Name", nameof(AccessLogging.NotRequested), null)]
    [InlineData("Patient", "Notes", nameof(AccessLogging.NotRequested), null)]
    [InlineData("Patient", "Allergies", nameof(AccessLogging.CannotRecord), "it is not a partial property; declare it 'partial' (C# 13)")]
    [InlineData("Patient", "BloodType", nameof(AccessLogging.CannotRecord), "it is a field; make it a partial property")]
    [InlineData("Patient", "Medication", nameof(AccessLogging.CannotRecord), "its implementation part is written by hand; remove it, and Dossier generates one that records each access")]
    [InlineData("Patient", "Ward", nameof(AccessLogging.CannotRecord), null)]
    [InlineData("Reading", "Glucose", nameof(AccessLogging.CannotRecord), "it belongs to a struct, whose fields cannot be split across partial declarations; make the type a class")]
    public void Classifies_audited_members(string type, string member, string expected, string? expectedReason)
    {
        var symbol = Member(GeneratorHarness.CreateCompilation(Types), type, member);

        Assert.Equal(expected, AuditedAccess.Classify(symbol, out var reason).ToString());
        if (expected == nameof(AccessLogging.CannotRecord))
        {
            Assert.Equal(expectedReason ?? reason, reason);
            Assert.False(string.IsNullOrEmpty(reason));
        }
        else
        {
            Assert.Null(reason);
        }
    }

    [Fact]
    public void Partial_properties_before_csharp_13_cannot_be_recorded()
    {
        var compilation = GeneratorHarness.CreateCompilation(Types);
        var csharp12 = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0],
            compilation.SyntaxTrees[0].WithRootAndOptions(compilation.SyntaxTrees[0].GetRoot(), new CSharpParseOptions(LanguageVersion.CSharp12)));

        Assert.Equal(AccessLogging.CannotRecord, AuditedAccess.Classify(Member(csharp12, "Patient", "Diagnosis"), out var reason));
        Assert.Equal("partial properties need C# 13 or later; set LangVersion to 13 or later", reason);
    }

    [Fact]
    public void The_implementation_Dossier_generates_is_not_taken_for_a_hand_written_one()
    {
        var (output, _, _) = GeneratorHarness.Run(Types);

        Assert.Equal(AccessLogging.Recorded, AuditedAccess.Classify(Member(output, "Patient", "Diagnosis"), out _));
    }

    [Fact]
    public void Only_recorded_members_count_as_access_logged()
    {
        var (_, generated, _) = GeneratorHarness.Run(Types);
        var patient = generated["Patient.PersonalData.g.cs"];

        // The member table's last fixed field holds the flags: A for audited, a for audited but not recorded by generated
        // accessors (saves through EF Core are still recorded).
        Assert.Contains("Diagnosis\\tHealth\\t\\tUnspecified\\t\\tDelete\\t\\tA", patient, StringComparison.Ordinal);
        Assert.Matches("Allergies\\\\tHealth\\\\t\\\\tUnspecified\\\\t\\\\tDelete\\\\t\\\\ta(\\\\n|\")", patient);
        Assert.Contains("PersonalDataAudit.RecordRead(this, ", patient, StringComparison.Ordinal);
        Assert.DoesNotContain("partial string? Allergies", patient, StringComparison.Ordinal);
    }

    private static ISymbol Member(Compilation compilation, string type, string member) =>
        compilation.GetTypeByMetadataName(type)!.GetMembers(member).First(symbol => symbol is IPropertySymbol or IFieldSymbol);
}
