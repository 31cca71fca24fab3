namespace Dossier.Generators.Inventory;

/// <summary>
/// The names of the generated inventory class and its constants: the generator emits them, and the build task
/// (Dossier.Build.Tasks, which compiles this same file) reads them from the built assembly's metadata.
/// </summary>
internal static class InventoryConstants
{
    public const string Namespace = "Dossier.Generated";

    public const string TypeName = "PersonalDataInventory";

    public const string MetadataName = Namespace + "." + TypeName;

    /// <summary>The inventory as JSON.</summary>
    public const string Json = "Json";

    /// <summary>The inventory as Markdown.</summary>
    public const string Markdown = "Markdown";

    /// <summary>The inventory as CSV.</summary>
    public const string Csv = "Csv";

    /// <summary>The fideslang dataset, compiled in only when the project asks for it.</summary>
    public const string FidesDataset = "FidesDataset";

    /// <summary>The approved form, compiled in only by the build that approves the inventory.</summary>
    public const string Approved = "Approved";
}
