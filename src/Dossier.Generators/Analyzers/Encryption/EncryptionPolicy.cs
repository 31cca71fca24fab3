using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Analyzers.Encryption;

/// <summary>
/// PII001's verdict, in one place: PII001 asks it of a member's symbol, the inventory's "stored unencrypted" gap asks it
/// of the member's model, with the same <c>.editorconfig</c> values, so the two cannot disagree.
/// </summary>
internal static class EncryptionPolicy
{
    /// <summary>
    /// Whether a tagged member of <paramref name="category"/> is stored unencrypted where <paramref name="required"/>
    /// (<c>dossier.encryption_required</c>) asks for encryption: it is not <c>[Encrypted]</c> /
    /// <c>[ProtectedPersonalData]</c> (<paramref name="encrypted"/>), and its type is not one of the wrapper types
    /// <paramref name="encryptedTypes"/> (<c>dossier.encrypted_types</c>) names.
    /// </summary>
    public static bool IsUnencrypted(CategoryScope required, int category, bool encrypted, StoredType? type, IEnumerable<string> encryptedTypes) =>
        CategoryPolicy.Covers(required, category) && !encrypted && !(type is not null && type.IsNamedIn(encryptedTypes));

    /// <summary>
    /// The member's type as <c>dossier.encrypted_types</c> names it: <c>Nullable&lt;T&gt;</c> unwrapped, namespace- and
    /// containing-type-qualified, without type arguments; <c>null</c> for a type that is not a named type.
    /// </summary>
    public static StoredType? StoredTypeOf(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments.Length == 1)
        {
            type = nullable.TypeArguments[0];
        }

        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        var parts = new List<string>();
        for (ISymbol? current = named; current is INamedTypeSymbol or INamespaceSymbol { IsGlobalNamespace: false }; current = current.ContainingSymbol)
        {
            parts.Add(current.Name);
        }

        parts.Reverse();
        return new StoredType(string.Join(".", parts), named.IsGenericType ? named.Arity : 0);
    }
}

/// <summary>
/// A member's type as <c>dossier.encrypted_types</c> names it (<c>Acme.Security.Encrypted</c> for
/// <c>Encrypted&lt;string&gt;</c>), and its number of type parameters; a plain value, so the model can hold it.
/// </summary>
internal sealed record StoredType(string Name, int Arity)
{
    /// <summary>Whether <paramref name="declared"/> lists this type: by its name, with <c>global::</c>, or by its metadata name (<c>Encrypted`1</c>).</summary>
    public bool IsNamedIn(IEnumerable<string> declared)
    {
        var metadataName = Arity > 0 ? Name + "`" + Arity.ToString(System.Globalization.CultureInfo.InvariantCulture) : Name;
        return declared.Any(name => name == Name || name == metadataName || name == "global::" + Name);
    }
}
