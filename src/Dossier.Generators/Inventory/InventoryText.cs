namespace Dossier.Generators.Inventory;

/// <summary>
/// The inventory in its formats, and in the form a privacy review approves (<see cref="ApprovedInventory"/>).
/// Compared by value, so an unchanged inventory is not emitted again.
/// </summary>
/// <param name="FidesDataset">The inventory as a fideslang dataset (YAML) for Fides.</param>
internal sealed record InventoryText(string Json, string Markdown, string Csv, string FidesDataset, string Approved);
