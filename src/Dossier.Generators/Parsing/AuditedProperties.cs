using System.Linq;
using Dossier.Generators.Common;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Describes the implementing declaration of an <c>[Audited]</c> partial property that
/// <see cref="AuditedAccess.Classify"/> found the generator can record.
/// </summary>
internal static class AuditedProperties
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The implementation to generate, or <c>null</c> when <paramref name="member"/> is not one the generator records.</summary>
    public static AuditedPropertyModel? Describe(INamedTypeSymbol type, ISymbol member)
    {
        if (member is not IPropertySymbol { RefKind: RefKind.None } property ||
            !SymbolEqualityComparer.Default.Equals(property.ContainingType, type) ||
            AuditedAccess.Classify(member, out _) != AccessLogging.Recorded ||
            Definition(property) is not { AccessorList: { } accessors } definition)
        {
            return null;
        }

        return new AuditedPropertyModel(
            string.Join(" ", definition.Modifiers.Select(modifier => modifier.Text)),
            property.Type.ToDisplayString(TypeFormat),
            BackingField(type, property.Name),
            type.TypeKind == TypeKind.Class && !property.Type.IsValueType && property.NullableAnnotation != NullableAnnotation.Annotated,
            accessors.Accessors
                .Select(accessor => new AccessorModel(string.Join(" ", accessor.Modifiers.Select(modifier => modifier.Text)), accessor.Keyword.Text))
                .ToEquatableArray());
    }

    private static PropertyDeclarationSyntax? Definition(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences
            .Select(reference => reference.GetSyntax())
            .OfType<PropertyDeclarationSyntax>()
            .FirstOrDefault(PartialProperties.IsDefinition);

    /// <summary>
    /// The backing field's name: <c>_camelCase</c>, which EF Core and most serializers recognize as the property's
    /// backing field (so that loading and change tracking use the field and record no access), else a name no
    /// member of the type or its base types uses.
    /// </summary>
    private static string BackingField(INamedTypeSymbol type, string property)
    {
        var camel = char.ToLowerInvariant(property[0]) + property.Substring(1);
        foreach (var candidate in new[] { "_" + camel, "m_" + property, "__dossier_" + property })
        {
            if (!IsTaken(type, candidate))
            {
                return candidate;
            }
        }

        return "__dossier_" + property + "_" + type.GetMembers().Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsTaken(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).Any(member => SymbolEqualityComparer.Default.Equals(current, type) || member.DeclaredAccessibility != Accessibility.Private))
            {
                return true;
            }
        }

        return false;
    }
}
