using Dossier.Generators.Model;

namespace Dossier.Generators.Inventory;

/// <summary>
/// What the assembly declares about its processing: its name, <c>[assembly: DataController]</c> and every
/// <c>[assembly: Recipient]</c>. Plain values only, so the pipeline step that reads them on every compilation
/// stays cached while they do not change.
/// </summary>
internal sealed record AssemblyFacts(string AssemblyName, ControllerModel? Controller, EquatableArray<RecipientModel> Recipients);

/// <summary>The controller (GDPR Art. 4(7), Art. 30(1)(a)).</summary>
internal sealed record ControllerModel(string Name, string? Contact, string? DataProtectionOfficer, string? Representative);

/// <summary>A declared recipient (GDPR Art. 4(9), Art. 30(1)(d) and (e)).</summary>
internal sealed record RecipientModel(string Name, string Role, string? Purpose, string? Country, string? TransferSafeguard);
