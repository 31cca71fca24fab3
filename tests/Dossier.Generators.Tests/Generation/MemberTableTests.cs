using System.Reflection;
using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Generation;

/// <summary>
/// Generated code declares a type's members in one string the runtime reads when first needed. Whatever the
/// attributes say, every member read back from it is the member the attributes declare: text that looks like the
/// string's own separators and escapes, empty text that is not <c>null</c>, recipients, flags, containers.
/// </summary>
public class MemberTableTests
{
    private const string Source = """
        [assembly: Recipient("Mail\tCo")]
        [assembly: Recipient("Line\nBreak")]
        [assembly: Recipient("")]

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }

        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "tab\there, line\nthere, back\\slash, \\t not a tab, \\e", LegalBasis = LegalBasis.Contract,
                Retention = "P2Y", Recipients = new[] { "Mail\tCo", "Line\nBreak", "" })]
            public string? Email { get; set; }

            [PersonalData(DataCategory.Health, Purpose = "", Retention = "", Erasure = Erasure.Retain, RetentionReason = "\\e")]
            [Encrypted]
            public string? Diagnosis { get; set; }

            [PersonalData(DataCategory.Credential, Export = false)] public string? PasswordHash { get; set; }

            public Address? Home { get; set; }

            [PersonalData(DataCategory.CriminalRecord, Purpose = "\\", RetentionReason = "\t")] [Audited] public partial string? Record { get; set; }

            [PersonalData(DataCategory.Phone)] [Audited] public string? Phone { get; set; }
        }
        """;

    [Fact]
    public void Every_member_reads_back_as_its_attributes_declare_it()
    {
        var assembly = GeneratorHarness.CompileAndLoad(Source);
        var members = Describe(assembly, "Customer").Members;

        Assert.Equal(new[] { "Email", "Diagnosis", "PasswordHash", "Home", "Record", "Phone" }, members.Select(member => member.Name));

        var email = members[0];
        Assert.True(email.IsTagged);
        Assert.Equal(DataCategory.Email, email.Category);
        Assert.Equal("tab\there, line\nthere, back\\slash, \\t not a tab, \\e", email.Purpose);
        Assert.Equal(LegalBasis.Contract, email.LegalBasis);
        Assert.Equal("P2Y", email.Retention);
        Assert.Equal(Erasure.Delete, email.Erasure);
        Assert.Null(email.RetentionReason);
        Assert.Equal(new[] { "Mail\tCo", "Line\nBreak", "" }, email.Recipients);
        Assert.True(email.Export);
        Assert.False(email.Encrypted);
        Assert.False(email.Audited);
        Assert.False(email.AuditRequested);

        var diagnosis = members[1];
        Assert.Equal(DataCategory.Health, diagnosis.Category);
        Assert.Equal(string.Empty, diagnosis.Purpose);
        Assert.Equal(LegalBasis.Unspecified, diagnosis.LegalBasis);
        Assert.Equal(string.Empty, diagnosis.Retention);
        Assert.Equal(Erasure.Retain, diagnosis.Erasure);
        Assert.Equal("\\e", diagnosis.RetentionReason);
        Assert.Empty(diagnosis.Recipients);
        Assert.True(diagnosis.Encrypted);
        Assert.True(diagnosis.IsSpecialCategory);

        Assert.False(members[2].Export);

        var home = members[3];
        Assert.False(home.IsTagged);
        Assert.Null(home.Purpose);
        Assert.Empty(home.Recipients);

        var record = members[4];
        Assert.Equal("\\", record.Purpose);
        Assert.Equal("\t", record.RetentionReason);
        Assert.True(record.Audited);
        Assert.True(record.AuditRequested);
        Assert.False(record.Encrypted);

        // [Audited], but not a partial property: generated code cannot record each access; the request is still there.
        var phone = members[5];
        Assert.False(phone.Audited);
        Assert.True(phone.AuditRequested);

        Assert.Equal(new[] { "Street" }, Describe(assembly, "Address").Members.Select(member => member.Name));
    }

    [Fact]
    public void Members_are_read_once_and_shared()
    {
        var type = Describe(GeneratorHarness.CompileAndLoad(Source), "Customer");
        Assert.Same(type.Members[0], type.Members[0]);
        Assert.Empty(new PersonalDataType("Plain", "Plain").Members);
    }

    private const string ActivitySource = """
        [assembly: Recipient("Mail\tCo")]
        [assembly: ProcessingActivity("\\a", Purpose = "looks like the marker", LegalBasis = LegalBasis.ExplicitConsent)]
        [assembly: ProcessingActivity("tab\there", Purpose = "line\nbreak", Retention = "", Recipients = new[] { "Mail\tCo", "" })]
        [assembly: ProcessingActivity("Plain")]

        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Recipients = new[] { "Mail\tCo" }, Activities = new[] { "\\a", "tab\there", "\\a", " ", "Undeclared" })]
            public string? Email { get; set; }

            [PersonalData(DataCategory.Name, Purpose = "\\a")] public string? Name { get; set; }

            [PersonalData(DataCategory.Phone, Activities = new[] { "Plain" })] public string? Phone { get; set; }
        }

        public partial class Order
        {
            [PersonalData(DataCategory.Other, Activities = new[] { "Plain" })] public string? Note { get; set; }
        }
        """;

    [Fact]
    public void Activities_read_back_as_declared_whatever_their_names_and_texts_hold()
    {
        var members = Describe(GeneratorHarness.CompileAndLoad(ActivitySource), "Customer").Members;

        var email = members[0];
        Assert.Equal(new[] { "Mail\tCo" }, email.Recipients);
        Assert.Equal(new[] { "\\a", "tab\there", "Undeclared" }, email.Activities.Select(activity => activity.Name));

        var marker = email.Activities[0];
        Assert.Equal("looks like the marker", marker.Purpose);
        Assert.Equal(LegalBasis.ExplicitConsent, marker.LegalBasis);
        Assert.Null(marker.Retention);
        Assert.Empty(marker.Recipients);

        var tab = email.Activities[1];
        Assert.Equal("line\nbreak", tab.Purpose);
        Assert.Equal(LegalBasis.Unspecified, tab.LegalBasis);
        Assert.Equal(string.Empty, tab.Retention);
        Assert.Equal(new[] { "Mail\tCo", "" }, tab.Recipients);

        var undeclared = email.Activities[2];
        Assert.Null(undeclared.Purpose);
        Assert.Empty(undeclared.Recipients);

        Assert.Equal("\\a", members[1].Purpose);
        Assert.Empty(members[1].Activities);
    }

    [Fact]
    public void Members_of_different_types_share_the_one_description_of_an_activity()
    {
        var assembly = GeneratorHarness.CompileAndLoad(ActivitySource);
        var order = Describe(assembly, "Order").Members[0].Activities.Single();
        Assert.Equal("Plain", order.Name);
        Assert.Same(order, Describe(assembly, "Customer").Members[2].Activities.Single());
    }

    private static PersonalDataType Describe(Assembly assembly, string type) =>
        ((IPersonalData)Activator.CreateInstance(assembly.GetType(type)!)!).PersonalDataType;
}
