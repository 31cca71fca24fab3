using Dossier.Generators.Common;
using Dossier.Generators.Model;

namespace Dossier.Generators.Inventory;

/// <summary>
/// What the assembly declares about its processing: its name, <c>[assembly: DataController]</c>, every
/// <c>[assembly: Recipient]</c> and every <c>[assembly: ProcessingActivity]</c>. Plain values only, so the pipeline step that reads them on every compilation
/// stays cached while they do not change.
/// </summary>
internal sealed record AssemblyFacts(
    string AssemblyName,
    ControllerModel? Controller,
    EquatableArray<RecipientModel> Recipients,
    EquatableArray<ActivityDeclaration> Activities);
