namespace Dossier.Generators.Inventory;

/// <summary>
/// The contract between the generator and the build task (Dossier.Build.Tasks, which compiles this same file): the
/// generator compiles the inventory into <c>Dossier.Generated.PersonalDataInventory.Json</c>, and the task reads that
/// constant from the built assembly's metadata and renders the inventory files from it.
/// </summary>
internal static class InventoryConstants
{
    public const string Namespace = "Dossier.Generated";

    public const string TypeName = "PersonalDataInventory";

    public const string MetadataName = Namespace + "." + TypeName;

    /// <summary>The constant that holds the inventory: JSON in the documented schema (docs/inventory.md), without indentation.</summary>
    public const string Json = "Json";

    /// <summary>
    /// The version of the inventory's JSON schema (docs/inventory.md, docs/inventory.schema.json), in the constant and in
    /// the file alike: a change that removes or renames a field, or changes its meaning, comes with a new version. The
    /// task renders only the version it was built with.
    /// </summary>
    public const int SchemaVersion = 1;
}
