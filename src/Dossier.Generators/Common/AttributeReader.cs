using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Common;

/// <summary>
/// Reads Dossier's attributes, and the interoperable ones from ASP.NET Core Identity and
/// Microsoft.Extensions.Compliance, from symbols. Shared by the generator and every analyzer so that all of
/// them see the same tags. Never throws on broken code: unreadable arguments read as their defaults.
/// </summary>
internal static class AttributeReader
{
    /// <summary>The member's personal-data tag, or <c>null</c> when it has none.</summary>
    public static PersonalDataTag? ReadTag(ISymbol member) => ReadTag(member, out _);

    /// <summary>The member's personal-data tag and the attribute it came from.</summary>
    public static PersonalDataTag? ReadTag(ISymbol member, out AttributeData? source)
    {
        PersonalDataTag? interop = null;
        AttributeData? interopSource = null;
        foreach (var candidate in TagCarriers(member))
        {
            foreach (var attribute in candidate.GetAttributes())
            {
                var type = attribute.AttributeClass;
                if (type is null)
                {
                    continue;
                }

                if (Is(type, KnownNames.PersonalDataAttribute))
                {
                    source = attribute;
                    return ReadDossierTag(attribute);
                }

                if (interop is null && (InheritsFrom(type, KnownNames.IdentityPersonalDataAttribute)))
                {
                    interop = Default(TagSource.Identity);
                    interopSource = attribute;
                }
                else if (interop is null && InheritsFrom(type, KnownNames.DataClassificationAttribute))
                {
                    interop = Default(TagSource.DataClassification) with { Category = DossierTaxonomyReader.CategoryOf(attribute) };
                    interopSource = attribute;
                }
            }
        }

        source = interopSource;
        return interop;
    }

    /// <summary>Whether the member is stored encrypted: Dossier's <c>[Encrypted]</c> or Identity's <c>[ProtectedPersonalData]</c>.</summary>
    public static bool IsEncrypted(ISymbol member) =>
        TagCarriers(member).Any(carrier => carrier.GetAttributes().Any(attribute =>
            attribute.AttributeClass is { } type &&
            (Is(type, KnownNames.EncryptedAttribute) || InheritsFrom(type, KnownNames.IdentityProtectedPersonalDataAttribute))));

