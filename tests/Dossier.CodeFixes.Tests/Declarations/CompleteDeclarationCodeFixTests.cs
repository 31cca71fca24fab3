using Dossier.CodeFixes.Declarations;
using Dossier.Generators.Analyzers.Declarations;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Declarations.IncompleteDeclarationAnalyzer, Dossier.CodeFixes.Declarations.CompleteDeclarationCodeFix>;

namespace Dossier.CodeFixes.Tests.Declarations;

public class CompleteDeclarationCodeFixTests
{
    private const string PurposePlaceholder = Placeholders.Purpose;

    [Fact]
    public Task Sets_the_chosen_legal_basis_and_a_purpose_to_fill_in_which_stays_reported()
    {
        var test = Verify.Create("""
            using Dossier;
            public class Customer
            {
                [{|PII004:PersonalData(DataCategory.Email)|}] public string? Email { get; set; }
            }
            """, $$"""
            using Dossier;
            public class Customer
            {
                [{|PII004:PersonalData(DataCategory.Email, Purpose = "{{PurposePlaceholder}}", LegalBasis = LegalBasis.Contract)|}] public string? Email { get; set; }
            }
            """);
        test.CodeActionEquivalenceKey = CompleteDeclarationCodeFix.EquivalenceKeyPrefix + ".Contract";
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task A_written_purpose_is_kept_and_the_fix_clears_the_warning() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [{|PII004:PersonalData(DataCategory.Email, Purpose = "Sign-in")|}] public string? Email { get; set; }
        }
        """, """
        using Dossier;
        public class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Consent)] public string? Email { get; set; }
        }
        """, equivalenceKey: CompleteDeclarationCodeFix.EquivalenceKeyPrefix + ".Consent");

    [Fact]
    public Task An_explicit_Unspecified_legal_basis_is_replaced() => Verify.VerifyAsync("""
        public class Customer
        {
            [{|PII004:Dossier.PersonalData(Dossier.DataCategory.Email, Purpose = "Sign-in", LegalBasis = Dossier.LegalBasis.Unspecified)|}] public string? Email { get; set; }
        }
        """, """
        public class Customer
        {
            [Dossier.PersonalData(Dossier.DataCategory.Email, Purpose = "Sign-in", LegalBasis = Dossier.LegalBasis.LegalObligation)] public string? Email { get; set; }
        }
        """, equivalenceKey: CompleteDeclarationCodeFix.EquivalenceKeyPrefix + ".LegalObligation");

    [Fact]
    public Task Adds_a_retention_to_fill_in_when_retention_is_required()
    {
        var test = Verify.Create("""
            using Dossier;
            public class Customer
            {
                [{|PII004:PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)|}] public string? Email { get; set; }
            }
            """, $$"""
            using Dossier;
            public class Customer
            {
                [{|PII004:PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "{{Placeholders.Retention}}")|}] public string? Email { get; set; }
            }
            """, "dossier.required_fields = purpose, legal_basis, retention");
        test.CodeActionEquivalenceKey = CompleteDeclarationCodeFix.EquivalenceKeyPrefix;
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Creates_the_argument_list_when_there_is_none() => VerifyStillReportedAsync("""
        using Dossier;
        public record Customer([{|PII004:PersonalData|}] string Name);
        """, $$"""
        using Dossier;
        public record Customer([{|PII004:PersonalData(Purpose = "{{PurposePlaceholder}}", LegalBasis = LegalBasis.Consent)|}] string Name);
        """, CompleteDeclarationCodeFix.EquivalenceKeyPrefix + ".Consent");

    [Fact]
    public Task Fix_all_sets_the_same_legal_basis_everywhere()
    {
        var test = Verify.Create("""
            using Dossier;
            public class Customer
            {
                [{|PII004:PersonalData(DataCategory.Email, Purpose = "Sign-in")|}] public string? Email { get; set; }
                [{|PII004:PersonalData(DataCategory.Phone, Purpose = "Calls")|}] public string? Phone { get; set; }
            }
            """, """
            using Dossier;
            public class Customer
            {
                [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)] public string? Email { get; set; }
                [PersonalData(DataCategory.Phone, Purpose = "Calls", LegalBasis = LegalBasis.Contract)] public string? Phone { get; set; }
            }
            """);
        test.CodeActionEquivalenceKey = CompleteDeclarationCodeFix.EquivalenceKeyPrefix + ".Contract";
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Offers_nothing_when_only_placeholders_are_left()
    {
        var source = $$"""
            using Dossier;
            public class Customer
            {
                [{|PII004:PersonalData(DataCategory.Email, Purpose = "{{PurposePlaceholder}}", LegalBasis = LegalBasis.Contract)|}] public string? Email { get; set; }
            }
            """;
        return Verify.VerifyAsync(source, source);
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
