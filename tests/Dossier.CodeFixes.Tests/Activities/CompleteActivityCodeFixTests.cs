using Dossier.CodeFixes.Declarations;
using Dossier.Generators.Analyzers.Declarations;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Declarations.IncompleteDeclarationAnalyzer, Dossier.CodeFixes.Declarations.CompleteDeclarationCodeFix>;

namespace Dossier.CodeFixes.Tests.Activities;

/// <summary>PII004's fix completes an [assembly: ProcessingActivity] as it completes a member's tag.</summary>
public class CompleteActivityCodeFixTests
{
    [Fact]
    public Task A_declared_activity_gets_the_chosen_legal_basis() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: {|PII004:ProcessingActivity("Newsletter", Purpose = "Monthly newsletter")|}]
        public class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Newsletter" })] public string? Email { get; set; }
        }
        """, """
        using Dossier;
        [assembly: ProcessingActivity("Newsletter", Purpose = "Monthly newsletter", LegalBasis = LegalBasis.Consent)]
        public class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Newsletter" })] public string? Email { get; set; }
        }
        """, equivalenceKey: CompleteDeclarationCodeFix.EquivalenceKeyPrefix + ".Consent");

    [Fact]
    public Task A_declared_activity_without_purpose_gets_one_to_fill_in_which_stays_reported()
    {
        var test = Verify.Create("""
            using Dossier;
            [assembly: {|PII004:ProcessingActivity("Newsletter")|}]
            public class C { }
            """, $$"""
            using Dossier;
            [assembly: {|PII004:ProcessingActivity("Newsletter", Purpose = "{{Placeholders.Purpose}}", LegalBasis = LegalBasis.Consent)|}]
            public class C { }
            """);
        test.CodeActionEquivalenceKey = CompleteDeclarationCodeFix.EquivalenceKeyPrefix + ".Consent";
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }
}
