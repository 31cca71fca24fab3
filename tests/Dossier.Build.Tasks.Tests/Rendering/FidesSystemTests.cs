using System.Text.RegularExpressions;
using ApprovalTests;
using ApprovalTests.Reporters;
using Dossier.Generators.Tests.Inventory;
using YamlDotNet.RepresentationModel;

namespace Dossier.Build.Tasks.Tests.Rendering;

/// <summary>
/// The per-activity view in the fideslang file: a <c>system</c> whose privacy declarations are the activities. The
/// Python package is not installable on the build machines, so the file is checked against fideslang 3.1's published
/// models (<c>System</c>, <c>PrivacyDeclaration</c>, <c>DataUse</c>, <c>DataSubject</c> in <c>fideslang/models.py</c>):
/// required fields, the fields each model has, the values of its enums, fides keys, and that every key a declaration
/// names is in the default taxonomy or defined in the same file.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class FidesSystemTests
{
    private static readonly Regex FidesKey = new("^[a-zA-Z0-9_.<>-]+$");

    private static readonly HashSet<string> SystemFields = new(StringComparer.Ordinal)
    {
        "fides_key", "organization_fides_key", "tags", "name", "description", "meta", "fidesctl_meta", "system_type", "egress", "ingress",
        "privacy_declarations", "administrating_department", "vendor_id", "previous_vendor_id", "vendor_deleted_date", "dataset_references",
        "processes_personal_data", "exempt_from_privacy_regulations", "reason_for_exemption", "uses_profiling", "legal_basis_for_profiling",
        "does_international_transfers", "legal_basis_for_transfers", "requires_data_protection_assessments", "dpa_location", "dpa_progress",
        "privacy_policy", "legal_name", "legal_address", "responsibility", "dpo", "joint_controller_info", "data_security_practices",
        "cookie_max_age_seconds", "uses_cookies", "cookie_refresh", "uses_non_cookie_access", "legitimate_interest_disclosure_url", "cookies",
    };

    private static readonly HashSet<string> DeclarationFields = new(StringComparer.Ordinal)
    {
        "name", "data_categories", "data_use", "data_subjects", "dataset_references", "egress", "ingress", "features",
        "flexible_legal_basis_for_processing", "legal_basis_for_processing", "impact_assessment_location", "retention_period",
        "processes_special_category_data", "special_category_legal_basis", "data_shared_with_third_parties", "third_parties", "shared_categories", "cookies",
    };

    private static readonly HashSet<string> LegalBasisForProcessing = new(StringComparer.Ordinal)
    {
        "Consent", "Contract", "Legal obligations", "Vital interests", "Public interest", "Legitimate interests",
    };

    private static readonly HashSet<string> SpecialCategoryLegalBasis = new(StringComparer.Ordinal)
    {
        "Explicit consent", "Employment, social security and social protection", "Vital interests", "Not-for-profit bodies",
        "Made public by the data subject", "Legal claims or judicial acts", "Reasons of substantial public interest (with a basis in law)",
        "Health or social care (with a basis in law)", "Public health (with a basis in law)", "Archiving, research and statistics (with a basis in law)",
    };

    private static readonly HashSet<string> DefaultDataSubjects = new(StringComparer.Ordinal)
    {
        "anonymous_user", "citizen_voter", "commuter", "consultant", "customer", "employee", "job_applicant", "next_of_kin", "passenger",
        "patient", "prospect", "shareholder", "supplier_vendor", "trainee", "visitor",
    };

    [Fact]
    public void Fides_file_with_activities() => Approvals.VerifyWithExtension(WrittenInventory.FidesDataset(ActivityModel.Sources), ".yml");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_system_follows_fideslangs_models(bool withActivities)
    {
        var root = Root(WrittenInventory.FidesDataset(withActivities ? ActivityModel.Sources : InventoryModel.Sources));
        var datasets = Sequence(root, "dataset").Select(dataset => Scalar(dataset, "fides_key")).ToHashSet();
        var uses = root.Children.ContainsKey(new YamlScalarNode("data_use")) ? Sequence(root, "data_use") : new List<YamlMappingNode>();
        var subjects = root.Children.ContainsKey(new YamlScalarNode("data_subject")) ? Sequence(root, "data_subject") : new List<YamlMappingNode>();
        foreach (var resource in uses.Concat(subjects))
        {
            Assert.Matches(FidesKey, Scalar(resource, "fides_key"));
            Assert.False(string.IsNullOrWhiteSpace(Scalar(resource, "name")));
        }

        var useKeys = uses.Select(use => Scalar(use, "fides_key")).ToHashSet();
        var subjectKeys = subjects.Select(subject => Scalar(subject, "fides_key")).Concat(DefaultDataSubjects).ToHashSet();
        var system = Assert.Single(Sequence(root, "system"));
        Assert.All(Keys(system), key => Assert.Contains(key, SystemFields));
        Assert.Matches(FidesKey, Scalar(system, "fides_key"));
        Assert.False(string.IsNullOrWhiteSpace(Scalar(system, "system_type")));
        Assert.Subset(datasets, Strings(system, "dataset_references").ToHashSet());
        Assert.Contains(Scalar(system, "does_international_transfers"), new[] { "true", "false" });

        var declarations = Sequence(system, "privacy_declarations");
        Assert.Equal(declarations.Select(declaration => Scalar(declaration, "name")).OrderBy(name => name, StringComparer.Ordinal), declarations.Select(declaration => Scalar(declaration, "name")));
        foreach (var declaration in declarations)
        {
            Assert.All(Keys(declaration), key => Assert.Contains(key, DeclarationFields));
            Assert.Contains(Scalar(declaration, "data_use"), useKeys);
            Assert.All(Strings(declaration, "data_categories"), category => Assert.Contains(category, FidesTaxonomy.DataCategories));
            Assert.All(Strings(declaration, "data_subjects"), subject => Assert.Contains(subject, subjectKeys));
            Assert.Subset(datasets, Strings(declaration, "dataset_references").ToHashSet());
            if (Optional(declaration, "legal_basis_for_processing") is { } basis)
            {
                Assert.Contains(basis, LegalBasisForProcessing);
            }

            if (Optional(declaration, "special_category_legal_basis") is { } special)
            {
                Assert.Contains(special, SpecialCategoryLegalBasis);
                Assert.Equal("true", Scalar(declaration, "processes_special_category_data"));
            }

            Assert.Contains(Scalar(declaration, "processes_special_category_data"), new[] { "true", "false" });
            Assert.Contains(Scalar(declaration, "data_shared_with_third_parties"), new[] { "true", "false" });
        }
    }

    [Fact]
    public void Each_activity_is_a_privacy_declaration_with_its_use_categories_subjects_and_basis()
    {
        var root = Root(WrittenInventory.FidesDataset(ActivityModel.Sources));
        var declarations = Sequence(Assert.Single(Sequence(root, "system")), "privacy_declarations");
        Assert.Equal(7, declarations.Count);

        var newsletter = declarations.Single(declaration => Scalar(declaration, "name") == "Newsletter");
        Assert.Equal("dossier_newsletter", Scalar(newsletter, "data_use"));
        Assert.Equal(new[] { "user.contact.email" }, Strings(newsletter, "data_categories"));
        Assert.Equal(new[] { "customer", "dossier_newsletter_subscribers" }, Strings(newsletter, "data_subjects"));
        Assert.Equal("Consent", Scalar(newsletter, "legal_basis_for_processing"));
        Assert.Equal("P1Y", Scalar(newsletter, "retention_period"));
        Assert.Equal("AdCo, MailCo", Scalar(newsletter, "third_parties"));

        var allergies = declarations.Single(declaration => Scalar(declaration, "name") == "Allergies, for food deliveries");
        Assert.Equal("Explicit consent", Scalar(allergies, "special_category_legal_basis"));
        Assert.Equal("Consent", Scalar(allergies, "legal_basis_for_processing"));

        var use = Sequence(root, "data_use").Single(resource => Scalar(resource, "fides_key") == "dossier_newsletter");
        Assert.Equal("The monthly newsletter", Scalar(use, "description"));
        Assert.Equal("Newsletter subscribers", Scalar(Assert.Single(Sequence(root, "data_subject")), "name"));
    }

    private static YamlMappingNode Root(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static List<YamlMappingNode> Sequence(YamlMappingNode node, string key) => ((YamlSequenceNode)node[key]).Children.Cast<YamlMappingNode>().ToList();

    private static IEnumerable<string> Keys(YamlMappingNode node) => node.Children.Keys.Select(key => ((YamlScalarNode)key).Value!);

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static string? Optional(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static string[] Strings(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node[key]).Children.Select(item => ((YamlScalarNode)item).Value!).ToArray();
}
