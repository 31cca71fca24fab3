using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using ApprovalTests;
using ApprovalTests.Reporters;
using Dossier.Build.Tasks.Rendering;
using Dossier.Generators.Tests.Inventory;
using YamlDotNet.RepresentationModel;

namespace Dossier.Build.Tasks.Tests.Rendering;

/// <summary>The inventory as a fideslang dataset: what Fides reads, checked with a real YAML parser.</summary>
[UseReporter(typeof(QuietReporter))]
public class FidesDatasetTests
{
    [Fact]
    public void Fides_dataset() => Approvals.VerifyWithExtension(WrittenInventory.FidesDataset(InventoryModel.Sources), ".yml");

    [Fact]
    public void Every_member_of_every_subject_and_unreached_type_is_a_field_exactly_once()
    {
        var (json, _, _) = WrittenInventory.Files(InventoryModel.Sources);
        var dataset = FidesDataset.Parse(WrittenInventory.FidesDataset(InventoryModel.Sources));

        var expected = ExpectedFields(json).OrderBy(field => field, StringComparer.Ordinal).ToList();
        var written = dataset.Collections.SelectMany(collection => collection.TaggedFields.Select(field => collection.Name + ":" + field.Path))
            .OrderBy(field => field, StringComparer.Ordinal).ToList();

        Assert.Equal(expected, written);
        Assert.Equal(written.Count, written.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_field_has_the_category_of_the_mapping_table_and_fideslang_knows_it()
    {
        var (json, _, _) = WrittenInventory.Files(InventoryModel.Sources);
        var dataset = FidesDataset.Parse(WrittenInventory.FidesDataset(InventoryModel.Sources));
        var categoryByMember = Members(json).ToLookup(member => member.Member, member => member.Category);

        var fields = dataset.Collections.SelectMany(collection => collection.TaggedFields).ToList();

        Assert.NotEmpty(fields);
        Assert.All(fields, field =>
        {
            var category = Assert.Single(field.DataCategories);
            Assert.Contains(category, FidesTaxonomy.DataCategories);
            Assert.Contains(FidesCategories.For(Assert.Single(categoryByMember[field.DeclaredAs].Distinct())), field.DataCategories);
        });
    }

    [Fact]
    public void Every_dossier_category_maps_to_a_fideslang_category()
    {
        Assert.All(Enum.GetNames<DataCategory>(), name => Assert.Contains(FidesCategories.For(name), FidesTaxonomy.DataCategories));
    }

    [Fact]
    public void Only_categories_without_a_closer_fideslang_match_fall_back_to_user()
    {
        var general = Enum.GetNames<DataCategory>().Where(name => FidesCategories.For(name) == "user").ToList();

        Assert.Equal(new[] { "Other", "Education" }, general);
    }

    [Fact]
    public void The_documented_mapping_table_is_the_one_the_writer_uses()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "fideslang.md"));
        var rows = Regex.Matches(page, @"^\| `(?<dossier>\w+)` \| `(?<fides>[a-z_.]+)` \|", RegexOptions.Multiline)
            .ToDictionary(match => match.Groups["dossier"].Value, match => match.Groups["fides"].Value);

        Assert.Equal(Enum.GetNames<DataCategory>().Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(rows, row => Assert.Equal(FidesCategories.For(row.Key), row.Value));
    }

    [Fact]
    public void Keys_and_names_are_valid_unique_and_sorted_as_fideslang_sorts_them()
    {
        var dataset = FidesDataset.Parse(WrittenInventory.FidesDataset(InventoryModel.Sources));

        Assert.Equal("northwind_app", dataset.FidesKey);
        var names = dataset.Collections.Select(collection => collection.Name).ToList();
        Assert.All(names, name => Assert.Matches("^[a-z0-9_-]+$", name));
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(dataset.Collections, collection => AssertSortedAndUnique(collection.Fields));
    }

