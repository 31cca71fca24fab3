using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Benchmarks.RealWorld;

/// <summary>A member PII003 looks at, with its declared type as written in the source.</summary>
[NotPersonalData(Justification = "Names a member of the corpus, not a person")]
public sealed record CandidateMember(MemberKey Key, int Line, string MemberType);

/// <summary>
/// The members of a compilation that PII003 judges, found by the rules its analyzer applies before it classifies:
/// instance properties, fields and record positional parameters of the source's classes, structs and records.
/// </summary>
/// <remarks>
/// Left out, because PII003 never reports them: interfaces, enums, static classes and implicitly declared types;
/// static members and constants; indexers and overriding properties (the data is the base member's); computed
/// properties (an expression body, or a get-only accessor with a body); private fields that back a property; members
/// already tagged or marked <c>[NotPersonalData]</c>. Flags, counts, dates and members whose type is another class
/// are listed: whether they hold personal data is what the classifier decides, and what the labels say.
/// </remarks>
public static class CandidateMembers
{
    public static IReadOnlyList<CandidateMember> Find(Compilation compilation)
    {
        var members = new List<CandidateMember>();
        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
        {
            foreach (var member in type.GetMembers())
            {
                if (Candidate(member, type) is { } location && CorpusCompilation.MemberAt(location) is { } at)
                {
                    members.Add(new CandidateMember(at.Key, at.Line, DeclaredType(location)));
                }
            }
        }

        return members.OrderBy(member => member.Key.File, System.StringComparer.Ordinal).ThenBy(member => member.Line)
            .ThenBy(member => member.Key.Member, System.StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in SourceTypes(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type && type.Locations.Any(location => location.IsInSource))
            {
                if (type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsImplicitlyDeclared && !type.IsStatic)
                {
                    yield return type;
                }

                foreach (var nested in SourceTypes(type))
                {
                    yield return nested;
                }
            }
        }
    }

    // The same checks, in the same order, as UntaggedPersonalDataAnalyzer's own choice of candidates.
    private static Location? Candidate(ISymbol member, INamedTypeSymbol type)
    {
        if (member.IsStatic || member.Kind is not (SymbolKind.Property or SymbolKind.Field) ||
            AttributeReader.ReadTag(member) is not null || AttributeReader.IsNotPersonalData(member))
        {
            return null;
        }

        switch (member)
        {
            case IPropertySymbol property when !property.IsIndexer && !property.IsOverride:
                if (AttributeReader.PositionalParameter(property) is { } parameter)
                {
                    return parameter.Locations.FirstOrDefault(location => location.IsInSource);
                }

                return property.IsImplicitlyDeclared || IsComputed(property) || property.Locations.FirstOrDefault() is not { IsInSource: true } location
                    ? null
                    : location;
            case IFieldSymbol field when !field.IsImplicitlyDeclared && !field.IsConst && field.AssociatedSymbol is null && !BacksProperty(field, type):
                return field.Locations.FirstOrDefault() is { IsInSource: true } fieldLocation ? fieldLocation : null;
            default:
                return null;
        }
    }

    private static bool IsComputed(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not PropertyDeclarationSyntax declaration)
            {
                continue;
            }

            if (declaration.ExpressionBody is not null)
            {
                return true;
            }

            var accessors = declaration.AccessorList?.Accessors;
            if (accessors is { } list && list.Count == 1 && (list[0].Body is not null || list[0].ExpressionBody is not null))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BacksProperty(IFieldSymbol field, INamedTypeSymbol type)
    {
        if (field.DeclaredAccessibility == Accessibility.Public)
        {
            return false;
        }

        var name = field.Name.TrimStart('_');
        if (name.StartsWith("m_", System.StringComparison.Ordinal))
        {
            name = name.Substring(2);
        }

        return name.Length > 0 && type.GetMembers().Any(other =>
            other is IPropertySymbol property && !property.IsStatic && !IsComputed(property) &&
            string.Equals(other.Name, name, System.StringComparison.OrdinalIgnoreCase));
    }

    private static string DeclaredType(Location location)
    {
        var node = location.SourceTree!.GetRoot().FindToken(location.SourceSpan.Start).Parent;
        var type = node switch
        {
            PropertyDeclarationSyntax property => property.Type,
            ParameterSyntax parameter => parameter.Type,
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
            _ => null,
        };
        return type is null ? string.Empty : Regex.Replace(type.ToString(), @"\s+", " ");
    }
}
