using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Records.RecordPrintMembersAnalyzer>;

namespace Dossier.Generators.Tests.Rules;

public class RecordPrintMembersAnalyzerTests
{
    [Fact]
    public Task Reports_a_positional_record_and_lists_its_personal_members() => Verify.VerifyAsync("""
        using Dossier;
        public record {|#0:Customer|}([PersonalData(DataCategory.Email)] string Email, [PersonalData(DataCategory.Name)] string Name, int Visits);
        """, null, new DiagnosticResult(DiagnosticDescriptors.RecordPrintsPersonalData).WithLocation(0).WithArguments("Customer", "Email, Name"));

    [Fact]
    public Task Reports_records_with_tagged_properties_and_fields() => Verify.VerifyAsync("""
        using Dossier;
        public record class {|#0:Customer|}
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; init; }
            [PersonalData(DataCategory.Phone)] public string? Phone;
            public int Visits { get; init; }
        }
        public record struct {|#1:Contact|}([PersonalData(DataCategory.Phone)] string Phone);
        """, null,
        new DiagnosticResult(DiagnosticDescriptors.RecordPrintsPersonalData).WithLocation(0).WithArguments("Customer", "Email, Phone"),
        new DiagnosticResult(DiagnosticDescriptors.RecordPrintsPersonalData).WithLocation(1).WithArguments("Contact", "Phone"));

    /// <summary>A derived record's ToString prints its base record's members too; PII002 sees them there, and so does PII007.</summary>
    [Fact]
    public Task Reports_what_a_derived_record_prints_from_its_base() => Verify.VerifyAsync("""
        using Dossier;
        public abstract record {|#0:Person|}([PersonalData(DataCategory.Name)] string Name);
        public record {|#1:Employee|}(string Name, string Team) : Person(Name);
        public abstract record Audited
        {
            [PersonalData(DataCategory.Name)] public string? Reviewer { get; init; }
            protected virtual bool PrintMembers(System.Text.StringBuilder builder) => false;
        }
        public record Review(int Score) : Audited;
        """, null,
        new DiagnosticResult(DiagnosticDescriptors.RecordPrintsPersonalData).WithLocation(0).WithArguments("Person", "Name"),
        new DiagnosticResult(DiagnosticDescriptors.RecordPrintsPersonalData).WithLocation(1).WithArguments("Employee", "Name"));

    [Fact]
    public Task Members_the_compiler_does_not_print_are_not_listed() => Verify.VerifyAsync("""
        using Dossier;
        public record Customer
        {
            [PersonalData(DataCategory.Email)] private string? Email { get; init; }
            [PersonalData(DataCategory.Phone)] internal string? Phone;
            [PersonalData(DataCategory.Name)] public static string? Default { get; set; }
            [PersonalData(DataCategory.Credential)] public string Secret { set { } }
        }
        """);

    [Fact]
    public Task A_record_that_declares_PrintMembers_or_ToString_is_not_reported() => Verify.VerifyAsync("""
        using Dossier;
        using System.Text;
        public record Customer([PersonalData(DataCategory.Email)] string Email, int Visits)
        {
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                builder.Append("Visits = ").Append(Visits);
                return true;
            }
        }
        public sealed record Contact([PersonalData(DataCategory.Phone)] string Phone)
        {
            public override string ToString() => "Contact";
        }
        """);

    [Fact]
    public Task Classes_and_records_without_personal_data_are_not_reported() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer { [PersonalData(DataCategory.Email)] public string? Email { get; set; } }
        public record Order(int Id, decimal Total);
        """);

    [Fact]
    public Task Interop_tags_count_too() => Verify.VerifyAsync("""
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
        public record {|PII007:User|}
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public string? PhoneNumber { get; init; }
        }
        """);
}
