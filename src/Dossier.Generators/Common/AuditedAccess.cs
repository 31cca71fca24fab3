using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Common;

/// <summary>Whether the reads and writes of a member are recorded in the access log.</summary>
internal enum AccessLogging
{
    /// <summary>Nobody asked: the member and its containing types carry no <c>[Audited]</c>.</summary>
    NotRequested,

    /// <summary><c>[Audited]</c>, and the generator implements the member's accessors so that each access is recorded.</summary>
    Recorded,

    /// <summary><c>[Audited]</c>, but generated code cannot record the member's access.</summary>
    CannotRecord,
}

/// <summary>
/// Decides whether the access to an <c>[Audited]</c> member can be recorded. Generated code records a read or a
/// write only where it implements the accessor itself, which C# allows for one kind of member: a partial property
/// definition (C# 13) whose implementation part the generator writes. The generator and PII010 ask the same
/// question here, so that a member PII010 accepts is one the generator implements. Works on syntax, because the
/// Roslyn version Dossier compiles against has no symbol API for partial properties.
/// </summary>
internal static class AuditedAccess
{
    /// <summary>C# 13, the first version with partial properties; not a member of <see cref="LanguageVersion"/> in Roslyn 4.8.</summary>
    private const LanguageVersion PartialPropertiesVersion = (LanguageVersion)1300;

    /// <summary>
    /// <see cref="AccessLogging.NotRequested"/> when neither the member nor a containing type is <c>[Audited]</c>;
    /// <see cref="AccessLogging.Recorded"/> when it is, and the member is an instance partial property definition in
    /// C# 13 or later whose implementation part is left to the generator; otherwise
    /// <see cref="AccessLogging.CannotRecord"/>, with <paramref name="reason"/> saying why and what to change.
    /// </summary>
    public static AccessLogging Classify(ISymbol member, out string? reason)
    {
        reason = null;
        if (!AttributeReader.IsAudited(member))
        {
            return AccessLogging.NotRequested;
        }

        reason = WhyNotRecorded(member);
        return reason is null ? AccessLogging.Recorded : AccessLogging.CannotRecord;
    }

    private static string? WhyNotRecorded(ISymbol member)
    {
        if (member is IFieldSymbol)
        {
            return "it is a field; make it a partial property";
        }

        if (member is not IPropertySymbol property || property.ContainingType is not { } type)
        {
            return "it is not a property; make it a partial property";
        }

        if (property.IsIndexer)
        {
            return "it is an indexer; make it a partial property";
        }

        var declarations = property.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax()).ToList();
        if (declarations.Any(syntax => syntax is ParameterSyntax))
        {
            return "it is a positional record parameter; declare it as a partial property in the body of the record";
        }

        if (declarations.Count == 0)
        {
            return "it is not declared in source";
        }

        var tooOld = declarations.Any(syntax => !SupportsPartialProperties(syntax.SyntaxTree));
        var parts = SameNamedProperties(type, property.Name);
        var definitions = parts.Where(PartialProperties.IsDefinition).ToList();
        if (definitions.Count == 0)
        {
            return tooOld
                ? "it is not a partial property, and partial properties need C# 13 or later; set LangVersion to 13 or later and declare it 'partial'"
                : "it is not a partial property; declare it 'partial' (C# 13)";
        }

        if (property.IsStatic)
        {
            return "it is static; make it an instance partial property, so that each access names its data subject";
        }

        if (tooOld || definitions.Any(definition => !SupportsPartialProperties(definition.SyntaxTree)))
        {
            return "partial properties need C# 13 or later; set LangVersion to 13 or later";
        }

        if (NonPartialContainer(type) is { } container)
        {
            return $"'{container.Name}' is not partial; make it, and every type that contains it, partial";
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            return "it is declared in an interface; declare it in a class or record";
        }

        if (type.TypeKind == TypeKind.Struct)
        {
            // The generated backing field would sit in another declaration of the struct than its other fields (CS0282).
            return "it belongs to a struct, whose fields cannot be split across partial declarations; make the type a class";
        }

        if (parts.Any(part => PartialProperties.IsPartial(part) && PartialProperties.HasBodies(part) && !IsGenerated(part.SyntaxTree)))
        {
            return "its implementation part is written by hand; remove it, and Dossier generates one that records each access";
        }

        return null;
    }

    private static bool SupportsPartialProperties(SyntaxTree tree) =>
        tree.Options is CSharpParseOptions options && options.LanguageVersion >= PartialPropertiesVersion;

    /// <summary>The property declarations named <paramref name="name"/> in every declaration of <paramref name="type"/>.</summary>
    private static List<PropertyDeclarationSyntax> SameNamedProperties(INamedTypeSymbol type, string name)
    {
        var result = new List<PropertyDeclarationSyntax>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration)
            {
                result.AddRange(declaration.Members.OfType<PropertyDeclarationSyntax>().Where(property =>
                    property.ExplicitInterfaceSpecifier is null && property.Identifier.ValueText == name));
            }
        }

        return result;
    }

    /// <summary>The innermost type, from <paramref name="type"/> outwards, with a declaration that is not <c>partial</c>.</summary>
    private static INamedTypeSymbol? NonPartialContainer(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            var references = current.DeclaringSyntaxReferences;
            if (references.Length == 0 ||
                references.Any(reference => reference.GetSyntax() is not TypeDeclarationSyntax declaration || !PartialProperties.IsPartial(declaration)))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the tree is generated code (the generator's own implementation parts are), by the conventions the
    /// compiler uses: a <c>.g.cs</c> or <c>.generated.cs</c> name, or an <c>&lt;auto-generated</c> comment at the top.
    /// </summary>
    private static bool IsGenerated(SyntaxTree tree)
    {
        var path = tree.FilePath ?? string.Empty;
        if (path.EndsWith(".g.cs", System.StringComparison.OrdinalIgnoreCase) ||
            path.EndsWith(".generated.cs", System.StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var first = tree.GetRoot().GetFirstToken(includeZeroWidth: true);
        return first.LeadingTrivia.Any(trivia =>
            (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)) &&
            trivia.ToString().IndexOf("<auto-generated", System.StringComparison.OrdinalIgnoreCase) >= 0);
    }
}
