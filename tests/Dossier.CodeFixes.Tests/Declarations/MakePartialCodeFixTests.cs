using Dossier.CodeFixes.Declarations;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.CodeFixes.Tests.Declarations.NonPartialTypeStandIn, Dossier.CodeFixes.Declarations.MakePartialCodeFix>;

namespace Dossier.CodeFixes.Tests.Declarations;

public class MakePartialCodeFixTests
{
    [Fact]
    public Task Makes_the_type_partial() => Verify.VerifyAsync("""
        using Dossier;
        [DataSubject]
        public sealed class Customer
        {
            [PersonalData(DataCategory.Email)] public string? {|PII006:Email|} { get; set; }
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
                    internal record struct Customer([PersonalData(DataCategory.Email)] string {|PII006:Email|});
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
                public class Customer
                {
                    [PersonalData(DataCategory.Email)] public string? {|PII006:Email|} { get; set; }
                    [PersonalData(DataCategory.Phone)] public string? {|PII006:Phone|} { get; set; }
                }
                public class Employee
                {
                    [PersonalData(DataCategory.Name)] public string? {|PII006:Name|} { get; set; }
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
    public Task Offers_nothing_without_the_MakePartial_property()
    {
        var source = """
            using Dossier;
            public class Customer
            {
                [PersonalData(DataCategory.Email)] public string? {|PII006:Email|} { get; set; }
            }
            """;
        return CodeFixVerifier<UnsupportedMemberStandIn, MakePartialCodeFix>.VerifyAsync(source, source);
    }
}
