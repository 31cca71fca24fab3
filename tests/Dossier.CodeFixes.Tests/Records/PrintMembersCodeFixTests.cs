using Dossier.CodeFixes.Records;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Records.RecordPrintMembersAnalyzer, Dossier.CodeFixes.Records.PrintMembersCodeFix>;

namespace Dossier.CodeFixes.Tests.Records;

public class PrintMembersCodeFixTests
{
    [Fact]
    public Task Positional_record_gets_a_body_and_prints_only_the_other_members() => Verify.VerifyAsync("""
        using Dossier;
        public record {|PII007:Customer|}([PersonalData(DataCategory.Email)] string Email, int Visits, string Tier);
        """, """
        using Dossier;
        public record Customer([PersonalData(DataCategory.Email)] string Email, int Visits, string Tier)
        {
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("Visits = ").Append(Visits).Append(", Tier = ").Append(Tier);
                return true;
            }
        }
        """, equivalenceKey: PrintMembersCodeFix.EquivalenceKey);

    [Fact]
    public Task Sealed_records_and_record_structs_get_a_private_method() => Verify.VerifyAsync("""
        using Dossier;
        public sealed record {|PII007:Contact|}
        {
            [PersonalData(DataCategory.Phone)] public string? Phone { get; init; }
        }
        public record struct {|PII007:Lead|}([PersonalData(DataCategory.Name)] string Name, int Score);
        """, """
        using Dossier;
        public sealed record Contact
        {
            [PersonalData(DataCategory.Phone)] public string? Phone { get; init; }

            private bool PrintMembers(System.Text.StringBuilder builder)
            {
                return false;
            }
        }
        public record struct Lead([PersonalData(DataCategory.Name)] string Name, int Score)
        {
            private bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("Score = ").Append(Score);
                return true;
            }
        }
        """);

    [Fact]
    public Task Derived_records_override_and_call_the_base() => Verify.VerifyAsync("""
        using Dossier;
        public abstract record Person(int Id);
        public record {|PII007:Employee|}(int Id, [PersonalData(DataCategory.Name)] string Name, string Team) : Person(Id);
        """, """
        using Dossier;
        public abstract record Person(int Id);
        public record Employee(int Id, [PersonalData(DataCategory.Name)] string Name, string Team) : Person(Id)
        {
            protected override bool PrintMembers(System.Text.StringBuilder builder)
            {
                if (base.PrintMembers(builder)) { builder.Append(", "); }
                builder.Append("Team = ").Append(Team);
                return true;
            }
        }
        """);

    /// <summary>Fixing the base alone is enough (the derived record then trusts its PrintMembers); fixing the derived record first must not call the base's.</summary>
    [Fact]
    public Task A_derived_record_whose_base_prints_personal_data_prints_the_rest_itself()
    {
        var test = Verify.Create("""
            using Dossier;
            public record {|PII007:Employee|}(int Id, string Name, string Team) : Person(Id, Name);
            public abstract record {|PII007:Person|}(int Id, [PersonalData(DataCategory.Name)] string Name);
            """, """
            using Dossier;
            public record Employee(int Id, string Name, string Team) : Person(Id, Name)
            {
                protected override bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("Id = ").Append(Id).Append(", Team = ").Append(Team);
                    return true;
                }
            }
            public abstract record {|PII007:Person|}(int Id, [PersonalData(DataCategory.Name)] string Name);
            """);
        test.CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.FixOne;
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        test.BatchFixedCode = """
            using Dossier;
            public record Employee(int Id, string Name, string Team) : Person(Id, Name)
            {
                protected override bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("Id = ").Append(Id).Append(", Team = ").Append(Team);
                    return true;
                }
            }
            public abstract record Person(int Id, [PersonalData(DataCategory.Name)] string Name)
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("Id = ").Append(Id);
                    return true;
                }
            }
            """;
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_declares_PrintMembers_in_every_record()
    {
        var test = Verify.Create("""
            using Dossier;
            public record {|PII007:Customer|}([PersonalData(DataCategory.Email)] string Email);
            public record {|PII007:Lead|}([PersonalData(DataCategory.Name)] string Name);
            """, """
            using Dossier;
            public record Customer([PersonalData(DataCategory.Email)] string Email)
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder)
                {
                    return false;
                }
            }
            public record Lead([PersonalData(DataCategory.Name)] string Name)
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder)
                {
                    return false;
                }
            }
            """);
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }
}
