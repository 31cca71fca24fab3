using System.Diagnostics;
using System.Text.Json;
using System.Threading;
using Xunit.Abstractions;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Graphs too deep to follow and collections too large to hold twice: a deep graph stops with
/// <see cref="PersonalDataGraphTooDeepException"/> long before the stack runs out, and large ones export and erase.
/// </summary>
public class ExportLimitsTests(ExportModel model, ITestOutputHelper output) : IClassFixture<ExportModel>
{
    /// <summary>A quarter of the 1 MB default thread stack on Windows: the limit must hold on a thread far smaller than any default.</summary>
    private const int SmallStack = 256 * 1024;

    public static TheoryData<string> Links => new() { "Next", "Children" };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_chain_10000_deep_stops_with_a_clear_error_on_a_small_stack(string link)
    {
        var root = Chain(10_000, link);
        var failures = OnSmallStack(
            () => ExportModel.ToJson(root),
            () => ExportModel.Stream(root, new JsonWriterOptions { MaxDepth = int.MaxValue }),
            () => ExportModel.Erase(root));
        Assert.All(failures, failure => Assert.IsType<PersonalDataGraphTooDeepException>(failure));

        // Erasure stops at the limit: the objects within it are erased, the deeper ones untouched (see the exception's remarks).
        var nodes = Nodes(root, link).ToList();
        Assert.Null(ExportModel.Get(nodes[0], "Name"));
        Assert.Null(ExportModel.Get(nodes[PersonalDataVisitor.MaxDepth - 1], "Name"));
        Assert.Equal("node 9999", ExportModel.Get(nodes[^1], "Name"));
    }

    [Theory]
    [MemberData(nameof(Links))]
    public void A_chain_just_within_the_limit_exports_and_erases_on_a_small_stack(string link)
    {
        var root = Chain(PersonalDataVisitor.MaxDepth - 1, link);
        string? json = null;
        var failures = OnSmallStack(() => json = ExportModel.BothForms(root), () => ExportModel.Erase(root));
        Assert.All(failures, failure => Assert.Null(failure));
        Assert.Contains($"node {PersonalDataVisitor.MaxDepth - 2}", json);
        Assert.Null(ExportModel.Get(Last(root, link), "Name"));
    }

    [Fact]
    public void A_hundred_thousand_items_export_and_erase()
    {
        const int count = 100_000;
        var bag = model.Create("Bag");
        var items = ExportModel.List(bag, "Items");
        var values = ExportModel.List(bag, "Values");
        for (var i = 0; i < count; i++)
        {
            var item = model.Create("Item");
            ExportModel.Set(item, "Value", "item " + i);
            items.Add(item);
            values.Add("value " + i);
        }

        var watch = Stopwatch.StartNew();
        var json = ExportModel.BothForms(bag);
        var exported = watch.Elapsed;
        var data = JsonDocument.Parse(json).RootElement.GetProperty("data");
        Assert.Equal(count, data.GetProperty("Items").GetProperty("value").GetArrayLength());
        Assert.Equal(count, data.GetProperty("Values").GetProperty("value").GetArrayLength());
        Assert.Equal("item 99999", data.GetProperty("Items").GetProperty("value")[count - 1].GetProperty("data").GetProperty("Value").GetProperty("value").GetString());

        watch.Restart();
        var report = ExportModel.Erase(bag);
        output.WriteLine($"{count:N0} objects and {count:N0} strings: both exports in {exported.TotalMilliseconds:F0} ms ({json.Length:N0} characters), erasure in {watch.ElapsedMilliseconds} ms");
        Assert.Empty(values);
        Assert.All(items.Cast<object>(), item => Assert.StartsWith("pn_", (string)ExportModel.Get(item, "Value")!));
        Assert.Equal(count + 1, report.Entries.Count);
    }

    private object Chain(int depth, string link)
    {
        var root = model.Create("Node");
        ExportModel.Set(root, "Name", "node 0");
        var current = root;
        for (var i = 1; i < depth; i++)
        {
            var next = model.Create("Node");
            ExportModel.Set(next, "Name", "node " + i);
            if (link == "Next") ExportModel.Set(current, "Next", next);
            else ExportModel.List(current, "Children").Add(next);
            current = next;
        }

        return root;
    }

    private static object Last(object node, string link) => Nodes(node, link).Last();

    private static IEnumerable<object> Nodes(object? node, string link)
    {
        for (; node is not null; node = link == "Next" ? ExportModel.Get(node, "Next") : ExportModel.List(node, "Children").Cast<object>().FirstOrDefault())
        {
            yield return node;
        }
    }

    /// <summary>Runs each action on a thread with a small stack; a stack overflow would end the test process.</summary>
    private static Exception?[] OnSmallStack(params Action[] actions)
    {
        var failures = new Exception?[actions.Length];
        var thread = new Thread(() =>
        {
            for (var i = 0; i < actions.Length; i++)
            {
                try
                {
                    actions[i]();
                }
                catch (Exception exception)
                {
                    failures[i] = exception;
                }
            }
        }, SmallStack);
        thread.Start();
        thread.Join();
        return failures;
    }
}
