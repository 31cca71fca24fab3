using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace Dossier.EndToEnd.Tests;

/// <summary>The inventory files a build of a project that references the packed Dossier package writes.</summary>
[Collection(PackedDossierCollection.Name)]
public class InventoryBuildTests(PackedDossier dossier)
{
    private const string FidesExtension = ".fides.yml";

    private static readonly string[] Extensions = { ".json", ".md", ".csv", ".Activities.csv" };

    [Fact]
    public void A_build_writes_json_markdown_and_csv_next_to_the_assembly()
    {
        var project = ConsumerProject.Create(dossier, "writes");

        project.Build();

        using var json = JsonDocument.Parse(File.ReadAllText(project.InventoryFile(".json")));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("Northwind Trading Ltd", root.GetProperty("controller").GetProperty("name").GetString());
        Assert.Equal("SCCs", root.GetProperty("recipients")[0].GetProperty("transferSafeguard").GetString());
        var members = root.GetProperty("subjects")[0].GetProperty("members").EnumerateArray().ToList();
        var street = members.Single(member => member.GetProperty("path").GetString() == "Customer.Home.Street");
        Assert.Equal("Models/Customer.cs", street.GetProperty("source").GetProperty("file").GetString());
        Assert.Contains(members, member => member.GetProperty("path").GetString() == "Customer.Deliveries[].Street");
        Assert.DoesNotContain(members, member => member.GetProperty("member").GetString() is "LoyaltyPoints" or "Country");
        Assert.Equal("Northwind.Shop.Customer.Allergies", root.GetProperty("gaps").GetProperty("specialCategoryUnencrypted")[0].GetProperty("member").GetString());

        Assert.StartsWith("# Personal data inventory: Northwind.Shop", File.ReadAllText(project.InventoryFile(".md")), StringComparison.Ordinal);
        Assert.Contains("```mermaid", File.ReadAllText(project.InventoryFile(".md")));
        Assert.StartsWith("assembly,subject,path,", File.ReadAllText(project.InventoryFile(".csv")), StringComparison.Ordinal);
        Assert.StartsWith("assembly,activity,declared,", File.ReadAllText(project.InventoryFile(".Activities.csv")), StringComparison.Ordinal);
        Assert.False(File.Exists(project.InventoryFile(FidesExtension)), "the Fides dataset is written only when asked for");
    }

