using Dossier.CodeFixes.Activities;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Activities.RepeatedDeclarationAnalyzer, Dossier.CodeFixes.Activities.DeclareActivityCodeFix>;

namespace Dossier.CodeFixes.Tests.Activities;

/// <summary>PII013's fix: the repeated purpose and legal basis declared once, and the members naming the activity.</summary>
public class DeclareActivityCodeFixTests
{
    [Fact]
    public Task Members_of_one_file_name_the_new_activity_declared_after_the_usings() => Verify.VerifyAsync("""
        using Dossier;

        namespace Shop;

        public partial class Customer
        {
            [{|PII013:PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")|}]
            public string? Email { get; set; }

            [{|PII013:PersonalData(DataCategory.Name, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Erasure = Erasure.Anonymize)|}]
            public string? Name { get; set; }
        }
        """, """
        using Dossier;

        [assembly: ProcessingActivity("Sign-in", Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]

        namespace Shop;

        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in" })]
            public string? Email { get; set; }

            [PersonalData(DataCategory.Name, Activities = new[] { "Sign-in" }, Erasure = Erasure.Anonymize)]
            public string? Name { get; set; }
        }
        """);

    /// <summary>
    /// Several members in several files, one of them in a type with [ProcessingActivities] and one that already names an
    /// activity: the declaration goes beside the existing ones, each member keeps what differs, and the result compiles.
    /// </summary>
    [Fact]
    public async Task Members_in_several_files_name_the_activity_declared_beside_the_existing_ones()
    {
        var test = Verify.Create("", "");
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        test.TestState.Sources.Add(("/0/Activities.cs", """
            using Dossier;

            [assembly: Recipient("MailCo")]
            [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
            [assembly: ProcessingActivity("Support", Purpose = "Answering customers", LegalBasis = LegalBasis.Contract)]
            """));
        test.TestState.Sources.Add(("/0/Customer.cs", """
            namespace Shop
            {
                using Dossier;

                [ProcessingActivities("Support")]
                public partial class Customer
                {
                    [{|PII013:PersonalData(DataCategory.Email, Purpose = "Account notices", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P2Y", Recipients = new[] { "MailCo" })|}]
                    public string? Email { get; set; }

                    [{|PII013:PersonalData(DataCategory.Phone, Activities = new[] { "Sign-in" }, Purpose = "Account notices", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P1Y", Recipients = ["MailCo"])|}]
                    public string? Phone { get; set; }
                }
            }
            """));
        test.TestState.Sources.Add(("/0/Order.cs", """
            public record Order([{|PII013:Dossier.PersonalData(Dossier.DataCategory.PostalAddress, Purpose = "Account notices", LegalBasis = Dossier.LegalBasis.LegitimateInterests, Recipients = new string[] { "MailCo" })|}] string Address);
            """));
        test.FixedState.Sources.Add(("/0/Activities.cs", """
            using Dossier;

            [assembly: Recipient("MailCo")]
            [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract)]
            [assembly: ProcessingActivity("Support", Purpose = "Answering customers", LegalBasis = LegalBasis.Contract)]
            [assembly: ProcessingActivity("Account notices", Purpose = "Account notices", LegalBasis = LegalBasis.LegitimateInterests, Recipients = new[] { "MailCo" })]
            """));
        test.FixedState.Sources.Add(("/0/Customer.cs", """
            namespace Shop
            {
                using Dossier;

                [ProcessingActivities("Support")]
                public partial class Customer
                {
                    [PersonalData(DataCategory.Email, Activities = new[] { "Support", "Account notices" }, Retention = "P2Y")]
                    public string? Email { get; set; }

                    [PersonalData(DataCategory.Phone, Activities = new[] { "Sign-in", "Account notices" }, Retention = "P1Y")]
                    public string? Phone { get; set; }
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Order.cs", """
            public record Order([Dossier.PersonalData(Dossier.DataCategory.PostalAddress, Activities = new[] { "Account notices" })] string Address);
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_using_Dossier_the_declaration_is_qualified_and_placed_before_the_code()
    {
        var test = Verify.Create("""
            public class Customer
            {
                [{|PII013:Dossier.PersonalData(Dossier.DataCategory.Email, Purpose = "Sign-in", LegalBasis = Dossier.LegalBasis.Contract)|}] public string? Email { get; set; }
                [{|PII013:Dossier.PersonalData(Dossier.DataCategory.Name, Purpose = "Sign-in", LegalBasis = Dossier.LegalBasis.Contract)|}] public string? Name { get; set; }
            }
            """, """
            [assembly: Dossier.ProcessingActivity("Sign-in", Purpose = "Sign-in", LegalBasis = Dossier.LegalBasis.Contract)]

            public class Customer
            {
                [Dossier.PersonalData(Dossier.DataCategory.Email, Activities = new[] { "Sign-in" })] public string? Email { get; set; }
                [Dossier.PersonalData(Dossier.DataCategory.Name, Activities = new[] { "Sign-in" })] public string? Name { get; set; }
            }
            """);
        await test.RunAsync();
    }

    /// <summary>Fix All declares every group of its scope at once, each under its own name.</summary>
    [Fact]
    public async Task Fix_all_declares_each_group_once()
    {
        var test = Verify.Create("""
            using Dossier;
            [assembly: ProcessingActivity("Sign-in", Purpose = "Other", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
            public class Customer
            {
                [{|PII013:PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)|}] public string? Email { get; set; }
                [{|PII013:PersonalData(DataCategory.Name, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)|}] public string? Name { get; set; }
                [{|PII013:PersonalData(DataCategory.Phone, Purpose = "Support calls about orders placed in the shop", LegalBasis = LegalBasis.Contract)|}] public string? Phone { get; set; }
                [{|PII013:PersonalData(DataCategory.Other, Purpose = "Support calls about orders placed in the shop", LegalBasis = LegalBasis.Contract)|}] public string? Mobile { get; set; }
                public string? Unrelated { get; set; }
            }
            """, """
            using Dossier;
            [assembly: ProcessingActivity("Sign-in", Purpose = "Other", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
            [assembly: ProcessingActivity("Sign-in 2", Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)]
            [assembly: ProcessingActivity("Support calls about orders placed in the", Purpose = "Support calls about orders placed in the shop", LegalBasis = LegalBasis.Contract)]
            public class Customer
            {
                [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in 2" })] public string? Email { get; set; }
                [PersonalData(DataCategory.Name, Activities = new[] { "Sign-in 2" })] public string? Name { get; set; }
                [PersonalData(DataCategory.Phone, Activities = new[] { "Support calls about orders placed in the" })] public string? Phone { get; set; }
                [PersonalData(DataCategory.Other, Activities = new[] { "Support calls about orders placed in the" })] public string? Mobile { get; set; }
                public string? Unrelated { get; set; }
            }
            """);
        await test.RunAsync();
    }

    /// <summary>
    /// What the fix writes satisfies every declaration rule: PII004 sees the members state their purpose and legal basis
    /// through the activity, PII008 finds it declared with its recipients, PII011 finds it used and PII013 has nothing left.
    /// </summary>
    [Fact]
    public async Task The_fixed_code_is_clean_for_every_declaration_rule()
    {
        var test = new AllDeclarationRulesTest();
        var references = Verify.Create("", "");
        test.ReferenceAssemblies = references.ReferenceAssemblies;
        test.TestState.AdditionalReferences.AddRange(references.TestState.AdditionalReferences);
        test.FixedState.AdditionalReferences.AddRange(references.FixedState.AdditionalReferences);
        test.TestState.Sources.Add(("/0/Customer.cs", """
            using Dossier;

            [assembly: Recipient("MailCo")]

            namespace Shop;

            public partial class Customer
            {
                [{|PII013:PersonalData(DataCategory.Email, Purpose = "Newsletter", LegalBasis = LegalBasis.Consent, Retention = "P1Y", Recipients = new[] { "MailCo" })|}]
                public string? Email { get; set; }
            }
            """));
        test.TestState.Sources.Add(("/0/Subscriber.cs", """
            using Dossier;

            namespace Shop;

            public partial class Subscriber
            {
                [{|PII013:PersonalData(DataCategory.Name, Purpose = "Newsletter", LegalBasis = LegalBasis.Consent, Retention = "P1Y", Recipients = new[] { "MailCo" })|}]
                public string? Name { get; set; }
            }
            """));
        test.FixedState.Sources.Add(("/0/Customer.cs", """
            using Dossier;

            [assembly: Recipient("MailCo")]
            [assembly: ProcessingActivity("Newsletter", Purpose = "Newsletter", LegalBasis = LegalBasis.Consent, Retention = "P1Y", Recipients = new[] { "MailCo" })]

            namespace Shop;

            public partial class Customer
            {
                [PersonalData(DataCategory.Email, Activities = new[] { "Newsletter" })]
                public string? Email { get; set; }
            }
            """));
        test.FixedState.Sources.Add(("/0/Subscriber.cs", """
            using Dossier;

            namespace Shop;

            public partial class Subscriber
            {
                [PersonalData(DataCategory.Name, Activities = new[] { "Newsletter" })]
                public string? Name { get; set; }
            }
            """));
        await test.RunAsync();
    }

    /// <summary>A group larger than the diagnostics point to: the fix still rewrites every member.</summary>
    [Fact]
    public async Task A_group_of_fifteen_members_is_fixed_whole()
    {
        var members = Enumerable.Range(1, 15).ToList();
        var source = "using Dossier;\n\npublic class Customer\n{\n" + string.Concat(members.Select(i =>
            $"    [{{|PII013:PersonalData(DataCategory.Other, Purpose = \"Support\", LegalBasis = LegalBasis.Contract)|}}] public string? Field{i} {{ get; set; }}\n")) + "}\n";
        var fixedSource = "using Dossier;\n\n[assembly: ProcessingActivity(\"Support\", Purpose = \"Support\", LegalBasis = LegalBasis.Contract)]\n\npublic class Customer\n{\n" + string.Concat(members.Select(i =>
            $"    [PersonalData(DataCategory.Other, Activities = new[] {{ \"Support\" }})] public string? Field{i} {{ get; set; }}\n")) + "}\n";
        var test = Verify.Create(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    private sealed class AllDeclarationRulesTest : Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<
        Dossier.Generators.Analyzers.Activities.RepeatedDeclarationAnalyzer, DeclareActivityCodeFix, DefaultVerifier>
    {
        protected override IEnumerable<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[]
        {
            new Dossier.Generators.Analyzers.Activities.RepeatedDeclarationAnalyzer(),
            new Dossier.Generators.Analyzers.Activities.ProcessingActivityAnalyzer(),
            new Dossier.Generators.Analyzers.Declarations.IncompleteDeclarationAnalyzer(),
            new Dossier.Generators.Analyzers.Declarations.InvalidArgumentAnalyzer(),
        };
    }
}
