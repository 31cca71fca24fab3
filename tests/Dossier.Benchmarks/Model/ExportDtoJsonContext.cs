using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dossier.Benchmarks.Model;

/// <summary>System.Text.Json's source-generated serializer for the DTOs that hold Dossier's export JSON.</summary>
[JsonSerializable(typeof(ExportedObject<CustomerData>), TypeInfoPropertyName = "CustomerExport")]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
public partial class ExportDtoJsonContext : JsonSerializerContext
{
    /// <summary>
    /// A context that writes as Dossier does: with <see cref="PersonalDataJsonWriter.IndentedOptions"/>'s encoder,
    /// indented as <c>ToJson()</c> is when <paramref name="indented"/>. Writing to a given
    /// <see cref="Utf8JsonWriter"/>, the writer's own options apply instead.
    /// </summary>
    public static ExportDtoJsonContext Create(bool indented) =>
        new(new JsonSerializerOptions { WriteIndented = indented, Encoder = PersonalDataJsonWriter.IndentedOptions.Encoder });
}
