using Dossier.CodeFixes.Interop;
using Microsoft.CodeAnalysis.Testing;

namespace Dossier.CodeFixes.Tests.Declarations;

/// <summary>
/// CS0104 on <c>[PersonalData]</c> where <c>Dossier</c> and <c>Microsoft.AspNetCore.Identity</c> are both imported: the fix
/// picks Dossier's attribute at the attribute, or for the file through an alias; the fixed code compiles.
/// </summary>
public class AmbiguousPersonalDataCodeFixTests
{
    // Identity's attribute, as Microsoft.Extensions.Identity.Core declares it.
    private const string Identity = """

        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute { }
        }
        """;

    [Fact]
    public Task Qualifies_the_attribute_with_Dossier() =>
        CodeFixVerifier<EmptyDiagnosticAnalyzer, AmbiguousPersonalDataCodeFix>.VerifyAsync("""
            using Dossier;
            using Microsoft.AspNetCore.Identity;

            public partial class AppUser
            {
                [{|CS0104:PersonalData|}(DataCategory.Name)] public string? DisplayName { get; set; }
                [{|CS0104:PersonalData|}] public string? Nickname { get; set; }
            }
            """ + Identity, """
            using Dossier;
            using Microsoft.AspNetCore.Identity;

            public partial class AppUser
            {
                [Dossier.PersonalData(DataCategory.Name)] public string? DisplayName { get; set; }
                [Dossier.PersonalData] public string? Nickname { get; set; }
            }
            """ + Identity, equivalenceKey: AmbiguousPersonalDataCodeFix.QualifyKey);

    [Fact]
    public Task Adds_an_alias_that_makes_every_PersonalData_in_the_file_Dossiers() =>
        CodeFixVerifier<EmptyDiagnosticAnalyzer, AmbiguousPersonalDataCodeFix>.VerifyAsync("""
            using Dossier;
            using Microsoft.AspNetCore.Identity;

            public partial class AppUser
            {
                [{|CS0104:PersonalData|}(DataCategory.Name)] public string? DisplayName { get; set; }
                [{|CS0104:PersonalData|}] public string? Nickname { get; set; }
                [Microsoft.AspNetCore.Identity.PersonalData] public string? Handle { get; set; }
            }
            """ + Identity, """
            using Dossier;
            using Microsoft.AspNetCore.Identity;
            using PersonalDataAttribute = Dossier.PersonalDataAttribute;

            public partial class AppUser
            {
                [PersonalData(DataCategory.Name)] public string? DisplayName { get; set; }
                [PersonalData] public string? Nickname { get; set; }
                [Microsoft.AspNetCore.Identity.PersonalData] public string? Handle { get; set; }
            }
            """ + Identity, equivalenceKey: AmbiguousPersonalDataCodeFix.AliasKey);
}
