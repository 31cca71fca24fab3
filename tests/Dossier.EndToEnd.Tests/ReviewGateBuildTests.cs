namespace Dossier.EndToEnd.Tests;

/// <summary>
/// The privacy review gate in a project that references the packed package, run the way CI and a developer run
/// it: PII009 as an error, and <c>dotnet build -p:DossierApprove=true</c> to approve.
/// </summary>
[Collection(PackedDossierCollection.Name)]
public class ReviewGateBuildTests(PackedDossier dossier)
{
    private const string Approve = "DossierApprove=true";

    private const string Phone = """
        using Dossier;

        namespace Northwind.Shop;

        public partial class Customer
        {
            [PersonalData(DataCategory.Phone, Purpose = "Delivery calls", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
            public string? Phone { get; set; }
        }
        """;

    /// <summary>Only PII009 fails these builds, as CI configures it; other warnings stay warnings.</summary>
    private static readonly string[] Gate = { "TreatWarningsAsErrors=false", "WarningsAsErrors=PII009" };

    [Fact]
    public void New_personal_data_fails_the_build_until_the_approve_command_updates_the_committed_file()
    {
        var project = ConsumerProject.Create(dossier, "gate");
        var approvedPath = Path.Combine(project.Directory, "PersonalData.approved.json");

        project.Build(Gate.Append(Approve).ToArray());
        var approved = File.ReadAllBytes(approvedPath);
        project.Build(Gate);

        File.WriteAllText(Path.Combine(project.Directory, "Models", "Phone.cs"), Phone);
        var added = project.TryBuild(Gate);
        Assert.NotEqual(0, added.ExitCode);
        Assert.Contains("error PII009: 'Customer.Phone' holds personal data (Phone) that the approved inventory does not list", added.Output, StringComparison.Ordinal);

        project.Build(Gate.Append(Approve).ToArray());
        Assert.Contains("\"path\": \"Customer.Phone\"", File.ReadAllText(approvedPath), StringComparison.Ordinal);
        project.Build(Gate);

        File.Delete(Path.Combine(project.Directory, "Models", "Phone.cs"));
        var removed = project.TryBuild(Gate);
        Assert.NotEqual(0, removed.ExitCode);
        Assert.Contains("PersonalData.approved.json", removed.Output, StringComparison.Ordinal);
        Assert.Contains("error PII009: The approved inventory lists 'Customer.Phone' (Northwind.Shop.Customer), which the code no longer holds", removed.Output, StringComparison.Ordinal);

        project.Build(Gate.Append(Approve).ToArray());
        Assert.Equal(approved, File.ReadAllBytes(approvedPath));
        project.Build(Gate);
    }

    [Fact]
    public void Approving_the_same_code_twice_gives_the_same_bytes_and_leaves_the_file_alone()
    {
        var project = ConsumerProject.Create(dossier, "approve-twice");
        var approvedPath = Path.Combine(project.Directory, "PersonalData.approved.json");
        project.Build(Approve);
        var first = File.ReadAllBytes(approvedPath);
        var written = File.GetLastWriteTimeUtc(approvedPath);

        project.DeleteBuildOutput();
        var again = project.Build(Approve);

        Assert.Equal(first, File.ReadAllBytes(approvedPath));
        Assert.Equal(written, File.GetLastWriteTimeUtc(approvedPath));
        Assert.Contains("already matches the code", again, StringComparison.Ordinal);
        Assert.DoesNotContain((byte)'\r', first);
        Assert.NotEqual(0xEF, first[0]);
    }

    [Fact]
    public void A_required_approved_file_at_a_path_of_the_projects_choosing()
    {
        var project = ConsumerProject.Create(dossier, "required");
        var properties = new[] { "DossierRequireApprovedInventory=true", "DossierApprovedInventory=privacy/approved.json" };

        var missing = project.TryBuild(properties);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("PII009: The project requires an approved personal data inventory", missing.Output, StringComparison.Ordinal);

        project.Build(properties.Append(Approve).ToArray());
        Assert.True(File.Exists(Path.Combine(project.Directory, "privacy", "approved.json")));
        Assert.False(File.Exists(Path.Combine(project.Directory, "PersonalData.approved.json")));
        project.Build(properties);
    }
}
