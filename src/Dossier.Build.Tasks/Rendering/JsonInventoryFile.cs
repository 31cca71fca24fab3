using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// The inventory's JSON file: the JSON compiled into the assembly, indented for people and diffs. Values, names and
/// order are the compiled ones, untouched, so the file holds exactly the facts the assembly does.
/// </summary>
internal static class JsonInventoryFile
{
    public static string Write(JsonNode inventory)
    {
        var json = new JsonTextWriter(indented: true);
        Value(json, null, inventory);
        return json.ToString();
    }

    private static void Value(JsonTextWriter json, string? name, JsonNode node)
    {
        switch (node.Kind)
        {
            case JsonKind.Object:
                json.StartObject(name);
                foreach (var property in node.Properties)
                {
                    Value(json, property.Key, property.Value);
                }

                json.EndObject();
                break;
            case JsonKind.Array:
                json.StartArray(name);
                foreach (var item in node.Items)
                {
                    Value(json, null, item);
                }

                json.EndArray();
                break;
            case JsonKind.String:
                json.String(name, node.Text);
                break;
            case JsonKind.Number:
                json.Number(name, node.Text!);
                break;
            case JsonKind.True or JsonKind.False:
                json.Bool(name, node.Kind == JsonKind.True);
                break;
            default:
                json.Null(name);
                break;
        }
    }
}
