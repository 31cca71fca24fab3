using System.Linq;
using Dossier.Generators.Analyzers.Generation;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Parsing;

/// <summary>Why a type's data is, or is not, a person's data that generated code must export and erase.</summary>
internal enum TypeRole
{
    /// <summary>Holds no personal data.</summary>
    None,

    /// <summary>Marked <c>[DataSubject]</c>.</summary>
    Subject,

    /// <summary>Declares members tagged with Dossier's <c>[PersonalData]</c>.</summary>
    Tagged,

    /// <summary>
    /// Holds personal data tagged only by ASP.NET Core Identity or a data classification attribute (its own members,
    /// or those of a base type from another assembly such as <c>IdentityUser</c>), and nothing of Dossier's.
    /// </summary>
    InteropTagged,

    /// <summary>Derives from a type with generated code and declares members of its own that hold personal data.</summary>
    ExtendsGenerated,

    /// <summary>
    /// Holds personal data only through references to other types (a cache, a service, a view model, an event):
    /// it gets generated code when it is partial, and nothing, without a diagnostic, when it is not.
    /// </summary>
    Container,
}

/// <summary>
/// Which types get generated export and erasure, in one place: the parser, the shape of a holder's member and the
/// analyzers all ask here, so a holder never assumes <c>IPersonalData</c> of a type that gets no generated code.
/// </summary>
internal static class GenerationRule
{
    /// <summary>What the type's personal data is; <see cref="TypeRole.None"/> when it holds none.</summary>
    public static TypeRole RoleOf(INamedTypeSymbol type, PersonalDataReach reach)
    {
        if (!reach.HoldsPersonalData(type))
        {
            return TypeRole.None;
        }

        if (AttributeReader.DataSubjectName(type) is not null)
        {
            return TypeRole.Subject;
        }

        var interop = false;
        var holdsOwn = false;
        foreach (var member in type.GetMembers())
        {
            if (!PersonalDataReach.IsDataMember(member))
            {
                continue;
            }

            if (AttributeReader.ReadTag(member) is { } tag)
            {
                if (tag.Source == TagSource.Dossier)
                {
                    return TypeRole.Tagged;
                }

                interop = true;
            }
            else if (!holdsOwn && !AttributeReader.IsNotPersonalData(member) && PersonalDataReach.TypeOf(member) is { } memberType &&
                     reach.HoldsPersonalData(memberType))
            {
                holdsOwn = true;
            }
        }

        if (interop)
        {
            return TypeRole.InteropTagged;
        }

        for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (!reach.HoldsPersonalData(current))
            {
                break;
            }

            if (current.DeclaringSyntaxReferences.Length == 0)
            {
                // A base from another assembly: one that implements IPersonalData is extended like generated code;
                // one that only carries tags (IdentityUser) is Identity's personal data.
                return PersonalDataReach.ImplementsPersonalData(current)
                    ? holdsOwn ? TypeRole.ExtendsGenerated : TypeRole.Container
                    : TypeRole.InteropTagged;
            }

            if (GetsGeneratedCode(current, reach))
            {
                return holdsOwn ? TypeRole.ExtendsGenerated : TypeRole.Container;
            }
        }

        return TypeRole.Container;
    }

    /// <summary>
    /// Whether generated code gives the type export and erasure: it holds personal data, is a class, struct or record
    /// declared in this compilation, and it and every type that contains it are partial. Every such type is parsed by
    /// one of the generator's pipelines.
    /// </summary>
    public static bool GetsGeneratedCode(INamedTypeSymbol type, PersonalDataReach reach) =>
        type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsStatic && !type.IsImplicitlyDeclared &&
        type.DeclaringSyntaxReferences.Length > 0 && Ungeneratable(type) is null && NotPartial(type) is null &&
        reach.HoldsPersonalData(type);

    /// <summary>
    /// Whether a type of this role that cannot get generated code is reported where it is declared: every role but a
    /// container, whose holders are reported instead where they reach it.
    /// </summary>
    public static bool IsReportedAtType(TypeRole role) => role is TypeRole.Subject or TypeRole.Tagged or TypeRole.InteropTagged or TypeRole.ExtendsGenerated;

    /// <summary>Why no partial declaration generated elsewhere can give the type export and erasure, or <c>null</c> when one can.</summary>
    public static string? Ungeneratable(INamedTypeSymbol type)
    {
        if (type.IsRefLikeType)
        {
            return GenerationMessages.RefStructType;
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return GenerationMessages.FileLocalType;
            }
        }

        return null;
    }

    /// <summary>The type itself, or the first containing type, that is not declared partial; <c>null</c> when all are.</summary>
    public static INamedTypeSymbol? NotPartial(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            var partial = current.DeclaringSyntaxReferences.Length > 0 && current.DeclaringSyntaxReferences.All(reference =>
                reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!partial)
            {
                return current;
            }
        }

        return null;
    }
}
