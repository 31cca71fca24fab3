using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Common;

/// <summary>Whether access to an <c>[Audited]</c> member is recorded.</summary>
internal enum AccessLogging
{
    /// <summary>The member asks for no access logging.</summary>
    NotRequested,
    /// <summary>The generator implements the member's accessors and records each read and write.</summary>
    Recorded,
    /// <summary>The member asks for access logging but generated code cannot provide it.</summary>
    CannotRecord,
}

/// <summary>
/// Decides whether generated code can record reads and writes of an <c>[Audited]</c> member. Only a C# 13 partial
/// property leaves its implementation to the generator; a field or a complete property is read and written by
/// code the generator never sees. Roslyn 4.8 has no partial-property symbol API, so this reads the syntax.
/// </summary>
internal static class AuditedAccess
{
    /// <summary>The language version that brought partial properties (C# 13); Roslyn 4.8 has no name for it.</summary>
    private const LanguageVersion PartialPropertiesVersion = (LanguageVersion)1300;

    /// <summary>The generator name in the <c>[GeneratedCode]</c> attribute of the implementations Dossier writes.</summary>
    private const string GeneratorName = "\"Dossier\"";

    /// <summary>
    /// <see cref="AccessLogging.NotRequested"/>: no <c>[Audited]</c> on the member or a containing type.
    /// <see cref="AccessLogging.Recorded"/>: <c>[Audited]</c>, and the member is a non-static partial property
    /// definition in a class, with no implementing part written by hand, in C# 13 or later: the generator implements it and
    /// records each access. <see cref="AccessLogging.CannotRecord"/>: <c>[Audited]</c>, but generated code cannot
    /// record access; <paramref name="reason"/> says why and what to change.
    /// </summary>
    public static AccessLogging Classify(ISymbol member, out string? reason)
    {
        reason = null;
        if (!AttributeReader.IsAudited(member))
        {
            return AccessLogging.NotRequested;
        }

        if (member is IFieldSymbol)
        {
            reason = "it is a field; make it a partial property";
            return AccessLogging.CannotRecord;
        }

        if (member is not IPropertySymbol property || property.IsIndexer || Definition(property) is not { } definition)
        {
            reason = "it is not a partial property; declare it 'partial' (C# 13)";
            return AccessLogging.CannotRecord;
        }

        if (property.IsStatic)
        {
            reason = "it is static, so its reads and writes concern no single person; make it an instance partial property";
            return AccessLogging.CannotRecord;
        }

        if (property.ContainingType is { TypeKind: TypeKind.Struct })
        {
            // The backing field would sit in another declaration of the struct than its other fields (CS0282).
            reason = "it belongs to a struct, whose fields cannot be split across partial declarations; make the type a class";
            return AccessLogging.CannotRecord;
        }

        if (definition.SyntaxTree.Options is CSharpParseOptions options && options.LanguageVersion < PartialPropertiesVersion)
        {
            reason = "partial properties need C# 13 or later";
            return AccessLogging.CannotRecord;
        }

        if (HasHandWrittenImplementation(property))
        {
            reason = "its implementation part is written by hand";
            return AccessLogging.CannotRecord;
        }

        return AccessLogging.Recorded;
    }

    /// <summary>The partial definition of <paramref name="property"/>: <c>partial</c>, with accessors and no bodies.</summary>
    private static PropertyDeclarationSyntax? Definition(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax declaration && IsPartial(declaration) && !HasBodies(declaration))
            {
                return declaration;
            }
        }

        return null;
    }

    private static bool HasHandWrittenImplementation(IPropertySymbol property)
    {
        foreach (var declaration in PartialDeclarations(property))
        {
            if (HasBodies(declaration) && !IsDossierGenerated(declaration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every partial declaration of a property with this name: the symbol's own, and those in the other
    /// declarations of its type, where the implementing part lives.
    /// </summary>
    private static IEnumerable<PropertyDeclarationSyntax> PartialDeclarations(IPropertySymbol property)
    {
        var seen = new HashSet<SyntaxNode>();
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax declaration && IsPartial(declaration) && seen.Add(declaration))
            {
                yield return declaration;
            }
        }

        foreach (var reference in property.ContainingType?.DeclaringSyntaxReferences ?? Enumerable.Empty<SyntaxReference>())
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax type)
            {
                continue;
            }

            foreach (var declaration in type.Members.OfType<PropertyDeclarationSyntax>())
            {
                if (declaration.Identifier.ValueText == property.Name && IsPartial(declaration) && seen.Add(declaration))
                {
                    yield return declaration;
                }
            }
        }
    }

    private static bool IsPartial(PropertyDeclarationSyntax declaration) => declaration.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>An implementing part: an expression body, or an accessor with a body.</summary>
    private static bool HasBodies(PropertyDeclarationSyntax declaration) =>
        declaration.ExpressionBody is not null || declaration.AccessorList is null ||
        declaration.AccessorList.Accessors.Any(accessor => accessor.Body is not null || accessor.ExpressionBody is not null);

    /// <summary>The implementation Dossier generates, which analyzers see in the compilation and must not count as hand-written.</summary>
    private static bool IsDossierGenerated(PropertyDeclarationSyntax declaration) =>
        declaration.AttributeLists.SelectMany(list => list.Attributes).Any(attribute =>
            attribute.Name.ToString().EndsWith("GeneratedCode", System.StringComparison.Ordinal) &&
            attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression.ToString() == GeneratorName);
}
