namespace Dossier.Generators.Inventory;

/// <summary>
/// The inventory in its formats, and in the form a privacy review approves (<see cref="ApprovedInventory"/>).
/// Compared by value, so an unchanged inventory is not emitted again.
/// </summary>
/// <param name="FidesDataset">
/// The inventory as a fideslang dataset (YAML) for Fides; only when the project asks for it
/// (<c>DossierFidesDataset</c>), <c>null</c> otherwise.
/// </param>
/// <param name="Approved">
/// What a privacy review approves; only in the build that writes the approved file (<c>DossierApprove</c>),
/// <c>null</c> otherwise.
/// </param>
internal sealed record InventoryText(string Json, string Markdown, string Csv, string? FidesDataset, string? Approved);
