using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Declarations.InvalidArgumentAnalyzer>;

namespace Dossier.Generators.Tests.Activities;

/// <summary>PII008 on processing activities: the names members and types use, and the declarations' own arguments.</summary>
public class ActivityArgumentTests
{
    private static DiagnosticResult Invalid(int location, string message) =>
        new DiagnosticResult(DiagnosticDescriptors.InvalidArgument).WithLocation(location).WithArguments(message);

    [Fact]
    public Task Declared_activities_used_by_members_and_types_are_not_reported() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
        [assembly: ProcessingActivity("Newsletter", Purpose = "Monthly newsletter", LegalBasis = LegalBasis.Consent)]
        [assembly: Recipient("MailCo")]

        [ProcessingActivities("Sign-in", "Newsletter")]
        public class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Newsletter" })] public string? Email { get; set; }
            [PersonalData(DataCategory.Name, Activities = ["Sign-in"], Purpose = "Greeting", LegalBasis = LegalBasis.Contract)] public string? Name { get; set; }
            [PersonalData(DataCategory.Phone)] public string? Phone { get; set; }
        }
        """);

    [Fact]
    public Task Member_activities_that_are_undeclared_blank_or_repeated_are_reported_each_where_it_is_written() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
        public class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", {|#0:"sign-in"|}, {|#1:"Billing"|}, {|#2:" "|}, {|#3:"Sign-in"|} })]
            public string? Email { get; set; }
        }
        """, null,
        Invalid(0, "Activity 'sign-in' of 'Email' is not declared; write 'Sign-in', as declared with [assembly: ProcessingActivity]"),
        Invalid(1, "Activity 'Billing' of 'Email' is not declared; add [assembly: ProcessingActivity(\"Billing\", Purpose = \"...\", LegalBasis = ...)] to this assembly, where activities are declared for the members that name them, or write a declared name (declared activities: Sign-in)"),
        Invalid(2, "An activity of 'Email' has no name; write the name of a processing activity declared with [assembly: ProcessingActivity(\"Name\", ...)]"),
        Invalid(3, "Activity 'Sign-in' is listed twice for 'Email'; remove the repetition"));

    [Fact]
    public Task A_type_naming_an_undeclared_activity_is_reported_at_the_name() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
        [ProcessingActivities("Sign-in", {|#0:"Support"|})]
        public class Customer
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
        }

        [ProcessingActivities(new[] { {|#1:""|} })]
        public class Visitor { }
        """, null,
        Invalid(0, "Activity 'Support' of type 'Customer' is not declared; add [assembly: ProcessingActivity(\"Support\", Purpose = \"...\", LegalBasis = ...)] to this assembly, where activities are declared for the members that name them, or write a declared name (declared activities: Sign-in)"),
        Invalid(1, "An activity of type 'Visitor' has no name; write the name of a processing activity declared with [assembly: ProcessingActivity(\"Name\", ...)]"));

    [Fact]
    public Task With_no_declaration_the_message_says_none_is_declared_in_this_assembly() => Verify.VerifyAsync("""
        using Dossier;
        public class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { {|#0:"Sign-in"|} })] public string? Email { get; set; }
        }
        """, null,
        Invalid(0, "Activity 'Sign-in' of 'Email' is not declared; add [assembly: ProcessingActivity(\"Sign-in\", Purpose = \"...\", LegalBasis = ...)] to this assembly, where activities are declared for the members that name them, or write a declared name (no activity is declared in this assembly yet)"));

    [Fact]
    public Task Blank_and_duplicate_declarations_are_reported_at_their_name() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
        [assembly: ProcessingActivity({|#0:"Sign-in"|}, Purpose = "Signing in again", LegalBasis = LegalBasis.Contract)]
        [assembly: ProcessingActivity({|#1:"  "|}, Purpose = "Nothing", LegalBasis = LegalBasis.Contract)]
        public class C { }
        """, null,
        Invalid(0, "Processing activity 'Sign-in' is declared more than once; keep one [assembly: ProcessingActivity(\"Sign-in\", ...)] and remove the others, or give this one its own name"),
        Invalid(1, "[assembly: ProcessingActivity] has no name; write the name members use in Activities, such as [assembly: ProcessingActivity(\"Newsletter\", ...)]"));

    [Fact]
    public Task A_declaration_is_held_to_the_member_checks_of_retention_recipients_legal_basis_and_purpose() => Verify.VerifyAsync("""
        using Dossier;
        [assembly: ProcessingActivity("Newsletter", {|#0:Purpose = ""|}, {|#1:LegalBasis = (LegalBasis)42|}, {|#2:Retention = "2 years"|},
            Recipients = new[] { "MailCo", {|#3:"mailco"|}, {|#4:"MailCo"|} })]
        [assembly: Recipient("MailCo")]
        public class C { }
        """, null,
        Invalid(0, "Purpose of activity 'Newsletter' is empty; write why the data is processed, such as Purpose = \"Sign-in and account notices\""),
        Invalid(1, "LegalBasis value 42 is not defined; write LegalBasis.Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests or ExplicitConsent"),
        Invalid(2, "Retention '2 years' of activity 'Newsletter' is not an ISO 8601 duration; write 'P2Y'"),
        Invalid(3, "Recipient 'mailco' of activity 'Newsletter' is not declared; write 'MailCo', as declared with [assembly: Recipient]"),
        Invalid(4, "Recipient 'MailCo' is listed twice for activity 'Newsletter'; remove the repetition"));

    [Fact]
    public Task A_declaration_being_typed_is_not_judged_and_still_declares_its_name()
    {
        var test = Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Declarations.InvalidArgumentAnalyzer>.Create("""
            using Dossier;
            [assembly: ProcessingActivity("Sign-in", Purpose = "", LegalBasis = LegalBasis.{|CS0117:Contrac|})]
            public class Customer
            {
                [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in" })] public string? Email { get; set; }
            }
            """);
        return test.RunAsync();
    }
}
