using Dossier.CodeFixes.Generation;
using Dossier.Generators.Analyzers.Declarations;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Generation.PersonalDataTypeAnalyzer, Dossier.CodeFixes.Generation.KeepWithReasonCodeFix>;

namespace Dossier.CodeFixes.Tests.Generation;

public class KeepWithReasonCodeFixTests
{
    [Fact]
    public Task Sets_Retain_and_a_reason_to_fill_in() => Verify.VerifyAsync("""
        using Dossier;
        public partial class Invoice
        {
            [PersonalData(DataCategory.Name, Purpose = "Billing")] public string {|PII005:CustomerName|} { get; } = "";
        }
        """, $$"""
        using Dossier;
        public partial class Invoice
        {
            [PersonalData(DataCategory.Name, Purpose = "Billing", Erasure = Erasure.Retain, RetentionReason = "{{Placeholders.RetentionReason}}")] public string CustomerName { get; } = "";
        }
        """, equivalenceKey: KeepWithReasonCodeFix.EquivalenceKey);

    [Fact]
    public Task Replaces_another_strategy_and_keeps_a_written_reason() => Verify.VerifyAsync("""
        using Dossier;
        public partial class Invoice
        {
            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize, RetentionReason = "Tax law")] public string {|PII005:CustomerName|} { get; init; } = "";
        }
        """, """
        using Dossier;
        public partial class Invoice
        {
            [PersonalData(DataCategory.Name, Erasure = Erasure.Retain, RetentionReason = "Tax law")] public string CustomerName { get; init; } = "";
        }
        """);

    [Fact]
    public Task Works_on_record_positional_parameters() => Verify.VerifyAsync("""
        using Dossier;
        public partial record Invoice([PersonalData(DataCategory.Name)] string {|PII005:CustomerName|});
        """, $$"""
        using Dossier;
        public partial record Invoice([PersonalData(DataCategory.Name, Erasure = Erasure.Retain, RetentionReason = "{{Placeholders.RetentionReason}}")] string CustomerName);
        """);

    [Fact]
    public Task Fix_all_keeps_every_member()
    {
        var test = Verify.Create("""
            using Dossier;
            public partial class Invoice
            {
                [PersonalData(DataCategory.Name)] public string {|PII005:CustomerName|} { get; } = "";
                [PersonalData(DataCategory.PostalAddress)] public string {|PII005:BillingAddress|} { get; } = "";
            }
            """, $$"""
            using Dossier;
            public partial class Invoice
            {
                [PersonalData(DataCategory.Name, Erasure = Erasure.Retain, RetentionReason = "{{Placeholders.RetentionReason}}")] public string CustomerName { get; } = "";
                [PersonalData(DataCategory.PostalAddress, Erasure = Erasure.Retain, RetentionReason = "{{Placeholders.RetentionReason}}")] public string BillingAddress { get; } = "";
            }
            """);
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Offers_nothing_for_a_member_tagged_by_another_library()
    {
        var source = """
            namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
            public partial class User
            {
                [Microsoft.AspNetCore.Identity.PersonalData] public string {|PII005:PhoneNumber|} { get; } = "";
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
