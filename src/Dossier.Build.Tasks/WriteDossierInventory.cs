using System;
using System.Collections.Generic;
using System.IO;
using Dossier.Generators.Inventory;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Dossier.Build.Tasks;

/// <summary>
/// Writes <c>&lt;AssemblyName&gt;.PersonalData.json</c>, <c>.md</c> and <c>.csv</c> (and, when asked,
/// <c>.fides.yml</c>) from the inventory compiled into the assembly. A file whose content is unchanged is not written again, so a build that changes nothing leaves
/// the files and their timestamps alone.
/// </summary>
public sealed class WriteDossierInventory : InventoryTask
{
    /// <summary>The folder to write the files to; created when missing.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The name the files start with, normally the assembly name.</summary>
    [Required]
    public string BaseName { get; set; } = string.Empty;

    /// <summary>Also write the fideslang dataset, <c>&lt;BaseName&gt;.PersonalData.fides.yml</c>, for Fides.</summary>
    public bool FidesDataset { get; set; }

    /// <summary>The inventory files, written or already up to date.</summary>
    [Output]
    public ITaskItem[] InventoryFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!TryReadInventory(out var inventory, out var problem))
        {
            Log.LogWarning("Dossier could not read the personal data inventory from '{0}': {1}", AssemblyPath, problem);
            return true;
        }

        if (inventory is null)
        {
            Log.LogMessage(MessageImportance.Low, "'{0}' holds no Dossier inventory (Dossier's generator did not run); no inventory written.", AssemblyPath);
            return true;
        }

        var files = new List<ITaskItem>();
        try
        {
            Directory.CreateDirectory(OutputDirectory);
            foreach (var (field, extension) in Formats())
            {
                if (inventory.TryGetValue(field, out var content))
                {
                    var path = Path.Combine(OutputDirectory, BaseName + ".PersonalData" + extension);
                    WriteIfChanged(path, Utf8WithoutBom.GetBytes(content));
                    files.Add(new TaskItem(path));
                }
                else
                {
                    // The generator compiles the optional forms in only when it sees the property that asks for them.
                    Log.LogWarning("'{0}' holds no {1} inventory constant, so '{2}' was not written; make sure Dossier's build/Dossier.props is imported, which shows Dossier's properties to the compiler.",
                        AssemblyPath, field, BaseName + ".PersonalData" + extension);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError("Dossier could not write the personal data inventory to '{0}': {1}", OutputDirectory, exception.Message);
            return false;
        }

        InventoryFiles = files.ToArray();
        return true;
    }

    /// <summary>The constants to write, by field name, and the extension of each file.</summary>
    private IEnumerable<(string Field, string Extension)> Formats()
    {
        yield return (InventoryConstants.Json, ".json");
        yield return (InventoryConstants.Markdown, ".md");
        yield return (InventoryConstants.Csv, ".csv");
        if (FidesDataset)
        {
            yield return (InventoryConstants.FidesDataset, ".fides.yml");
        }
    }

    private void WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && FileContent.Same(File.ReadAllBytes(path), content))
        {
            Log.LogMessage(MessageImportance.Low, "Personal data inventory '{0}' is up to date.", path);
            return;
        }

        File.WriteAllBytes(path, content);
        Log.LogMessage(MessageImportance.Normal, "Dossier wrote the personal data inventory '{0}'.", path);
    }
}
