using static Dossier.Generators.Tests.Approval.ApprovalRunner;

namespace Dossier.Generators.Tests.Approval;

/// <summary>
/// The gate builds its facts with the generator's parser and inventory builder, so code approved by the command
/// passes the gate, whatever shapes its personal data takes.
/// </summary>
public class GateAgreesWithInventoryTests
{
    public static TheoryData<string> Models => new()
    {
        // A generated base type, and a base that is not partial (its members are the derived type's).
        """
        namespace Hr;
        public partial class Person
        {
            [PersonalData(DataCategory.Name, Purpose = "Payroll", LegalBasis = LegalBasis.Contract)]
            public string Name { get; set; } = "";
        }
        public class Audit
        {
            [PersonalData(DataCategory.Identifier, Purpose = "Audit", LegalBasis = LegalBasis.LegalObligation)]
            public string? EditedBy { get; set; }
        }
        [DataSubject("Employee")]
        public partial class Employee : Person
        {
            [PersonalData(DataCategory.Financial, Purpose = "Payroll", LegalBasis = LegalBasis.Contract), Encrypted]
            public string? Iban { get; set; }
        }
        [DataSubject("Contractor")]
        public partial class Contractor : Audit
        {
            public Person? Contact { get; set; }
        }
        """,
        // Records, nested types, generics, dictionaries and a reference cycle.
        """
        namespace Shop;
        [DataSubject]
        public partial record Customer([property: PersonalData(DataCategory.Email, Purpose = "Sign-in")] string Email)
        {
            public Dictionary<string, Address> Addresses { get; set; } = new();
            public Customer? ReferredBy { get; set; }
            public Box<Address>? Boxed { get; set; }
            public partial class Note
            {
                [PersonalData(DataCategory.Communication, Purpose = "Support")]
                public string Text { get; set; } = "";
            }
        }
        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery")]
            public string Street { get; set; } = "";
        }
        public partial class Box<T>
        {
            public T? Value { get; set; }
            [PersonalData(DataCategory.Other, Purpose = "Labels")]
            public string? Label { get; set; }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Approved_code_passes_the_gate(string model)
    {
        var approved = Approve(model);
        Assert.Contains("\"path\"", approved, StringComparison.Ordinal);

        Assert.Empty(await CheckAsync(approved, new[] { model }));
    }

    [Fact]
    public async Task A_difference_can_be_suppressed_where_it_is_reported()
    {
        const string before = """
            namespace Shop;
            public partial class Lead
            {
                [PersonalData(DataCategory.Name, Purpose = "Sales")]
                public string Name { get; set; } = "";
            }
            """;
        var after = before.Replace("[PersonalData", "#pragma warning disable PII009 // approved in the central register\n    [PersonalData", StringComparison.Ordinal)
            .Replace("\"Sales\"", "\"Sales calls\"", StringComparison.Ordinal);

        Assert.Single(await CheckAsync(Approve(before), new[] { before.Replace("\"Sales\"", "\"Sales calls\"", StringComparison.Ordinal) }));
        Assert.Empty(await CheckAsync(Approve(before), new[] { after }));
    }
}
