using System;
using System.Linq;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Finds the key the audit trail names a data subject by, and writes the C# expression that gives it as text.
/// The rule (documented in docs/audit.md): a member marked <c>[System.ComponentModel.DataAnnotations.Key]</c>,
/// else a member named <c>Id</c>, else one named <c>&lt;TypeName&gt;Id</c> (names compared ignoring case, as EF
/// Core does), searched in the type and then its base types. A candidate that is itself tagged as personal data is
/// passed over, so an e-mail address used as a key never reaches the log. No key, or a value-type key still at its
/// default (an entity not saved yet): the subject id is <c>null</c>.
/// </summary>
internal static class SubjectKeyFinder
{
    private const string KeyAttribute = "System.ComponentModel.DataAnnotations.KeyAttribute";
    private const string InvariantCulture = "global::System.Globalization.CultureInfo.InvariantCulture";

    public static string? Expression(INamedTypeSymbol type)
    {
        var key = Find(type, member => member.GetAttributes().Any(attribute => attribute.AttributeClass is { } attributeType && AttributeReader.Is(attributeType, KeyAttribute)))
                  ?? Find(type, member => string.Equals(member.Name, "Id", StringComparison.OrdinalIgnoreCase))
                  ?? Find(type, member => string.Equals(member.Name, type.Name + "Id", StringComparison.OrdinalIgnoreCase));
        return key is null ? null : ToText(key);
    }

    private static ISymbol? Find(INamedTypeSymbol type, Func<ISymbol, bool> matches)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            var own = SymbolEqualityComparer.Default.Equals(current, type);
            foreach (var member in current.GetMembers())
            {
                if (IsReadable(member, own) && matches(member) && AttributeReader.ReadTag(member) is null)
                {
                    return member;
                }
            }
        }

        return null;
    }

    private static bool IsReadable(ISymbol member, bool own)
    {
        if (member.IsStatic || member.IsImplicitlyDeclared && member is IFieldSymbol || !own && member.DeclaredAccessibility == Accessibility.Private)
        {
            return false;
        }

        return member switch
        {
            IPropertySymbol property => !property.IsIndexer && property.GetMethod is { } getter && (own || getter.DeclaredAccessibility != Accessibility.Private) &&
                                        property.Type.TypeKind is not (TypeKind.Error or TypeKind.TypeParameter),
            IFieldSymbol field => field.Type.TypeKind is not (TypeKind.Error or TypeKind.TypeParameter),
            _ => false,
        };
    }

    private static string ToText(ISymbol key)
    {
        var name = SyntaxFacts.GetKeywordKind(key.Name) != SyntaxKind.None ? "@" + key.Name : key.Name;
        var access = "this." + name;
        var type = key is IPropertySymbol property ? property.Type : ((IFieldSymbol)key).Type;
        if (type.SpecialType == SpecialType.System_String)
        {
            return access;
        }

        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : null;
        var formatted = underlying ?? type;
        var conversion = formatted.AllInterfaces.Any(candidate => AttributeReader.Is(candidate, "System.IFormattable"))
            ? ".ToString(null, " + InvariantCulture + ")"
            : ".ToString()";
        if (type.IsValueType && underlying is null)
        {
            // A key still at its type's default (0, Guid.Empty) belongs to an entity not saved yet: it names no one.
            var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return "(global::System.Collections.Generic.EqualityComparer<" + typeName + ">.Default.Equals(" + access + ", default(" + typeName + ")) ? null : " +
                   access + conversion + ")";
        }

        return access + "?" + conversion;
    }
}
