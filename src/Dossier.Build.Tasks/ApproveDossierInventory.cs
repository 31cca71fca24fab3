using System;
using System.IO;
using Dossier.Build.Tasks.Rendering;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Dossier.Build.Tasks;

/// <summary>
/// Writes the approved inventory (<c>PersonalData.approved.json</c>), rendered from the inventory Dossier's generator
/// compiled into the assembly, so that approving new or changed personal data is a diff to review. The same code always
/// gives the same bytes: UTF-8 without a byte order mark, <c>\n</c> line endings, sorted entries.
/// </summary>
public sealed class ApproveDossierInventory : InventoryTask
{
    /// <summary>The approved file to write; its folder is created when missing.</summary>
    [Required]
    public string ApprovedInventoryPath { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!TryReadInventory(out var inventory, out var problem))
        {
            Log.LogError("Dossier could not read the personal data inventory from '{0}': {1}", AssemblyPath, problem);
            return false;
        }

        if (inventory is null)
        {
            Log.LogError("'{0}' holds no personal data inventory: Dossier's generator did not run for it, so there is nothing to approve.", AssemblyPath);
            return false;
        }

        try
        {
            var bytes = Utf8WithoutBom.GetBytes(ApprovedInventoryWriter.Write(inventory.Document));
            if (File.Exists(ApprovedInventoryPath) && FileContent.Same(File.ReadAllBytes(ApprovedInventoryPath), bytes))
            {
                Log.LogMessage(MessageImportance.High, "Dossier: the approved personal data inventory '{0}' already matches the code.", ApprovedInventoryPath);
                return true;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(ApprovedInventoryPath));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllBytes(ApprovedInventoryPath, bytes);
            Log.LogMessage(MessageImportance.High, "Dossier wrote the approved personal data inventory '{0}'; review the diff and commit it.", ApprovedInventoryPath);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError("Dossier could not write the approved personal data inventory '{0}': {1}", ApprovedInventoryPath, exception.Message);
            return false;
        }
    }
}
