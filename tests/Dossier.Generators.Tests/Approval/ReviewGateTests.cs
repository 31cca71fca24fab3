using static Dossier.Generators.Tests.Approval.ApprovalRunner;

namespace Dossier.Generators.Tests.Approval;

/// <summary>PII009: the code against the approved inventory committed with it.</summary>
public class ReviewGateTests
{
    private const string Shop = """
        [assembly: Recipient("MailCo")]
        [assembly: Recipient("ParcelCo")]

        namespace Shop;

        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
            public string Email { get; set; } = "";

            public Address? Home { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
            public string Street { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Code_that_matches_its_approved_inventory_reports_nothing()
    {
        Assert.Empty(await CheckAsync(Approve(Shop), new[] { Shop }));
    }

    [Fact]
    public async Task Without_an_approved_file_the_gate_is_off()
    {
        Assert.Empty(await CheckAsync(null, new[] { Shop }));
    }

    [Fact]
    public async Task A_required_approved_file_that_is_missing_is_reported()
    {
        var diagnostic = Assert.Single(await CheckAsync(null, new[] { Shop }, new Dictionary<string, string> { ["DossierRequireApprovedInventory"] = "true" }));

        Assert.Contains("requires an approved personal data inventory", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("dotnet build -p:DossierApprove=true", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_approving_the_gate_stays_silent()
    {
        var approved = Approve(Shop);
        var changed = Shop.Replace("\"Sign-in\"", "\"Marketing\"", StringComparison.Ordinal);

        Assert.Empty(await CheckAsync(approved, new[] { changed }, new Dictionary<string, string> { ["DossierApprove"] = "true", ["DossierRequireApprovedInventory"] = "true" }));
    }

    [Fact]
    public async Task A_new_personal_data_member_is_reported_on_the_member()
    {
        var approved = Approve(Shop);
        var changed = Shop.Replace("    public Address? Home", """
                [PersonalData(DataCategory.Phone, Purpose = "Delivery calls", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                public string? Phone { get; set; }

                public Address? Home
            """, StringComparison.Ordinal);

        var diagnostic = Assert.Single(await CheckAsync(approved, new[] { changed }));

        Assert.Equal("Phone", TextAt(diagnostic));
        Assert.Equal("'Customer.Phone' holds personal data (Phone) that the approved inventory does not list; have it reviewed and approve it with 'dotnet build -p:DossierApprove=true'",
            diagnostic.GetMessage());
    }

    [Fact]
    public async Task Personal_data_newly_reached_through_a_nested_type_is_reported_on_the_member_that_holds_it()
    {
        var approved = Approve(Shop);
        var changed = Shop.Replace("public Address? Home { get; set; }", "public Address? Home { get; set; }\n\n    public List<Address> Deliveries { get; set; } = new();", StringComparison.Ordinal);

        var diagnostic = Assert.Single(await CheckAsync(approved, new[] { changed }));

        Assert.Equal("Street", TextAt(diagnostic));
        Assert.StartsWith("'Customer.Deliveries[].Street' holds personal data (PostalAddress)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DataCategory.Email,", "DataCategory.OnlineIdentifier,", "category is 'OnlineIdentifier' in code but 'Email' in the approved inventory")]
    [InlineData("\"Sign-in\"", "\"Sign-in and newsletters\"", "purpose is 'Sign-in and newsletters' in code but 'Sign-in' in the approved inventory")]
    [InlineData("Purpose = \"Sign-in\", ", "", "purpose is not set in code but 'Sign-in' in the approved inventory")]
    [InlineData("LegalBasis.Contract, Retention = \"P2Y\", Recipients", "LegalBasis.Consent, Retention = \"P2Y\", Recipients", "legalBasis is 'Consent' in code but 'Contract' in the approved inventory")]
    [InlineData("\"P2Y\", Recipients", "\"P10Y\", Recipients", "retention is 'P10Y' in code but 'P2Y' in the approved inventory")]
    [InlineData("Recipients = new[] { \"MailCo\" })]", "Recipients = new[] { \"MailCo\" }, Erasure = Erasure.Pseudonymize)]", "erasure is 'Pseudonymize' in code but 'Delete' in the approved inventory")]
    [InlineData("Recipients = new[] { \"MailCo\" })]", "Recipients = new[] { \"MailCo\", \"ParcelCo\" })]", "recipients is [MailCo, ParcelCo] in code but [MailCo] in the approved inventory")]
    [InlineData("public string Email", "[Encrypted] public string Email", "encrypted is 'true' in code but 'false' in the approved inventory")]
    public async Task A_changed_fact_is_reported_with_the_field_the_current_value_and_the_approved_value(string before, string after, string expected)
    {
        var approved = Approve(Shop);
        var changed = Shop.Replace(before, after, StringComparison.Ordinal);
        Assert.NotEqual(Shop, changed);

        var diagnostic = Assert.Single(await CheckAsync(approved, new[] { changed }));

        Assert.Equal("Email", TextAt(diagnostic));
        Assert.Equal($"'Customer.Email' differs from the approved inventory: {expected}; have the change reviewed and approve it with 'dotnet build -p:DossierApprove=true'",
            diagnostic.GetMessage());
    }

    [Fact]
    public async Task Renaming_the_data_subject_is_reported_on_every_member_it_reaches()
    {
        var approved = Approve(Shop);
        var changed = Shop.Replace("[DataSubject(\"Customer\")]", "[DataSubject(\"Client\")]", StringComparison.Ordinal);

        var diagnostics = await CheckAsync(approved, new[] { changed });

        Assert.Equal(new[] { "Email", "Street" }, diagnostics.Select(diagnostic => TextAt(diagnostic)).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, diagnostic => Assert.Contains("subject is 'Client' in code but 'Customer' in the approved inventory", diagnostic.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keeping_data_under_a_legal_hold_names_erasure_and_the_reason()
    {
        var approved = Approve(Shop);
        var changed = Shop.Replace("Recipients = new[] { \"MailCo\" })]", "Recipients = new[] { \"MailCo\" }, Erasure = Erasure.Retain, RetentionReason = \"Tax law\")]", StringComparison.Ordinal);

        var message = Assert.Single(await CheckAsync(approved, new[] { changed })).GetMessage();

        Assert.Contains("erasure is 'Retain' in code but 'Delete' in the approved inventory; retentionReason is 'Tax law' in code but not set in the approved inventory", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approved_entry_the_code_no_longer_holds_is_reported_in_the_approved_file()
    {
        var withPhone = Shop.Replace("    public Address? Home", """
                [PersonalData(DataCategory.Phone, Purpose = "Delivery calls", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                public string? Phone { get; set; }

                public Address? Home
            """, StringComparison.Ordinal);
        var approved = Approve(withPhone);

        var diagnostic = Assert.Single(await CheckAsync(approved, new[] { Shop }));

        Assert.Equal(ApprovedPath, diagnostic.Location.GetLineSpan().Path);
        var entry = TextAt(diagnostic, approved);
        Assert.StartsWith("{", entry, StringComparison.Ordinal);
        Assert.EndsWith("}", entry, StringComparison.Ordinal);
        Assert.Contains("\"path\": \"Customer.Phone\"", entry, StringComparison.Ordinal);
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        Assert.Equal("{", approved.Split('\n')[line].Trim());
        Assert.Equal("The approved inventory lists 'Customer.Phone' (Shop.Customer), which the code no longer holds; approve the removal with 'dotnet build -p:DossierApprove=true'",
            diagnostic.GetMessage());
    }

    [Fact]
    public async Task Only_facts_count_not_formatting()
    {
        var approved = Approve(Shop.Replace("new[] { \"MailCo\" }", "new[] { \"MailCo\", \"ParcelCo\" }", StringComparison.Ordinal));
        var reordered = Shop.Replace("new[] { \"MailCo\" }", "new[] { \"ParcelCo\", \"MailCo\" }", StringComparison.Ordinal);
        var reformatted = approved.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\"schemaVersion\": 1,", "\"schemaVersion\":1,", StringComparison.Ordinal);

        Assert.Empty(await CheckAsync("\uFEFF" + reformatted, new[] { reordered }));
    }

    [Fact]
    public async Task A_file_with_another_name_is_read_when_the_build_marks_it()
    {
        var changed = Shop.Replace("\"Sign-in\"", "\"Marketing\"", StringComparison.Ordinal);

        Assert.Empty(await CheckAsync(Approve(Shop), new[] { changed }, path: "/src/privacy/approved.json"));
        Assert.Single(await CheckAsync(Approve(Shop), new[] { changed }, path: "/src/privacy/approved.json", markedByTargets: true));
    }

    [Fact]
    public async Task A_member_listed_twice_is_reported_at_the_second_entry()
    {
        var approved = Approve(Shop);
        var start = approved.IndexOf("    {", StringComparison.Ordinal);
        var end = approved.IndexOf("    }", start, StringComparison.Ordinal) + "    }".Length;
        var doubled = approved.Insert(end, "," + approved[(start - 1)..end]);

        var diagnostic = Assert.Single(await CheckAsync(doubled, new[] { Shop }));

        Assert.Contains("lists 'Customer.Email' (Shop.Customer) twice", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.True(diagnostic.Location.SourceSpan.Start > end);
    }

    [Fact]
    public async Task An_approved_inventory_of_code_without_personal_data_is_an_empty_list()
    {
        const string plain = "namespace Shop; public class Order { public int Number { get; set; } }";

        var approved = Approve(plain);

        Assert.Contains("\"members\": []", approved, StringComparison.Ordinal);
        Assert.Empty(await CheckAsync(approved, new[] { plain }));
        Assert.Equal(2, (await CheckAsync(approved, new[] { Shop })).Count);
    }
}
