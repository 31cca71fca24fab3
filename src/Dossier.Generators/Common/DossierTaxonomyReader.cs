using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Common;

/// <summary>
/// Reads which Dossier category a Microsoft.Extensions.Compliance classification attribute stands for, when the
/// attribute is declared in source and hands a value of Dossier's taxonomy to its base constructor:
/// <c>DataClassificationAttribute(DossierTaxonomy.Email)</c> or <c>base(DossierTaxonomy.For(DataCategory.Email))</c>.
/// </summary>
/// <remarks>
/// The classification is a run-time value, so this reads the syntax of the constructor the attribute is applied
/// with, not its meaning: no semantic model, so analyzers and the generator can call it on any member. Anything
/// else (an attribute from a referenced assembly, a value computed some other way) reads as <c>Other</c>.
/// </remarks>
internal static class DossierTaxonomyReader
{
    private const string Taxonomy = "DossierTaxonomy";
    private const string For = "For";
    private const string Enum = "DataCategory";

    /// <summary>The category value of the attribute's classification, or <c>Other</c>.</summary>
    public static int CategoryOf(AttributeData attribute)
    {
        if (attribute.AttributeConstructor is not { } constructor)
        {
            return PersonalDataTag.CategoryOther;
        }

        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            var arguments = reference.GetSyntax() switch
            {
                ConstructorDeclarationSyntax { Initializer: { } initializer } when initializer.ThisOrBaseKeyword.ValueText == "base" => initializer.ArgumentList,
                TypeDeclarationSyntax { BaseList: { } bases } => PrimaryConstructorBase(bases),
                _ => null,
            };
            if (arguments is { Arguments.Count: 1 } && Category(arguments.Arguments[0].Expression) is { } category)
            {
                return category;
            }
        }

        return PersonalDataTag.CategoryOther;
    }

    private static ArgumentListSyntax? PrimaryConstructorBase(BaseListSyntax bases)
    {
        foreach (var type in bases.Types)
        {
            if (type is PrimaryConstructorBaseTypeSyntax primary)
            {
                return primary.ArgumentList;
            }
        }

        return null;
    }

    // DossierTaxonomy.Email, or DossierTaxonomy.For(DataCategory.Email), each possibly namespace-qualified.
    private static int? Category(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access when LastName(access.Expression) == Taxonomy => Value(access.Name.Identifier.ValueText),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call, ArgumentList.Arguments: { Count: 1 } arguments }
            when call.Name.Identifier.ValueText == For && LastName(call.Expression) == Taxonomy &&
                 arguments[0].Expression is MemberAccessExpressionSyntax category && LastName(category.Expression) == Enum
            => Value(category.Name.Identifier.ValueText),
        _ => null,
    };

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    private static int? Value(string name) => EnumNames.CategoryValue(name) is var value and >= 0 ? value : null;
}
