namespace Dossier.Generators.Inventory;

/// <summary>
/// The inventory in its three formats, and in the form a privacy review approves (<see cref="ApprovedInventory"/>).
/// Compared by value, so an unchanged inventory is not emitted again.
/// </summary>
internal sealed record InventoryText(string Json, string Markdown, string Csv, string Approved);
