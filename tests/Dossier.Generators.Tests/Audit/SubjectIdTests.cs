using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Audit;

/// <summary>Which member names the data subject in the audit trail, and how its value becomes text.</summary>
[Collection(AuditCollection.Name)]
public class SubjectIdTests : AuditTestBase
{
    [Theory]
    [InlineData("[System.ComponentModel.DataAnnotations.Key] public int Number { get; set; } = 7; public int Id { get; set; } = 1;", "7")]
    [InlineData("public int Id { get; set; } = 1; public int SubjectId { get; set; } = 2;", "1")]
    [InlineData("public long subjectID = 9_000_000_000;", "9000000000")]
    [InlineData("public Guid Id { get; set; } = new Guid(\"00000000-0000-0000-0000-00000000002a\");", "00000000-0000-0000-0000-00000000002a")]
    [InlineData("public int? Id { get; set; } = 5;", "5")]
    [InlineData("public int? Id { get; set; }", null)]
    [InlineData("public string Id { get; set; } = \"S-1\";", "S-1")]
    [InlineData("public decimal Id { get; set; } = 1.5m;", "1.5")]
    [InlineData("public int Number { get; set; } = 7;", null)]
    // A key still at its default belongs to an object the database has not keyed yet.
    [InlineData("public int Id { get; set; }", null)]
    [InlineData("public Guid Id { get; set; }", null)]
    [InlineData("public string Id { get; set; } = \"\";", "")]
    [InlineData("[System.ComponentModel.DataAnnotations.Key][PersonalData(DataCategory.Email)] public string Email { get; set; } = \"ada@example.com\"; public int Id { get; set; } = 3;", "3")]
    [InlineData("[PersonalData(DataCategory.Identifier)] public string Id { get; set; } = \"ada\";", null)]
    public void The_key_rule_picks_the_subject_id(string members, string? expected)
    {
        GeneratorHarness.RunScenario(
            "public partial class Subject { " + members + " [PersonalData(DataCategory.Name)] public string? Name { get; set; } }",
            Scenario("new Subject().ExportPersonalData(); return \"\";"));

        Assert.Equal(expected, Assert.Single(Log.Events).SubjectId);
    }

    [Fact]
    public void A_derived_type_is_named_by_the_key_its_base_declares()
    {
        GeneratorHarness.RunScenario("""
            public partial class Person
            {
                public int Id { get; set; }
                [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            }

            public partial class Employee : Person
            {
                [PersonalData(DataCategory.Employment)] public string? Role { get; set; }
            }
            """, Scenario("new Employee { Id = 12 }.ExportPersonalData(); return \"\";"));

        var export = Assert.Single(Log.Events);
        Assert.Equal(("Employee", "12"), (export.DataSubject, export.SubjectId));
    }
}
