using System.Collections;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>Tagged types for the export-safety tests, compiled once per test class, and both forms of their export.</summary>
public sealed class ExportModel
{
    private const string Source = """
        public partial class Holder
        {
            [PersonalData(DataCategory.Other)] public string? Text { get; set; }
            [PersonalData(DataCategory.Other)] public List<string> Texts { get; set; } = new();
            [PersonalData(DataCategory.Other)] public Dictionary<string, string> Map { get; set; } = new();
            [PersonalData(DataCategory.Other)] public char Letter { get; set; }
        }

        public partial class Node
        {
            [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            public Node? Next { get; set; }
            public List<Node> Children { get; set; } = new();
        }

        public partial class Item
        {
            [PersonalData(DataCategory.Other, Erasure = Erasure.Pseudonymize)] public string? Value { get; set; }
        }

        public partial class Bag
        {
            public List<Item> Items { get; set; } = new();
            [PersonalData(DataCategory.Other)] public List<string> Values { get; set; } = new();
        }
        """;

    public ExportModel()
    {
        Assembly = GeneratorHarness.CompileAndLoad(Source);
    }

    public Assembly Assembly { get; }

    public object Create(string type) => Activator.CreateInstance(Assembly.GetType(type)!)!;

    public static void Set(object target, string property, object? value) => target.GetType().GetProperty(property)!.SetValue(target, value);

    public static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    public static IList List(object target, string property) => (IList)Get(target, property)!;

    /// <summary>The tree form: <c>ExportPersonalData().ToJson()</c>.</summary>
    public static string ToJson(object subject) => Probe.Invoke(() =>
        ((PersonalDataRecord)subject.GetType().GetMethod("ExportPersonalData")!.Invoke(subject, null)!).ToJson());

    /// <summary>The streaming form: <c>WritePersonalData(Utf8JsonWriter)</c> with the same writer options as the tree form.</summary>
    public static byte[] Stream(object subject, JsonWriterOptions? options = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options ?? PersonalDataJsonWriter.IndentedOptions))
        {
            Probe.Invoke(() => subject.GetType().GetMethod("WritePersonalData")!.Invoke(subject, new object[] { writer }));
        }

        return buffer.ToArray();
    }

    /// <summary>Both forms, asserted byte-identical.</summary>
    public static string BothForms(object subject)
    {
        var tree = ToJson(subject);
        var streamed = Stream(subject);
        Assert.True(Encoding.UTF8.GetBytes(tree).AsSpan().SequenceEqual(streamed), "The streaming export differs from the tree export.");
        return tree;
    }

    public static ErasureReport Erase(object subject) => Probe.Invoke(() =>
        (ErasureReport)subject.GetType().GetMethod("ErasePersonalData", new[] { typeof(ErasureOptions) })!.Invoke(subject, new object[] { ErasureModel.Options })!);
}
