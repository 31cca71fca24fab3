using System;
using System.IO;
using System.Text;
using Dossier.Generators.Inventory;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Dossier.Build.Tasks;

/// <summary>What the tasks that write files from the inventory compiled into an assembly share: reading it, and writing bytes the same way.</summary>
public abstract class InventoryTask : Task
{
    /// <summary>UTF-8 without a byte order mark, so the same inventory always gives the same bytes.</summary>
    protected static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The compiled assembly to read the inventory from.</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>
    /// The inventory compiled into <see cref="AssemblyPath"/> (<c>null</c> in <paramref name="inventory"/> when it has
    /// none), or <c>false</c> with <paramref name="problem"/> when the assembly or the inventory in it cannot be read.
    /// </summary>
    private protected bool TryReadInventory(out CompiledInventory? inventory, out string? problem)
    {
        inventory = null;
        problem = null;
        string? json;
        try
        {
            json = InventoryReader.Read(AssemblyPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            problem = exception.Message;
            return false;
        }

        if (json is null)
        {
            return true;
        }

        try
        {
            inventory = InventoryJsonReader.Read(json);
            return true;
        }
        catch (JsonSyntaxException exception)
        {
            problem = "its inventory cannot be read at offset " + exception.Position.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + exception.Message;
            return false;
        }
    }
}
