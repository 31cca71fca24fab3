using Dossier.CodeFixes.Untagged;
using Dossier.Generators.Analyzers.Untagged;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Untagged.UntaggedPersonalDataAnalyzer, Dossier.CodeFixes.Untagged.UntaggedPersonalDataCodeFix>;

namespace Dossier.CodeFixes.Tests.Untagged;

public class UntaggedPersonalDataCodeFixTests
{
    [Fact]
    public Task Tags_a_property_with_the_suggested_category_and_adds_the_using() => Verify.VerifyAsync(
        """
        using System;

        namespace Shop;

        public class Customer
        {
            public Guid Id { get; set; }

            /// <summary>Where receipts go.</summary>
            public string {|PII003:Email|} { get; set; } = "";
        }
        """,
        """
        using System;
        using Dossier;

        namespace Shop;

        public class Customer
        {
            public Guid Id { get; set; }

            /// <summary>Where receipts go.</summary>
            [PersonalData(DataCategory.Email)]
            public string Email { get; set; } = "";
        }
        """,
        equivalenceKey: UntaggedPersonalDataCodeFix.TagKey);

    [Fact]
    public Task Uses_the_existing_using_and_keeps_other_attributes() => Verify.VerifyAsync(
        """
        using Dossier;
        using System.ComponentModel.DataAnnotations;

        public class Patient
        {
            [MaxLength(200)]
            public string {|PII003:Diagnosis|} { get; set; } = "";
        }
        """,
        """
        using Dossier;
        using System.ComponentModel.DataAnnotations;

        public class Patient
        {
            [PersonalData(DataCategory.Health)]
            [MaxLength(200)]
            public string Diagnosis { get; set; } = "";
        }
        """,
        equivalenceKey: UntaggedPersonalDataCodeFix.TagKey);

    [Fact]
    public Task Marks_a_field_as_not_personal_data() => Verify.VerifyAsync(
        """
        public class Customer
        {
            public string {|PII003:Nickname|} = "";
        }
        """,
        """
        using Dossier;

        public class Customer
        {
            [NotPersonalData]
            public string Nickname = "";
        }
        """,
        equivalenceKey: UntaggedPersonalDataCodeFix.NotPersonalKey);

    [Fact]
    public Task Puts_the_tag_on_a_record_positional_parameter() => Verify.VerifyAsync(
        """
        using Dossier;

        public record Passenger(System.Guid Id, string {|PII003:PassportNumber|});
        """,
        """
        using Dossier;

        public record Passenger(System.Guid Id, [PersonalData(DataCategory.GovernmentId)] string PassportNumber);
        """,
        equivalenceKey: UntaggedPersonalDataCodeFix.TagKey);

    [Fact]
    public Task Qualifies_the_names_when_the_user_has_types_of_the_same_name() => Verify.VerifyAsync(
        """
        public enum DataCategory { Internal, Public }

        public class Employee
        {
            public string {|PII003:Salary|} { get; set; } = "";
        }
        """,
        """
        public enum DataCategory { Internal, Public }

        public class Employee
        {
            [global::Dossier.PersonalData(global::Dossier.DataCategory.Financial)]
            public string Salary { get; set; } = "";
        }
        """,
        equivalenceKey: UntaggedPersonalDataCodeFix.TagKey);

    [Fact]
    public async Task Fix_all_tags_every_member_with_its_own_category()
    {
        var test = Verify.Create(
            """
            using System;

            public class Customer
            {
                public Guid Id { get; set; }
                public string {|PII003:FirstName|} { get; set; } = "";
                public string {|PII003:Phone|} { get; set; } = "";
                public string {|PII003:Iban|} { get; set; } = "";
            }

            public record Visit(string {|PII003:IpAddress|}, string Url);
            """,
            """
            using System;
            using Dossier;

            public class Customer
            {
                public Guid Id { get; set; }
                [PersonalData(DataCategory.Name)]
                public string FirstName { get; set; } = "";
                [PersonalData(DataCategory.Phone)]
                public string Phone { get; set; } = "";
                [PersonalData(DataCategory.Financial)]
                public string Iban { get; set; } = "";
            }

            public record Visit([PersonalData(DataCategory.OnlineIdentifier)] string IpAddress, string Url);
            """);
        test.CodeActionEquivalenceKey = UntaggedPersonalDataCodeFix.TagKey;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_marks_every_member_not_personal_across_documents()
    {
        var test = Verify.Create(
            """
            public class Customer { public string {|PII003:Email|} { get; set; } = ""; }
            """,
            """
            using Dossier;

            public class Customer { [NotPersonalData] public string Email { get; set; } = ""; }
            """);
        test.TestState.Sources.Add(("Second.cs", """
            public class Member { public string {|PII003:Name|} = ""; }
            """));
        test.FixedState.Sources.Add(("Second.cs", """
            using Dossier;

            public class Member { [NotPersonalData] public string Name = ""; }
            """));
        test.CodeActionEquivalenceKey = UntaggedPersonalDataCodeFix.NotPersonalKey;

        // Fix All in a project or solution fixes both documents at once; in a document, one per pass.
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 2;
        await test.RunAsync();
    }

    /// <summary>One Fix All pass tags every untagged member of the document, each with its own suggested category.</summary>
    [Fact]
    public Task Fix_all_tags_every_member_in_one_pass()
    {
        var test = Verify.Create(
            """
            public class Customer
            {
                public string {|PII003:Email|} { get; set; } = "";
                public string {|PII003:PhoneNumber|} { get; set; } = "";
            }

            public class Patient
            {
                public string {|PII003:Diagnosis|} { get; set; } = "";
            }
            """,
            """
            using Dossier;

            public class Customer
            {
                [PersonalData(DataCategory.Email)]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Phone)]
                public string PhoneNumber { get; set; } = "";
            }

            public class Patient
            {
                [PersonalData(DataCategory.Health)]
                public string Diagnosis { get; set; } = "";
            }
            """);
        test.CodeActionEquivalenceKey = UntaggedPersonalDataCodeFix.TagKey;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }
}
