using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Dossier.Benchmarks.Model;

namespace Dossier.Benchmarks.Runtime;

/// <summary>
/// Exporting one customer (20 personal data members, an address, ten devices), two ways:
/// <list type="bullet">
/// <item><c>ToJson</c>: to an indented string, as an access-request endpoint returns it;</item>
/// <item><c>Stream</c>: straight to a reused <see cref="Utf8JsonWriter"/>, so only the work itself allocates.</item>
/// </list>
/// The reflection exporters and the hand-written <see cref="Utf8JsonWriter"/> code write Dossier's JSON exactly.
/// System.Text.Json serializes the customer itself, the same values without the declarations Dossier writes
/// beside each of them (category, purpose, legal basis, retention, recipients), so about a fifth of the bytes;
/// and DTOs shaped as Dossier's export (<c>Model/ExportDtos.cs</c>), which it writes byte for byte: mapped from
/// the customer on every call, as an application would, or mapped once, which times the serializer alone.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ExportBenchmarks
{
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = PersonalDataJsonWriter.IndentedOptions.Encoder };

    [NotPersonalData(Justification = "Benchmark input")]
    private readonly Customer _customer = CustomerGraph.Create();
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly JsonSerializerOptions _reflectionIndented = SerializerOptions(indented: true);
    private readonly JsonSerializerOptions _reflectionCompact = SerializerOptions(indented: false);
    private readonly CustomerJsonContext _generatedIndented = new(SerializerOptions(indented: true));
    private readonly CustomerJsonContext _generatedCompact = new(SerializerOptions(indented: false));
    private readonly ExportDtoJsonContext _dtoIndented = ExportDtoJsonContext.Create(indented: true);
    private readonly ExportDtoJsonContext _dtoCompact = ExportDtoJsonContext.Create(indented: false);
    private ExportedObject<CustomerData> _dtos = null!;
    private PersonalDataRecord _record = null!;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer, CompactOptions);
        _dtos = CustomerExportMapper.Map(_customer);
        _record = _customer.ExportPersonalData();
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true, Description = "Dossier ExportPersonalData().ToJson()")]
    [BenchmarkCategory("ToJson")]
    public string Dossier_ToJson() => _customer.ExportPersonalData().ToJson();

    // The two halves of Dossier's row, to show where its time goes: building the record, and turning it into a string.
    [Benchmark(Description = "Dossier ExportPersonalData() alone (the record)")]
    [BenchmarkCategory("ToJson")]
    public PersonalDataRecord Dossier_Record() => _customer.ExportPersonalData();

    [Benchmark(Description = "Dossier ToJson() alone, on a record built once")]
    [BenchmarkCategory("ToJson")]
    public string Dossier_RecordToJson() => _record.ToJson();

    [Benchmark(Description = "Reflection, attributes read per call")]
    [BenchmarkCategory("ToJson")]
    public string Reflection_Uncached_ToJson() => ReflectionExporter.Uncached.ToJson(_customer);

    [Benchmark(Description = "Reflection, attributes cached per type")]
    [BenchmarkCategory("ToJson")]
    public string Reflection_Cached_ToJson() => ReflectionExporter.Cached.ToJson(_customer);

    [Benchmark(Description = "System.Text.Json, reflection")]
    [BenchmarkCategory("ToJson")]
    public string Stj_Reflection_ToJson() => JsonSerializer.Serialize(_customer, _reflectionIndented);

    [Benchmark(Description = "System.Text.Json, source-generated")]
    [BenchmarkCategory("ToJson")]
    public string Stj_SourceGenerated_ToJson() => JsonSerializer.Serialize(_customer, _generatedIndented.Customer);

    [Benchmark(Description = "System.Text.Json, source-generated, Dossier's JSON (DTOs mapped per call)")]
    [BenchmarkCategory("ToJson")]
    public string Stj_Dtos_Mapped_ToJson() => JsonSerializer.Serialize(CustomerExportMapper.Map(_customer), _dtoIndented.CustomerExport);

    [Benchmark(Description = "System.Text.Json, source-generated, Dossier's JSON (DTOs built once)")]
    [BenchmarkCategory("ToJson")]
    public string Stj_Dtos_Prebuilt_ToJson() => JsonSerializer.Serialize(_dtos, _dtoIndented.CustomerExport);

    [Benchmark(Baseline = true, Description = "Dossier WritePersonalData(Utf8JsonWriter)")]
    [BenchmarkCategory("Stream")]
    public int Dossier_Stream()
    {
        Restart();
        _customer.WritePersonalData(_writer);
        return Flush();
    }

    [Benchmark(Description = "Hand-written Utf8JsonWriter code, same JSON")]
    [BenchmarkCategory("Stream")]
    public int HandWritten_Stream()
    {
        Restart();
        HandWrittenExport.Write(_customer, _writer);
        return Flush();
    }

    [Benchmark(Description = "Reflection, attributes read per call")]
    [BenchmarkCategory("Stream")]
    public int Reflection_Uncached_Stream()
    {
        Restart();
        ReflectionExporter.Uncached.Write(_customer, _writer);
        return Flush();
    }

    [Benchmark(Description = "Reflection, attributes cached per type")]
    [BenchmarkCategory("Stream")]
    public int Reflection_Cached_Stream()
    {
        Restart();
        ReflectionExporter.Cached.Write(_customer, _writer);
        return Flush();
    }

    [Benchmark(Description = "System.Text.Json, reflection")]
    [BenchmarkCategory("Stream")]
    public int Stj_Reflection_Stream()
    {
        Restart();
        JsonSerializer.Serialize(_writer, _customer, _reflectionCompact);
        return Flush();
    }

    [Benchmark(Description = "System.Text.Json, source-generated")]
    [BenchmarkCategory("Stream")]
    public int Stj_SourceGenerated_Stream()
    {
        Restart();
        JsonSerializer.Serialize(_writer, _customer, _generatedCompact.Customer);
        return Flush();
    }

    [Benchmark(Description = "System.Text.Json, source-generated, Dossier's JSON (DTOs mapped per call)")]
    [BenchmarkCategory("Stream")]
    public int Stj_Dtos_Mapped_Stream()
    {
        Restart();
        JsonSerializer.Serialize(_writer, CustomerExportMapper.Map(_customer), _dtoCompact.CustomerExport);
        return Flush();
    }

    [Benchmark(Description = "System.Text.Json, source-generated, Dossier's JSON (DTOs built once)")]
    [BenchmarkCategory("Stream")]
    public int Stj_Dtos_Prebuilt_Stream()
    {
        Restart();
        JsonSerializer.Serialize(_writer, _dtos, _dtoCompact.CustomerExport);
        return Flush();
    }

    /// <summary>The options that make System.Text.Json write the values as Dossier does: enums by name, the same escaping.</summary>
    public static JsonSerializerOptions SerializerOptions(bool indented) => new()
    {
        WriteIndented = indented,
        Encoder = PersonalDataJsonWriter.IndentedOptions.Encoder,
        Converters = { new JsonStringEnumConverter() },
    };

    private void Restart()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private int Flush()
    {
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
