using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
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
    /// The inventory constants of <see cref="AssemblyPath"/> by name (<c>null</c> in <paramref name="inventory"/> when it has
    /// none), or <c>false</c> with <paramref name="problem"/> when the assembly cannot be read.
    /// </summary>
    protected bool TryReadInventory(out IReadOnlyDictionary<string, string>? inventory, out string? problem)
    {
        try
        {
            inventory = InventoryReader.Read(AssemblyPath);
            problem = null;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            inventory = null;
            problem = exception.Message;
            return false;
        }
    }
}
