using System.Buffers;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Dossier.Benchmarks.Runtime;
using Dtos = Dossier.Benchmarks.Model;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Tests.Benchmarks;

/// <summary>
/// The runtime benchmarks compare generated export and erasure with reflection over the same attributes. These
/// tests hold the comparison honest: on the benchmark's own graph, the reflection code writes the same JSON and
/// erases the same members, with the same paths and the same result; and System.Text.Json, given the DTOs shaped
/// as Dossier's export, writes Dossier's JSON byte for byte.
/// </summary>
public class BenchmarkEquivalenceTests
{
    private static readonly Lazy<Assembly> Model = new(CompileModel);

    [Fact]
    public void Reflection_export_writes_the_json_of_the_generated_export()
    {
        var customer = NewCustomer();
        var generated = ((PersonalDataRecord)customer.GetType().GetMethod("ExportPersonalData")!.Invoke(customer, null)!).ToJson();

        Assert.Equal(generated, ReflectionExporter.Uncached.ToJson(customer));
        Assert.Equal(generated, ReflectionExporter.Cached.ToJson(customer));
        Assert.Contains("\"AverageSession\"", generated, StringComparison.Ordinal);
        Assert.Contains("\"00:12:34.5000000\"", generated, StringComparison.Ordinal);
        Assert.Contains("\"Gold\"", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", generated, StringComparison.Ordinal);
        Assert.Equal(10, CountOf(generated, "\"DeviceId\""));
    }

    [Fact]
    public void Reflection_and_hand_written_exports_stream_the_bytes_of_the_generated_streaming_export()
    {
        var customer = NewCustomer();
        var generated = Stream(writer => PersonalDataExport.WriteJson((IPersonalData)customer, writer));
        var handWritten = Model.Value.GetType("Dossier.Benchmarks.Model.HandWrittenExport")!.GetMethod("Write")!;

        Assert.Equal(generated, Stream(writer => ReflectionExporter.Cached.Write(customer, writer)));
        Assert.Equal(generated, Stream(writer => handWritten.Invoke(null, new[] { customer, writer })));
    }

    [Fact]
    public void System_text_json_writes_from_the_dtos_the_bytes_of_the_generated_streaming_export()
    {
        // The benchmark's Stream rows share one writer with these options.
        var options = new JsonWriterOptions { Encoder = PersonalDataJsonWriter.IndentedOptions.Encoder };
        var generated = Stream(writer => PersonalDataExport.WriteJson((IPersonalData)NewCustomer(), writer), options);
        var customer = SameCustomerCompiledIn(generated, options);
        var context = Dtos.ExportDtoJsonContext.Create(indented: false);
        var builtOnce = Dtos.CustomerExportMapper.Map(customer);

        Assert.Equal(generated, Stream(writer => JsonSerializer.Serialize(writer, Dtos.CustomerExportMapper.Map(customer), context.CustomerExport), options));
        Assert.Equal(generated, Stream(writer => JsonSerializer.Serialize(writer, builtOnce, context.CustomerExport), options));

        // The built-once row serializes the same DTOs on every iteration: a second pass must write the same bytes.
        Assert.Equal(generated, Stream(writer => JsonSerializer.Serialize(writer, builtOnce, context.CustomerExport), options));
    }

    [Fact]
    public void System_text_json_writes_from_the_dtos_the_string_of_the_generated_to_json()
    {
        var customer = NewCustomer();
        var generated = ((PersonalDataRecord)customer.GetType().GetMethod("ExportPersonalData")!.Invoke(customer, null)!).ToJson();
        var compiledIn = Dtos.CustomerGraph.Create();
        Assert.Equal(generated, ReflectionExporter.Cached.ToJson(compiledIn));
        var context = Dtos.ExportDtoJsonContext.Create(indented: true);

        Assert.Equal(generated, JsonSerializer.Serialize(Dtos.CustomerExportMapper.Map(compiledIn), context.CustomerExport));
        Assert.Contains("\n      \"recipients\": [", generated, StringComparison.Ordinal);
        Assert.Contains("\"$id\": \"12\"", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Reflection_erase_handles_the_members_generated_erasure_handles_and_leaves_the_same_graph()
    {
        var byGenerated = NewCustomer();
        var byReflection = NewCustomer();

        var report = (ErasureReport)byGenerated.GetType().GetMethods().Single(method => method.Name == "ErasePersonalData" && method.IsPublic).Invoke(byGenerated, new object?[] { null })!;
        var erased = ReflectionEraser.Cached.Erase(byReflection);

        Assert.Equal(report.Entries.Select(entry => entry.Path + " " + entry.Erasure), erased.Select(entry => entry.Path + " " + entry.Tag.Erasure));
        Assert.Contains(report.Entries, entry => entry.Path == "Customer.Devices[9].LastIpAddress");
        Assert.Equal(ReflectionExporter.Cached.ToJson(byGenerated), ReflectionExporter.Cached.ToJson(byReflection));
        Assert.Contains("\"anonymized\"", ReflectionExporter.Cached.ToJson(byGenerated), StringComparison.Ordinal);
    }

    private static object NewCustomer() =>
        Model.Value.GetType("Dossier.Benchmarks.Model.CustomerGraph")!.GetMethod("Create")!.Invoke(null, null)!;

    /// <summary>
    /// The benchmark graph as compiled into these tests, without Dossier's generated code, for the DTO mapper; it
    /// holds the values of the generated model's graph, which the reflection exporter shows by writing its JSON.
    /// </summary>
    private static Dtos.Customer SameCustomerCompiledIn(string generated, JsonWriterOptions options)
    {
        var customer = Dtos.CustomerGraph.Create();
        Assert.Equal(generated, Stream(writer => ReflectionExporter.Cached.Write(customer, writer), options));
        return customer;
    }

    private static string Stream(Action<Utf8JsonWriter> write, JsonWriterOptions options = default)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // The benchmark model, with the code Dossier generates for it, compiled as the benchmark project compiles it.
    private static Assembly CompileModel()
    {
        var trees = new[] { "Customer.cs", "CustomerGraph.cs", "HandWrittenExport.cs" }.Select(name => CSharpSyntaxTree.ParseText(Resource(name), GeneratorHarness.ParseOptions, path: "/benchmarks/" + name));
        var compilation = CSharpCompilation.Create("BenchmarkModel" + Guid.NewGuid().ToString("N"), trees, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(stream.ToArray()));
    }

    private static string Resource(string name)
    {
        using var stream = typeof(BenchmarkEquivalenceTests).Assembly.GetManifestResourceStream("Benchmarks." + name)
                           ?? throw new InvalidOperationException("Missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
