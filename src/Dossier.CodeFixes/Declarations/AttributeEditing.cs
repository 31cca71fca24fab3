using System.Linq;
using System.Threading;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Dossier.CodeFixes.Declarations;

/// <summary>Edits the named arguments of an attribute, and finds the attribute that tags a member.</summary>
internal static class AttributeEditing
{
    /// <summary>
    /// An expression naming a member of a Dossier type, written fully qualified and marked for simplification,
    /// so it reads <c>Erasure.Retain</c> where <c>using Dossier;</c> is in scope and stays correct where it is not.
    /// </summary>
    public static ExpressionSyntax DossierMember(string type, string member) =>
        SyntaxFactory.ParseExpression("global::Dossier." + type + "." + member).WithAdditionalAnnotations(Simplifier.Annotation);

    public static ExpressionSyntax StringLiteral(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    public static AttributeArgumentSyntax? NamedArgument(AttributeSyntax attribute, string name) =>
        attribute.ArgumentList?.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == name);

    /// <summary>Sets <c>name = value</c>: replaces the value where the argument is written, appends the argument where it is not.</summary>
    public static AttributeSyntax SetNamedArgument(AttributeSyntax attribute, string name, ExpressionSyntax value)
    {
        if (NamedArgument(attribute, name) is { } existing)
        {
            return attribute.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression));
        }

        var argument = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)), nameColon: null, value).WithAdditionalAnnotations(Formatter.Annotation);
        var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        return attribute.WithArgumentList(list.AddArguments(argument).WithAdditionalAnnotations(Formatter.Annotation));
    }

    public static AttributeSyntax RemoveNamedArgument(AttributeSyntax attribute, string name) =>
        NamedArgument(attribute, name) is { } existing
            ? attribute.RemoveNode(existing, SyntaxRemoveOptions.KeepNoTrivia)!.WithAdditionalAnnotations(Formatter.Annotation)
            : attribute;

    /// <summary>
    /// The <c>[Dossier.PersonalData]</c> attribute on the member declared at <paramref name="node"/> or one of its
    /// ancestors: a property, a field, or a record's primary-constructor parameter. An attribute node itself is
    /// returned when it is that attribute.
    /// </summary>
    public static AttributeSyntax? FindPersonalDataAttribute(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case AttributeSyntax attribute when IsPersonalData(attribute, model, cancellationToken):
                    return attribute;
                case MemberDeclarationSyntax or ParameterSyntax:
                    var lists = ancestor is ParameterSyntax parameter ? parameter.AttributeLists : ((MemberDeclarationSyntax)ancestor).AttributeLists;
                    return lists.SelectMany(list => list.Attributes).FirstOrDefault(candidate => IsPersonalData(candidate, model, cancellationToken));
            }
        }

        return null;
    }

    private static bool IsPersonalData(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } type } &&
        AttributeReader.Is(type, KnownNames.PersonalDataAttribute);
}
