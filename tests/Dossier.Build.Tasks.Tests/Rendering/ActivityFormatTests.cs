using ApprovalTests;
using ApprovalTests.Reporters;
using Dossier.Generators.Tests.Inventory;

namespace Dossier.Build.Tasks.Tests.Rendering;

/// <summary>The inventory of a model that declares its processing activities, in every format, kept as approved files.</summary>
[UseReporter(typeof(QuietReporter))]
public class ActivityFormatTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Files = new(() => WrittenInventory.All(ActivityModel.Sources));

    [Fact]
    public void Markdown_with_activities() => Approvals.VerifyWithExtension(Files.Value[".md"], ".md");

    [Fact]
    public void Activities_csv() => Approvals.VerifyWithExtension(Files.Value[".Activities.csv"], ".csv");

    [Fact]
    public void Members_csv_with_activities() => Approvals.VerifyWithExtension(Files.Value[".csv"], ".csv");

    [Fact]
    public void Approved_inventory_with_activities() => Approvals.VerifyWithExtension(WrittenInventory.Approved(ActivityModel.Sources), ".json");

    [Fact]
    public void The_activities_csv_has_one_row_per_activity_and_the_columns_of_the_record()
    {
        var lines = Files.Value[".Activities.csv"].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            "assembly,activity,declared,purpose,legalBasis,dataSubjects,categories,specialCategories,members,recipients,transfers,retention,securityMeasures,encrypted,accessLogged",
            lines[0]);
        Assert.Equal(8, lines.Length);
        Assert.Contains("Northwind.App,Newsletter,true,The monthly newsletter,Consent,Customer; Newsletter subscribers,Email,,Customer.Email,AdCo; MailCo," +
            "\"AdCo (US, no safeguard declared); MailCo (US, SCCs)\",P1Y,,,", lines);
    }

    [Fact]
    public void The_markdown_puts_the_activities_first_after_the_gaps_and_each_member_shows_its_activities_purposes()
    {
        var markdown = Files.Value[".md"];

        var gaps = markdown.IndexOf("## Gaps", StringComparison.Ordinal);
        var activities = markdown.IndexOf("## Processing activities", StringComparison.Ordinal);
        var controller = markdown.IndexOf("## Controller", StringComparison.Ordinal);
        Assert.True(gaps >= 0 && gaps < activities && activities < controller);
        Assert.Contains("### Activities used but not declared", markdown);
        Assert.Contains("| `Customer.Email` | Email | no | Account notices: Security and account notices; Newsletter: The monthly newsletter; Sign-in: Signing customers in to their account | " +
            "Account notices: LegitimateInterests; Newsletter: Consent; Sign-in: Contract | P30M |", markdown);
    }

    [Fact]
    public void Activities_that_lack_what_the_record_needs_or_name_undeclared_recipients_are_gaps()
    {
        var markdown = WrittenInventory.All(new[]
        {
            """
            [assembly: Recipient("MailCo")]
            [assembly: ProcessingActivity("Support", Purpose = "Answering questions", Retention = "P1Y")]
            [assembly: ProcessingActivity("Newsletter", Purpose = "The monthly newsletter", LegalBasis = LegalBasis.Consent, Recipients = new[] { "MailCo", "PrintCo" })]
            [DataSubject("Customer")]
            public partial class Customer
            {
                [PersonalData(DataCategory.Email, Activities = new[] { "Support", "Newsletter" })]
                public string? Email { get; set; }
            }
            """,
        })[".md"];
        var gaps = markdown.Substring(0, markdown.IndexOf("## Processing activities", StringComparison.Ordinal));

        Assert.Contains("### Activities without a required purpose, legal basis or retention (PII004)", gaps);
        Assert.Contains("| Support | legalBasis |", gaps);
        var incomplete = gaps.Substring(gaps.IndexOf("(PII004)", StringComparison.Ordinal));
        incomplete = incomplete.Substring(0, incomplete.IndexOf("\n#", StringComparison.Ordinal) is var end and >= 0 ? end : incomplete.Length);
        Assert.DoesNotContain("| Newsletter |", incomplete);
        Assert.Contains("| PrintCo | activity Newsletter |", gaps);
    }

    [Fact]
    public void The_activity_diagram_goes_from_subjects_through_activities_to_recipients()
    {
        var markdown = Files.Value[".md"];
        var start = markdown.IndexOf("```mermaid", markdown.IndexOf("## Processing activities", StringComparison.Ordinal), StringComparison.Ordinal);
        var diagram = markdown.Substring(start, markdown.IndexOf("```\n", start + 3, StringComparison.Ordinal) - start);

        Assert.Contains("s1([\"Newsletter subscribers\"])", diagram);
        Assert.Contains("a4[\"Newsletter\"]", diagram);
        Assert.Contains("s1 --> a4", diagram);
        Assert.Contains("a4 --> r0", diagram);
        Assert.Contains("r0[/\"AdCo\"/]", diagram);
    }

    [Fact]
    public void Hostile_activity_names_and_purposes_stay_inside_their_cells_and_read_back_unchanged()
    {
        const string name = "Ads | \"tracking\" <script>";
        const string purpose = "Line one\nline two: with # and, commas";
        var files = WrittenInventory.All(new[]
        {
            $$"""
            [assembly: ProcessingActivity("{{name.Replace("\"", "\\\"")}}", Purpose = "{{purpose.Replace("\n", "\\n")}}", LegalBasis = LegalBasis.Consent)]
            [DataSubject("Visitor")]
            public partial class Visitor
            {
                [PersonalData(DataCategory.OnlineIdentifier, Activities = new[] { "{{name.Replace("\"", "\\\"")}}" })]
                public string? Cookie { get; set; }
            }
            """,
        });

        var markdown = files[".md"];
        var section = markdown.Substring(markdown.IndexOf("## Processing activities", StringComparison.Ordinal));
        var row = section.Split('\n').Single(line => line.StartsWith("| Ads", StringComparison.Ordinal));
        Assert.Equal(10, row.Replace("\\|", string.Empty).Count(character => character == '|'));
        Assert.DoesNotContain("<script>", markdown);

        var csv = files[".Activities.csv"];
        Assert.Contains("\"Ads | \"\"tracking\"\" <script>\"", csv);

        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(files[".fides.yml"]));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents.Single().RootNode;
        var declaration = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)
            ((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)root["system"]).Children.Single())["privacy_declarations"]).Children.Single();
        Assert.Equal(name, ((YamlDotNet.RepresentationModel.YamlScalarNode)declaration["name"]).Value);
        var use = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)root["data_use"]).Children.Single();
        Assert.Equal(purpose, ((YamlDotNet.RepresentationModel.YamlScalarNode)use["description"]).Value);
    }
}
