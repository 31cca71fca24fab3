using System;
using System.Collections.Generic;
using System.IO;
using Dossier.Build.Tasks.Rendering;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Dossier.Build.Tasks;

/// <summary>
/// Writes <c>&lt;AssemblyName&gt;.PersonalData.json</c>, <c>.md</c>, <c>.csv</c> and <c>.Activities.csv</c> (and, when asked,
/// <c>.fides.yml</c>), rendered from the inventory's JSON that Dossier's generator compiled into the assembly. A file
/// whose content is unchanged is not written again, so a build that changes nothing leaves the files and their
/// timestamps alone.
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
            foreach (var (extension, render) in Formats(inventory))
            {
                var path = Path.Combine(OutputDirectory, BaseName + ".PersonalData" + extension);
                WriteIfChanged(path, Utf8WithoutBom.GetBytes(render()));
                files.Add(new TaskItem(path));
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

    /// <summary>The files to write, by extension, and how each is rendered.</summary>
    private IEnumerable<(string Extension, Func<string> Render)> Formats(CompiledInventory inventory)
    {
        yield return (".json", () => JsonInventoryFile.Write(inventory.Json));
        yield return (".md", () => MarkdownInventoryWriter.Write(inventory.Document));
        yield return (".csv", () => CsvInventoryWriter.Write(inventory.Document));
        yield return (".Activities.csv", () => CsvActivitiesWriter.Write(inventory.Document));
        if (FidesDataset)
        {
            yield return (".fides.yml", () => FidesDatasetWriter.Write(inventory.Document));
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