    /// <summary>Whether reads and writes of the member are audited: <c>[Audited]</c> on it or on a containing type.</summary>
    public static bool IsAudited(ISymbol member)
    {
        if (TagCarriers(member).Any(carrier => HasAttribute(carrier, KnownNames.AuditedAttribute)))
        {
            return true;
        }

        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (HasAttribute(type, KnownNames.AuditedAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the member or a containing type is marked <c>[NotPersonalData]</c>.</summary>
    public static bool IsNotPersonalData(ISymbol member)
    {
        if (TagCarriers(member).Any(carrier => HasAttribute(carrier, KnownNames.NotPersonalDataAttribute)))
        {
            return true;
        }

        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            if (HasAttribute(type, KnownNames.NotPersonalDataAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The data-subject name of a <c>[DataSubject]</c> type, or <c>null</c> when the type is not one.</summary>
    public static string? DataSubjectName(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeType && Is(attributeType, KnownNames.DataSubjectAttribute))
            {
                var name = attribute.ConstructorArguments.Length == 1 ? AsString(attribute.ConstructorArguments[0]) : null;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "Name")
                    {
                        name = AsString(named.Value) ?? name;
                    }
                }

                return string.IsNullOrWhiteSpace(name) ? type.Name : name;
            }
        }

        return null;
    }

    /// <summary>
    /// The symbols whose attributes describe a member: the member itself and, for a record's positional
    /// property, the primary-constructor parameter it comes from.
    /// </summary>
    public static IEnumerable<ISymbol> TagCarriers(ISymbol member)
    {
        yield return member;
        if (member is IPropertySymbol property && PositionalParameter(property) is { } parameter)
        {
            yield return parameter;
        }
    }

    /// <summary>The primary-constructor parameter a record's positional property was made from, if any.</summary>
    public static IParameterSymbol? PositionalParameter(IPropertySymbol property)
    {
        if (property.ContainingType is not { IsRecord: true } type ||
            !property.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is ParameterSyntax))
        {
            return null;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name &&
                    parameter.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is ParameterSyntax))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    public static bool HasAttribute(ISymbol symbol, string fullName) =>
        symbol.GetAttributes().Any(attribute => attribute.AttributeClass is { } type && Is(type, fullName));

    /// <summary>Whether <paramref name="type"/> has the namespace-qualified name <paramref name="fullName"/>.</summary>
    public static bool Is(ITypeSymbol type, string fullName)
    {
        var end = fullName.Length;
        ISymbol? current = type;
        while (current is INamedTypeSymbol or INamespaceSymbol { IsGlobalNamespace: false })
        {
            var name = current.MetadataName;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            end = start - 1;
            current = current.ContainingSymbol;
            if (current is INamespaceSymbol { IsGlobalNamespace: true })
            {
                return start == 0;
            }

            if (end < 0 || fullName[end] != '.')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is, or derives from, the type named <paramref name="fullName"/>.</summary>
    public static bool InheritsFrom(ITypeSymbol? type, string fullName)
    {
        for (var depth = 0; type is not null && depth < 64; depth++, type = type.BaseType)
        {
            if (Is(type, fullName))
            {
                return true;
            }
        }

        return false;
    }

    private static PersonalDataTag Default(TagSource source) =>
        new(source, PersonalDataTag.CategoryOther, null, PersonalDataTag.LegalBasisUnspecified, null, PersonalDataTag.ErasureDelete, null, EquatableArray<string>.Empty, false, true);

    private static PersonalDataTag ReadDossierTag(AttributeData attribute)
    {
        var category = attribute.ConstructorArguments.Length == 1 ? AsInt(attribute.ConstructorArguments[0]) ?? 0 : 0;
        string? purpose = null, retention = null, reason = null;
        int legalBasis = 0, erasure = 0;
        var export = true;
        var hasRecipients = false;
        var recipients = EquatableArray<string>.Empty;
        var hasActivities = false;
        var activities = EquatableArray<string>.Empty;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Purpose": purpose = AsString(named.Value); break;
                case "LegalBasis": legalBasis = AsInt(named.Value) ?? 0; break;
                case "Retention": retention = AsString(named.Value); break;
                case "Erasure": erasure = AsInt(named.Value) ?? 0; break;
                case "RetentionReason": reason = AsString(named.Value); break;
                case "Export": export = named.Value.Kind != TypedConstantKind.Error && named.Value.Value is not false; break;
                case "Recipients":
                    hasRecipients = true;
                    recipients = AsStrings(named.Value);
                    break;
                case "Activities":
                    hasActivities = true;
                    activities = AsStrings(named.Value);
                    break;
            }
        }

        return new PersonalDataTag(TagSource.Dossier, category, purpose, legalBasis, retention, erasure, reason, recipients, hasRecipients, export, activities, hasActivities);
    }

    /// <summary>
    /// The activities a type's <c>[ProcessingActivities(...)]</c> names for its members, or <c>null</c> when it has no
    /// such attribute. Blank names are kept as empty strings for PII008 to report.
    /// </summary>
    public static EquatableArray<string>? TypeActivities(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeType && Is(attributeType, KnownNames.ProcessingActivitiesAttribute))
            {
                return attribute.ConstructorArguments.Length == 1 ? AsStrings(attribute.ConstructorArguments[0]) : EquatableArray<string>.Empty;
            }
        }

        return null;
    }

    /// <summary>
    /// The activities a member serves: its own <c>Activities</c> when it names them, else its declaring type's
    /// <c>[ProcessingActivities]</c>. Empty for members of neither kind and for interop tags.
    /// </summary>
    public static EquatableArray<string> ActivitiesOf(PersonalDataTag tag, ISymbol member)
    {
        if (tag.HasActivitiesArgument)
        {
            return tag.Activities;
        }

        var declaringType = member is IParameterSymbol { ContainingSymbol: IMethodSymbol method } ? method.ContainingType : member.ContainingType;
        return tag.Source == TagSource.Dossier && declaringType is not null && TypeActivities(declaringType) is { } named
            ? named
            : EquatableArray<string>.Empty;
    }

    /// <summary>A string array argument's elements (a null element reads as the empty string); empty for anything else.</summary>
    public static EquatableArray<string> AsStrings(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Array && !constant.IsNull
            ? constant.Values.Select(value => value.Value as string ?? string.Empty).ToEquatableArray()
            : EquatableArray<string>.Empty;

    private static string? AsString(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Primitive ? constant.Value as string : null;

    private static int? AsInt(TypedConstant constant)
    {
        if (constant.Kind is TypedConstantKind.Error or TypedConstantKind.Array || constant.IsNull)
        {
            return null;
        }

        return constant.Value switch
        {
            int value => value,
            byte value => value,
            short value => value,
            long value when value is >= int.MinValue and <= int.MaxValue => (int)value,
            _ => null,
        };
    }
}