    [Fact]
    public void Declared_activities_are_written_to_the_activities_csv_one_row_each()
    {
        var project = ConsumerProject.Create(dossier, "activities", new Dictionary<string, string>
        {
            [Path.Combine("Models", "Customer.cs")] = """
                using Dossier;

                [assembly: DataController("Northwind Trading Ltd")]
                [assembly: Recipient("MailCo", Role = RecipientRole.Processor, Country = "US", TransferSafeguard = "SCCs")]
                [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
                [assembly: ProcessingActivity("Account notices", Purpose = "Security notices by e-mail", LegalBasis = LegalBasis.LegitimateInterests,
                    Retention = "P1Y", Recipients = new[] { "MailCo" })]

                namespace Northwind.Shop;

                [DataSubject("Customer")]
                public partial class Customer
                {
                    [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Account notices" })]
                    public string Email { get; set; } = "";

                    [PersonalData(DataCategory.Name, Purpose = "Addressing the customer", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
                    public string Name { get; set; } = "";
                }
                """,
        });

        project.Build();

        var rows = File.ReadAllText(project.InventoryFile(".Activities.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new[]
        {
            "assembly,activity,declared,purpose,legalBasis,dataSubjects,categories,specialCategories,members,recipients,transfers,retention,securityMeasures,encrypted,accessLogged",
            "Northwind.Shop,Account notices,true,Security notices by e-mail,LegitimateInterests,Customer,Email,,Customer.Email,MailCo,\"MailCo (US, SCCs)\",P1Y,,,",
            "Northwind.Shop,Addressing the customer,false,Addressing the customer,Contract,Customer,Name,,Customer.Name,,,P2Y,,,",
            "Northwind.Shop,Sign-in,true,Signing customers in,Contract,Customer,Email,,Customer.Email,,,P2Y,,,",
        }, rows);
        Assert.Contains("## Processing activities", File.ReadAllText(project.InventoryFile(".md")));
        var written = File.GetLastWriteTimeUtc(project.InventoryFile(".Activities.csv"));

        project.Build();

        Assert.Equal(written, File.GetLastWriteTimeUtc(project.InventoryFile(".Activities.csv")));
    }

    [Fact]
    public void DossierFidesDataset_true_also_writes_the_fideslang_dataset_and_leaves_it_alone_when_nothing_changes()
    {
        var project = ConsumerProject.Create(dossier, "fides");

        project.Build("DossierFidesDataset=true");

        var dataset = File.ReadAllText(project.InventoryFile(FidesExtension));
        Assert.StartsWith("dataset:\n- fides_key: northwind_shop\n  name: Northwind.Shop\n", dataset, StringComparison.Ordinal);
        Assert.Contains("  - name: customer\n", dataset);
        Assert.Contains("      - name: Street\n", dataset);
        Assert.Contains("      - user.contact.address\n", dataset);
        Assert.Contains("      - user.health_and_medical\n", dataset);
        Assert.All(Extensions, extension => Assert.True(File.Exists(project.InventoryFile(extension)), extension));
        var written = File.GetLastWriteTimeUtc(project.InventoryFile(FidesExtension));

        project.Build("DossierFidesDataset=true");

        Assert.Equal(written, File.GetLastWriteTimeUtc(project.InventoryFile(FidesExtension)));
        Assert.Equal(dataset, File.ReadAllText(project.InventoryFile(FidesExtension)));
    }

    [Fact]
    public void A_build_that_changes_nothing_leaves_the_files_alone()
    {
        var project = ConsumerProject.Create(dossier, "incremental");
        project.Build();
        var written = Extensions.ToDictionary(extension => extension, extension => File.GetLastWriteTimeUtc(project.InventoryFile(extension)));

        project.Build();

        Assert.All(Extensions, extension => Assert.Equal(written[extension], File.GetLastWriteTimeUtc(project.InventoryFile(extension))));
    }

    [Fact]
    public void Two_clean_builds_give_the_same_bytes()
    {
        var project = ConsumerProject.Create(dossier, "deterministic");
        project.Build();
        var first = Extensions.ToDictionary(extension => extension, extension => File.ReadAllBytes(project.InventoryFile(extension)));

        project.DeleteBuildOutput();
        project.Build();

        Assert.All(Extensions, extension => Assert.Equal(first[extension], File.ReadAllBytes(project.InventoryFile(extension))));
    }

    [Fact]
    public void DossierInventory_false_writes_nothing_and_compiles_no_inventory_into_the_assembly()
    {
        var project = ConsumerProject.Create(dossier, "off");

        project.Build("DossierInventory=false");

        var assembly = Path.Combine(project.OutputDirectory, ConsumerProject.AssemblyName + ".dll");
        Assert.True(File.Exists(assembly));
        Assert.Empty(Directory.GetFiles(project.Directory, "*.PersonalData.*", SearchOption.AllDirectories));
        Assert.DoesNotContain("PersonalDataInventory", TypeNames(assembly));
        Assert.Contains("Customer", TypeNames(assembly));
    }

    [Fact]
    public void The_assembly_carries_the_inventory_as_one_compact_json_constant()
    {
        var project = ConsumerProject.Create(dossier, "compiled");

        project.Build();

        var json = InventoryConstant(Path.Combine(project.OutputDirectory, ConsumerProject.AssemblyName + ".dll"));
        Assert.DoesNotContain("\n", json);
        using var compiled = JsonDocument.Parse(json);
        using var written = JsonDocument.Parse(File.ReadAllText(project.InventoryFile(".json")));
        Assert.True(JsonElement.DeepEquals(compiled.RootElement, written.RootElement));
    }

    private static List<string> TypeNames(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions.Select(handle => metadata.GetString(metadata.GetTypeDefinition(handle).Name)).ToList();
    }

    /// <summary>The string constants of Dossier.Generated.PersonalDataInventory, read from metadata as the build task reads them.</summary>
    private static string InventoryConstant(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();
        var type = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Single(definition => metadata.GetString(definition.Namespace) == "Dossier.Generated" && metadata.GetString(definition.Name) == "PersonalDataInventory");
        var constants = type.GetFields().Select(metadata.GetFieldDefinition).Where(field => !field.GetDefaultValue().IsNil).ToList();
        var json = Assert.Single(constants);
        Assert.Equal("Json", metadata.GetString(json.Name));
        var blob = metadata.GetBlobReader(metadata.GetConstant(json.GetDefaultValue()).Value);
        return blob.ReadUTF16(blob.Length);
    }

    [Fact]
    public void DossierInventoryPath_writes_to_that_folder_instead()
    {
        var project = ConsumerProject.Create(dossier, "elsewhere");

        project.Build("DossierInventoryPath=inventory");

        var folder = Path.Combine(project.Directory, "inventory");
        Assert.All(Extensions, extension => Assert.True(File.Exists(project.InventoryFile(extension, folder)), extension));
        Assert.Empty(Directory.GetFiles(project.OutputDirectory, "*.PersonalData.*"));
    }
}
