using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Dossier.Build.Tasks.Tests.Rendering;

/// <summary>A fideslang dataset file read with YamlDotNet, holding just what the tests look at.</summary>
public sealed record FidesDataset(string FidesKey, IReadOnlyList<FidesCollection> Collections)
{
    public static FidesDataset Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var dataset = (YamlMappingNode)((YamlSequenceNode)root["dataset"]).Children.Single();
        var collections = ((YamlSequenceNode)dataset["collections"]).Children.Cast<YamlMappingNode>()
            .Select(collection => new FidesCollection(Text(collection, "name")!, Text(collection, "description")!, Fields(collection, string.Empty)))
            .ToList();
        return new FidesDataset(Text(dataset, "fides_key")!, collections);
    }

    private static IReadOnlyList<FidesField> Fields(YamlMappingNode parent, string path) =>
        ((YamlSequenceNode)parent["fields"]).Children.Cast<YamlMappingNode>().Select(field =>
        {
            var name = Text(field, "name")!;
            var fieldPath = path.Length == 0 ? name : path + "." + name;
            var meta = field.Children.TryGetValue(new YamlScalarNode("fides_meta"), out var found) ? (YamlMappingNode)found : null;
            return new FidesField(
                name,
                fieldPath,
                Text(field, "description"),
                field.Children.TryGetValue(new YamlScalarNode("data_categories"), out var categories)
                    ? ((YamlSequenceNode)categories).Children.Select(category => ((YamlScalarNode)category).Value!).ToList()
                    : Array.Empty<string>(),
                meta is null ? null : Text(meta, "data_type"),
                meta is not null && Text(meta, "read_only") == "true",
                field.Children.ContainsKey(new YamlScalarNode("fields")) ? Fields(field, fieldPath) : Array.Empty<FidesField>());
        }).ToList();

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}

public sealed record FidesCollection(string Name, string Description, IReadOnlyList<FidesField> Fields)
{
    /// <summary>The fields that stand for a member (they have a category), at any depth.</summary>
    public IEnumerable<FidesField> TaggedFields => Fields.SelectMany(each => each.SelfAndDescendants()).Where(each => each.DataCategories.Count > 0);
}

/// <param name="Path">The names from the collection down to this field: <c>Orders.ShipTo.Street</c>.</param>
public sealed record FidesField(
    string Name, string Path, string? Description, IReadOnlyList<string> DataCategories, string? DataType, bool ReadOnly, IReadOnlyList<FidesField> Fields)
{
    /// <summary>The member the description says the field stands for: <c>Shop.Customer.Email</c>.</summary>
    public string DeclaredAs => Regex.Match(Description ?? string.Empty, @"declared as (\S+) \(").Groups[1].Value;

    public IEnumerable<FidesField> SelfAndDescendants() => new[] { this }.Concat(Fields.SelectMany(child => child.SelfAndDescendants()));
}

/// <summary>The repository the tests run from, found by its solution file.</summary>
public static class Repository
{
    public static readonly string Root = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
