using static Dossier.Generators.Tests.Approval.ApprovalRunner;

namespace Dossier.Generators.Tests.Approval;

/// <summary>
/// PII009 with processing activities: a member is approved with what its activities make of it (each activity's
/// purpose and legal basis, the longest retention, every recipient), so a change to an activity's declaration, or to
/// the activities a member serves, is reported on every member it changes.
/// </summary>
public class ActivityReviewGateTests
{
    private const string Shop = """
        [assembly: Recipient("MailCo")]
        [assembly: Recipient("AdCo")]
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
        [assembly: ProcessingActivity("Notices", Purpose = "Account notices", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P1Y",
            Recipients = new[] { "MailCo" })]

        namespace Shop;

        [DataSubject("Customer")]
        [ProcessingActivities("Sign-in")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Notices" })]
            public string Email { get; set; } = "";

            [PersonalData(DataCategory.Name)]
            public string? Name { get; set; }
        }
        """;

    [Fact]
    public async Task Approved_code_with_activities_passes_the_gate()
    {
        var approved = Approve(Shop);

        Assert.Contains("\"purpose\": \"Notices: Account notices; Sign-in: Signing in\"", approved, StringComparison.Ordinal);
        Assert.Contains("\"legalBasis\": \"Notices: LegitimateInterests; Sign-in: Contract\"", approved, StringComparison.Ordinal);
        Assert.Empty(await CheckAsync(approved, new[] { Shop }));
    }

    [Theory]
    [InlineData("LegalBasis = LegalBasis.LegitimateInterests", "LegalBasis = LegalBasis.Consent",
        "legalBasis is 'Notices: Consent; Sign-in: Contract' in code but 'Notices: LegitimateInterests; Sign-in: Contract' in the approved inventory")]
    [InlineData("Retention = \"P1Y\"", "Retention = \"P3Y\"", "retention is 'P3Y' in code but 'P2Y' in the approved inventory")]
    [InlineData("Recipients = new[] { \"MailCo\" }", "Recipients = new[] { \"MailCo\", \"AdCo\" }",
        "recipients is [AdCo, MailCo] in code but [MailCo] in the approved inventory")]
    public async Task A_changed_activity_is_reported_on_the_members_that_serve_it(string before, string after, string expected)
    {
        var approved = Approve(Shop);
        var changed = Shop.Replace(before, after, StringComparison.Ordinal);
        Assert.NotEqual(Shop, changed);

        var diagnostic = Assert.Single(await CheckAsync(approved, new[] { changed }));

        Assert.Equal("Email", TextAt(diagnostic));
        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_activity_of_the_type_is_reported_on_every_member_that_takes_it()
    {
        var approved = Approve(Shop);
        var changed = Shop.Replace("Purpose = \"Signing in\"", "Purpose = \"Signing in and single sign-on\"", StringComparison.Ordinal);

        var diagnostics = await CheckAsync(approved, new[] { changed });

        Assert.Equal(new[] { "Email", "Name" }, diagnostics.Select(diagnostic => TextAt(diagnostic)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_member_that_stops_serving_an_activity_is_reported()
    {
        var approved = Approve(Shop);
        var changed = Shop.Replace("Activities = new[] { \"Sign-in\", \"Notices\" }", "Activities = new[] { \"Sign-in\" }", StringComparison.Ordinal);

        var diagnostic = Assert.Single(await CheckAsync(approved, new[] { changed }));

        Assert.Equal("Email", TextAt(diagnostic));
        Assert.Contains("purpose is 'Sign-in: Signing in' in code but 'Notices: Account notices; Sign-in: Signing in' in the approved inventory", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
