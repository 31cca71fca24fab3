using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dossier.Generators.Analyzers.Untagged;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Benchmarks.RealWorld;

/// <summary>A member PII003 looks at, with its declared type as written in the source.</summary>
[NotPersonalData(Justification = "Names a member of the corpus, not a person")]
public sealed record CandidateMember(MemberKey Key, int Line, string MemberType);

/// <summary>
/// The members of a compilation that PII003 judges, chosen by its analyzer itself (UntaggedPersonalDataAnalyzer.Candidate):
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
                if (UntaggedPersonalDataAnalyzer.Candidate(member, type) is { Location: var location } && CorpusCompilation.MemberAt(location) is { } at)
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