    [Fact]
    public void Nested_objects_are_object_fields_and_retained_members_are_read_only()
    {
        var customer = FidesDataset.Parse(WrittenInventory.FidesDataset(InventoryModel.Sources)).Collections.Single(collection => collection.Name == "customer");

        Assert.Equal("object[]", customer.Fields.Single(field => field.Name == "Orders").DataType);
        Assert.Equal("object", customer.Fields.Single(field => field.Name == "Home").DataType);
        Assert.True(customer.Fields.Single(field => field.Name == "Iban").ReadOnly);
        Assert.False(customer.Fields.Single(field => field.Name == "Email").ReadOnly);
    }

    [Fact]
    public void Hostile_names_and_purposes_read_back_unchanged()
    {
        const string Purpose = "  Delivery: \"door\" #2\n- ring twice\\ 'then' leave {it} [here] & *wait* | > %\tyes\u2028東京 🙂  ";
        const string Subject = "Kunde: \"VIP\" # 1 ~ null";
        var source = $$"""
            namespace Hostile
            {
                [DataSubject({{Quote(Subject)}})]
                public partial class Customer
                {
                    [PersonalData(DataCategory.PostalAddress, Purpose = {{Quote(Purpose)}}, LegalBasis = LegalBasis.Contract, Retention = "P2Y",
                        Erasure = Erasure.Retain, RetentionReason = "Law: keep # 10 years", Recipients = new[] { "Mail: Co" })]
                    public string Straße { get; set; } = "";
                }

                [DataSubject("kunde VIP 1 NULL")]
                public partial class Other
                {
                    [PersonalData(DataCategory.Name)]
                    public string? Name { get; set; }
                }
            }
            """;

        var dataset = FidesDataset.Parse(WrittenInventory.FidesDataset(source));

        Assert.Equal(new[] { "kunde_vip_1_null", "kunde_vip_1_null_2" }, dataset.Collections.Select(collection => collection.Name));
        var hostile = dataset.Collections.Single(collection => collection.Description.Contains(Subject, StringComparison.Ordinal));
        var field = Assert.Single(hostile.TaggedFields);
        Assert.Equal("Straße", field.Name);
        Assert.Contains("Purpose: " + Purpose + "; legal basis: Contract", field.Description, StringComparison.Ordinal);
        Assert.Contains("(Law: keep # 10 years)", field.Description, StringComparison.Ordinal);
        Assert.Contains("recipients: Mail: Co", field.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void No_personal_data_gives_a_dataset_with_no_collections()
    {
        var dataset = FidesDataset.Parse(WrittenInventory.FidesDataset("namespace Empty { public class Nothing { public int Count { get; set; } } }"));

        Assert.Equal("northwind_app", dataset.FidesKey);
        Assert.Empty(dataset.Collections);
    }

    [Fact]
    public void Same_code_gives_the_same_bytes()
    {
        Assert.Equal(WrittenInventory.FidesDataset(InventoryModel.Sources), WrittenInventory.FidesDataset(InventoryModel.Sources));
    }

    /// <summary>"collection:Field.Nested" for every member the JSON inventory lists, as the dataset should name it.</summary>
    private static IEnumerable<string> ExpectedFields(string json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var group in document.RootElement.GetProperty("subjects").EnumerateArray().Concat(document.RootElement.GetProperty("unreachedTypes").EnumerateArray()))
        {
            var name = group.TryGetProperty("name", out var subject) ? subject.GetString()! : group.GetProperty("type").GetString()!;
            foreach (var member in group.GetProperty("members").EnumerateArray())
            {
                var path = member.GetProperty("path").GetString()!;
                yield return FidesKeys.From(name, "collection") + ":" + path.Substring(path.IndexOf('.') + 1).Replace("[]", string.Empty);
            }
        }
    }

    private static IEnumerable<(string Member, string Category)> Members(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("subjects").EnumerateArray().Concat(document.RootElement.GetProperty("unreachedTypes").EnumerateArray())
            .SelectMany(group => group.GetProperty("members").EnumerateArray())
            .Select(member => (member.GetProperty("type").GetString() + "." + member.GetProperty("member").GetString(), member.GetProperty("category").GetString()!))
            .ToList();
    }

    private static void AssertSortedAndUnique(IReadOnlyList<FidesField> fields)
    {
        var names = fields.Select(field => field.Name).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(fields, field => AssertSortedAndUnique(field.Fields));
    }

    private static string Quote(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
}
