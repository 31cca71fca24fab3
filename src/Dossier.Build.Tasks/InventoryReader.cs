using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks;

/// <summary>
/// Reads the inventory's JSON that Dossier's generator compiles into <c>Dossier.Generated.PersonalDataInventory</c>,
/// from metadata alone: the assembly is never loaded, so it is neither locked nor run.
/// </summary>
internal static class InventoryReader
{
    /// <summary>The inventory's JSON, or <c>null</c> when the assembly has none.</summary>
    public static string? Read(string assemblyPath)
    {
        using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return null;
        }

        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (!metadata.StringComparer.Equals(type.Name, InventoryConstants.TypeName) || !metadata.StringComparer.Equals(type.Namespace, InventoryConstants.Namespace))
            {
                continue;
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = metadata.GetFieldDefinition(fieldHandle);
                var constantHandle = field.GetDefaultValue();
                if (constantHandle.IsNil || !metadata.StringComparer.Equals(field.Name, InventoryConstants.Json))
                {
                    continue;
                }

                var constant = metadata.GetConstant(constantHandle);
                if (constant.TypeCode == ConstantTypeCode.String)
                {
                    var blob = metadata.GetBlobReader(constant.Value);
                    return blob.ReadUTF16(blob.Length);
                }
            }

            return null;
        }

        return null;
    }
}
