using Dossier.CodeFixes.Generation;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Generation.PersonalDataTypeAnalyzer, Dossier.CodeFixes.Generation.MakePartialCodeFix>;

namespace Dossier.CodeFixes.Tests.Generation;

public class MakePartialCodeFixTests
{
    [Fact]
    public Task Makes_the_type_partial() => Verify.VerifyAsync("""
        using Dossier;
        [DataSubject]
        public sealed class {|PII006:Customer|}
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
        }
        """, """
        using Dossier;
        [DataSubject]
        public sealed partial class Customer
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
        }
        """, equivalenceKey: MakePartialCodeFix.EquivalenceKey);

    [Fact]
    public Task Makes_containing_types_partial_and_keeps_trivia() => Verify.VerifyAsync("""
        using Dossier;
        namespace Shop
        {
            public static partial class Outer
            {
                /// <summary>A customer.</summary>
                class Middle
                {
                    internal record struct {|PII006:Customer|}([PersonalData(DataCategory.Email)] string Email);
                }
            }
        }
        """, """
        using Dossier;
        namespace Shop
        {
            public static partial class Outer
            {
                /// <summary>A customer.</summary>
                partial class Middle
                {
                    internal partial record struct Customer([PersonalData(DataCategory.Email)] string Email);
                }
            }
        }
        """);

    [Fact]
    public Task Fix_all_changes_a_shared_containing_type_once()
    {
        var test = Verify.Create("""
            using Dossier;
            public class Outer
            {
                public class {|PII006:Customer|}
                {
                    [PersonalData(DataCategory.Email)] public string? Email { get; set; }
                    [PersonalData(DataCategory.Phone)] public string? Phone { get; set; }
                }
                public class {|PII006:Employee|}
                {
                    [PersonalData(DataCategory.Name)] public string? Name { get; set; }
                }
            }
            """, """
            using Dossier;
            public partial class Outer
            {
                public partial class Customer
                {
                    [PersonalData(DataCategory.Email)] public string? Email { get; set; }
                    [PersonalData(DataCategory.Phone)] public string? Phone { get; set; }
                }
                public partial class Employee
                {
                    [PersonalData(DataCategory.Name)] public string? Name { get; set; }
                }
            }
            """);
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Offers_nothing_when_partial_is_not_the_fix()
    {
        // A static member belongs to nobody: PII006 says so without MakePartial, though its type is not partial.
        var source = """
            using Dossier;
            public class Settings
            {
                [PersonalData(DataCategory.Email)] public static string? {|PII006:SupportEmail|} { get; set; }
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}

/// <summary>PII006 on a member that reaches a type that is not partial: the fix makes the held type partial where it is declared.</summary>
public class MakeHeldTypePartialCodeFixTests
{
    [Fact]
    public Task Makes_the_type_the_member_reaches_partial()
    {
        var test = Verify.Create("""
            using System.Collections.Generic;
            using Dossier;

            [DataSubject]
            public partial class Customer
            {
                [PersonalData(DataCategory.Name)] public string? Name { get; set; }
                public Profile? {|#0:Profile|} { get; set; }
            }

            public class Profile
            {
                public List<Address> Addresses { get; } = new();
            }

            public partial class Address
            {
                [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
            }
            """, """
            using System.Collections.Generic;
            using Dossier;

            [DataSubject]
            public partial class Customer
            {
                [PersonalData(DataCategory.Name)] public string? Name { get; set; }
                public Profile? Profile { get; set; }
            }

            public partial class Profile
            {
                public List<Address> Addresses { get; } = new();
            }

            public partial class Address
            {
                [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
            }
            """);
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PII006", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("Profile", "it holds 'Profile', whose personal data (Customer.Profile.Addresses.Street) gets no generated code and would be missing from the export and erasure of 'Customer': 'Profile' is not partial; declare it 'partial'"));
        test.CodeActionEquivalenceKey = MakePartialCodeFix.HeldTypeEquivalenceKey;
        return test.RunAsync();
    }
}
