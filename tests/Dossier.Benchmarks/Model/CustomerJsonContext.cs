using System.Text.Json.Serialization;

namespace Dossier.Benchmarks.Model;

/// <summary>System.Text.Json's source-generated serializer for the benchmark graph.</summary>
[JsonSerializable(typeof(Customer))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
public partial class CustomerJsonContext : JsonSerializerContext
{
}
