using Dossier.Generators.Analyzers;
using Dossier.Generators.Tests.Infrastructure;
using Verifier = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Generation.PersonalDataTypeAnalyzer>;

namespace Dossier.Generators.Tests.Generation;

/// <summary>PII005 and PII006: what keeps the generator from exporting or erasing (the type-dependent PII008 is in InvalidArgumentAnalyzerTests).</summary>
public class TypeDiagnosticsTests
{
    [Fact]
    public Task A_type_that_is_not_partial_is_reported() => Verifier.VerifyAsync("""
        using Dossier;
        public class {|PII006:Customer|}
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
        }
        """);

    [Fact]
    public Task A_containing_type_that_is_not_partial_is_reported() => Verifier.VerifyAsync("""
        using Dossier;
        public class Outer
        {
            public partial class {|PII006:Customer|}
            {
                [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            }
        }
        """);

    [Fact]
    public Task Members_erasure_cannot_change_are_reported() => Verifier.VerifyAsync("""
        using Dossier;
        public partial class Customer
        {
            [PersonalData(DataCategory.Email)] public string? {|PII005:Email|} { get; }
            [PersonalData(DataCategory.Name)] public string? {|PII005:Name|} { get; init; }
            [PersonalData(DataCategory.Phone)] private readonly string? {|PII005:_phone|};
            [PersonalData(DataCategory.Financial, Erasure = Erasure.Retain, RetentionReason = "Tax law")] public string? Iban { get; }
            [PersonalData(DataCategory.Phone)] public System.Collections.Generic.List<string> Phones { get; } = new();
            [PersonalData(DataCategory.Phone)] public string[] Numbers { get; } = new string[0];
            [PersonalData(DataCategory.Phone)] public System.Collections.Generic.IReadOnlyList<string> {|PII005:Fixed|} { get; } = new string[0];
            public string? Phone() => _phone;
        }
        """);

    [Fact]
    public Task Positional_record_properties_must_be_retained() => Verifier.VerifyAsync("""
        using Dossier;
        public partial record Person([PersonalData(DataCategory.Name)] string {|PII005:Name|}, [PersonalData(DataCategory.Email, Erasure = Erasure.Retain, RetentionReason = "Contract")] string Email);
        """);

    [Fact]
    public Task Unreachable_members_are_reported_with_the_reason() => Verifier.VerifyAsync("""
        using Dossier;
        public partial class Customer
        {
            [PersonalData(DataCategory.Email)] public static string? {|PII006:Default|} { get; set; }
            [PersonalData(DataCategory.Email)] public string? {|PII006:WriteOnly|} { set { } }
            [PersonalData(DataCategory.Location)] public int[,]? {|PII006:Grid|} { get; set; }
        }

        public partial class Visit(string place)
        {
            [PersonalData(DataCategory.Location)] public string? Where { get; set; } = place;
        }

        public partial class Trip([PersonalData(DataCategory.Location)] string {|PII006:origin|})
        {
            public string Origin() => origin;
        }
        """);

    [Fact]
    public Task Correct_types_report_nothing() => Verifier.VerifyAsync("""
        using Dossier;
        using System.Collections.Generic;
        [DataSubject]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract)] public string Email { get; set; } = "";
            public List<Address> Addresses { get; set; } = new();
            public int Points { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }

        public class Product
        {
            public string? Name { get; set; }
        }
        """);

    [Fact]
    public Task Half_typed_code_does_not_crash() => Verifier.VerifyAsync("""
        using Dossier;
        public partial class Customer
        {
            [PersonalData(DataCategory.{|CS0117:Emai|})] public {|CS0246:Strin|} Email { get; set; }
            [PersonalData({|CS1503:"x"|})] public string? Name { get; set; }
            [PersonalData(DataCategory.Name, Erasure = (Erasure)42)] public string? Other { get; set; }
        }
        """);
}
