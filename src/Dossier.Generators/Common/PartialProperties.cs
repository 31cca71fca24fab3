using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Common;

/// <summary>
/// The two parts of a C# 13 partial property, told apart by syntax: Roslyn 4.8, which Dossier compiles against,
/// has no symbol API for them.
/// </summary>
internal static class PartialProperties
{
    public static bool IsPartial(MemberDeclarationSyntax member) => member.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>An expression body, or an accessor with a body: what an implementation part has.</summary>
    public static bool HasBodies(PropertyDeclarationSyntax property) =>
        property.ExpressionBody is not null ||
        property.AccessorList?.Accessors.Any(accessor => accessor.Body is not null || accessor.ExpressionBody is not null) == true;

    /// <summary>A definition part: <c>partial T Name { get; set; }</c>, accessors without bodies.</summary>
    public static bool IsDefinition(PropertyDeclarationSyntax property) =>
        IsPartial(property) && property.AccessorList is { Accessors.Count: > 0 } && !HasBodies(property);

    /// <summary>
    /// Whether <paramref name="symbol"/> is the implementation part of a partial property. The compiler hands rules
    /// both parts, each with the attributes of both; the rules judge the definition part, so each is reported once.
    /// </summary>
    public static bool IsImplementationPart(ISymbol symbol, CancellationToken cancellationToken = default) =>
        symbol is IPropertySymbol { DeclaringSyntaxReferences.Length: 1 } property &&
        property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax declaration &&
        IsPartial(declaration) && HasBodies(declaration);
}
