using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Untagged.UntaggedPersonalDataAnalyzer>;

namespace Dossier.Generators.Tests.Untagged;

public class UntaggedConfigurationTests
{
    private const string Customer = """
        public class Customer
        {
            public string Email { get; set; } = "";
            public string ShoeSize { get; set; } = "";
        }
        """;

    [Fact]
    public Task Can_be_switched_off_with_a_dossier_key() =>
        Verify.VerifyAsync(Customer, "dossier.pii003.enabled = false");

    [Fact]
    public Task Can_be_switched_off_with_the_standard_severity() =>
        Verify.VerifyAsync(Customer, "dotnet_diagnostic.PII003.severity = none");

    [Fact]
    public Task Include_adds_terms_with_their_category() => Verify.VerifyAsync(
        """
        public class Customer { public string {|PII003:ShoeSize|} { get; set; } = ""; }
        public class Product { public string {|PII003:ShoeSize|} { get; set; } = ""; }
        public class SiteSettings { public string ShoeSize { get; set; } = ""; }
        """,
        "dossier.pii003.include = shoe size=Demographic, hat_size=Demographic");

    [Fact]
    public Task Include_can_be_limited_to_person_like_types() => Verify.VerifyAsync(
        """
        public class Customer { public string {|PII003:ShoeSize|} { get; set; } = ""; }
        public class Order { public string ShoeSize { get; set; } = ""; }
        """,
        "dossier.pii003.include = ShoeSize=Demographic@person");

    [Fact]
    public Task Include_ignores_entries_it_cannot_read() => Verify.VerifyAsync(
        """
        public class Customer { public string ShoeSize { get; set; } = ""; public string {|PII003:Email|} { get; set; } = ""; }
        """,
        "dossier.pii003.include = shoe size=NoSuchCategory; =Health; shoe size");

    [Fact]
    public Task Exclude_removes_terms() => Verify.VerifyAsync(
        """
        public class Customer { public string Email { get; set; } = ""; public string WorkEmail { get; set; } = ""; public string {|PII003:Phone|} { get; set; } = ""; }
        """,
        "dossier.pii003.exclude = email");

    [Fact]
    public Task Person_types_adds_person_like_type_names() => Verify.VerifyAsync(
        """
        public class Rider { public string {|PII003:Name|} { get; set; } = ""; }
        public class Route { public string Name { get; set; } = ""; }
        """,
        "dossier.pii003.person_types = Rider");

    [Fact]
    public Task Non_person_types_adds_type_names_that_hold_no_personal_data() => Verify.VerifyAsync(
        """
        public class Listing { public string Email { get; set; } = ""; public string {|PII003:OwnerEmail|} { get; set; } = ""; }
        public class Order { public string {|PII003:Email|} { get; set; } = ""; }
        """,
        "dossier.pii003.non_person_types = Listing");

    [Fact]
    public async Task Reads_the_same_settings_from_an_additional_file()
    {
        var test = Verify.Create("""
            public class Customer { public string {|PII003:ShoeSize|} { get; set; } = ""; public string Email { get; set; } = ""; }
            public class Rider { public string {|PII003:Name|} { get; set; } = ""; }
            """);
        test.TestState.AdditionalFiles.Add(("/project/dossier.pii003.txt", """
            # PII003 settings for this project
            include = shoe size=Demographic
            dossier.pii003.exclude = email
            person_types = Rider
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_additional_file_can_switch_the_rule_off()
    {
        var test = Verify.Create(Customer);
        test.TestState.AdditionalFiles.Add(("/project/dossier.pii003.txt", "enabled = false\n"));
        await test.RunAsync();
    }
}
