using Dossier.CodeFixes.Declarations;
using Dossier.Generators.Analyzers.Declarations;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Declarations.InvalidArgumentAnalyzer, Dossier.CodeFixes.Declarations.InvalidArgumentCodeFix>;

namespace Dossier.CodeFixes.Tests.Declarations;

public class InvalidArgumentCodeFixTests
{
    [Theory]
    [InlineData("2 years", "P2Y")]
    [InlineData("30 days", "P30D")]
    [InlineData("6 months", "P6M")]
    [InlineData("1 year and 6 months", "P1Y6M")]
    public Task Rewrites_a_retention_in_words_as_ISO_8601(string words, string iso) => Verify.VerifyAsync($$"""
        using Dossier;
        public class Customer { [PersonalData(DataCategory.Email, {|PII008:Retention = "{{words}}"|})] public string? Email { get; set; } }
        """, $$"""
        using Dossier;
        public class Customer { [PersonalData(DataCategory.Email, Retention = "{{iso}}")] public string? Email { get; set; } }
        """, equivalenceKey: InvalidArgumentCodeFix.RewriteRetentionKey);

    [Fact]
    public Task Offers_no_rewrite_it_cannot_derive()
    {
        var source = """
            using Dossier;
            public class Customer { [PersonalData(DataCategory.Email, {|PII008:Retention = "until the account closes"|})] public string? Email { get; set; } }
            """;
        return Verify.VerifyAsync(source, source);
    }

    [Fact]
    public Task Adds_a_reason_to_fill_in_which_stays_reported() => VerifyStillReportedAsync("""
        using Dossier;
        public class Invoice { [PersonalData(DataCategory.Financial, {|PII008:Erasure = Erasure.Retain|})] public string? Iban { get; set; } }
        """, $$"""
        using Dossier;
        public class Invoice { [PersonalData(DataCategory.Financial, {|PII008:Erasure = Erasure.Retain|}, RetentionReason = "{{Placeholders.RetentionReason}}")] public string? Iban { get; set; } }
        """, InvalidArgumentCodeFix.AddRetentionReasonKey);

    [Fact]
    public Task Replaces_a_blank_reason() => VerifyStillReportedAsync("""
        using Dossier;
        public class Invoice { [PersonalData(DataCategory.Financial, {|PII008:Erasure = Erasure.Retain|}, RetentionReason = "")] public string? Iban { get; set; } }
        """, $$"""
        using Dossier;
        public class Invoice { [PersonalData(DataCategory.Financial, {|PII008:Erasure = Erasure.Retain|}, RetentionReason = "{{Placeholders.RetentionReason}}")] public string? Iban { get; set; } }
        """, InvalidArgumentCodeFix.AddRetentionReasonKey);

    [Fact]
    public Task Can_delete_instead_of_retaining() => Verify.VerifyAsync("""
        using Dossier;
        public class Invoice { [PersonalData(DataCategory.Financial, {|PII008:Erasure = Erasure.Retain|}, RetentionReason = " ")] public string? Iban { get; set; } }
        """, """
        using Dossier;
        public class Invoice { [PersonalData(DataCategory.Financial, Erasure = Erasure.Delete)] public string? Iban { get; set; } }
        """, equivalenceKey: InvalidArgumentCodeFix.DeleteInsteadKey);

    [Fact]
    public Task Fix_all_rewrites_every_retention()
    {
        var test = Verify.Create("""
            using Dossier;
            public class Customer
            {
                [PersonalData(DataCategory.Email, {|PII008:Retention = "2 years"|})] public string? Email { get; set; }
                [PersonalData(DataCategory.Phone, {|PII008:Retention = "90 days"|})] public string? Phone { get; set; }
            }
            public record Lead([PersonalData(DataCategory.Name, {|PII008:Retention = "6 months"|})] string Name);
            """, """
            using Dossier;
            public class Customer
            {
                [PersonalData(DataCategory.Email, Retention = "P2Y")] public string? Email { get; set; }
                [PersonalData(DataCategory.Phone, Retention = "P90D")] public string? Phone { get; set; }
            }
            public record Lead([PersonalData(DataCategory.Name, Retention = "P6M")] string Name);
            """);
        test.CodeActionEquivalenceKey = InvalidArgumentCodeFix.RewriteRetentionKey;
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_deletes_instead_of_retaining_everywhere()
    {
        var test = Verify.Create("""
            using Dossier;
            public class Invoice
            {
                [PersonalData(DataCategory.Financial, {|PII008:Erasure = Erasure.Retain|})] public string? Iban { get; set; }
                [PersonalData(DataCategory.Name, {|PII008:Erasure = Erasure.Retain|})] public string? Name { get; set; }
            }
            """, """
            using Dossier;
            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Erasure = Erasure.Delete)] public string? Iban { get; set; }
                [PersonalData(DataCategory.Name, Erasure = Erasure.Delete)] public string? Name { get; set; }
            }
            """);
        test.CodeActionEquivalenceKey = InvalidArgumentCodeFix.DeleteInsteadKey;
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    /// <summary>For fixes that leave a placeholder: the fixed code is still reported, as its markup shows.</summary>
    private static Task VerifyStillReportedAsync(string source, string fixedSource, string equivalenceKey)
    {
        var test = Verify.Create(source, fixedSource);
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }
}
