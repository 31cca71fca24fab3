using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// Reduced copies of the generated code, to split what compiling it costs: <see cref="Declarations"/> keeps every
/// member's declaration and drops what runs (bodies become <c>throw null!</c>, field initializers go), so the
/// difference to the full code is the cost of the statements that visit and erase each member;
/// <see cref="EmptyTypes"/> keeps only an empty partial declaration per type, the least a generator that adds to
/// a type can emit.
/// </summary>
public static class GeneratedCodeSkeletons
{
    public static SyntaxTree Declarations(SyntaxTree tree) => tree.WithRootAndOptions(new BodyRemover().Visit(tree.GetRoot()), tree.Options);

    public static SyntaxTree EmptyTypes(SyntaxTree tree) => tree.WithRootAndOptions(new MemberRemover().Visit(tree.GetRoot()), tree.Options);

    private static ArrowExpressionClauseSyntax Throw() =>
        ArrowExpressionClause(ThrowExpression(PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, LiteralExpression(SyntaxKind.NullLiteralExpression))));

    private sealed class BodyRemover : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
            node.WithBody(null).WithExpressionBody(Throw()).WithSemicolonToken(Token(SyntaxKind.SemicolonToken));

        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node) => node.ExpressionBody is null
            ? base.VisitPropertyDeclaration(node)
            : node.WithExpressionBody(Throw());

        public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node) =>
            node.WithBody(null).WithExpressionBody(Throw()).WithSemicolonToken(Token(SyntaxKind.SemicolonToken));

        public override SyntaxNode? VisitVariableDeclarator(VariableDeclaratorSyntax node) => node.WithInitializer(null);
    }

    private sealed class MemberRemover : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) => Empty((ClassDeclarationSyntax)base.VisitClassDeclaration(node)!);

        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) => Empty((StructDeclarationSyntax)base.VisitStructDeclaration(node)!);

        public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) => Empty((RecordDeclarationSyntax)base.VisitRecordDeclaration(node)!);

        /// <summary>Nested types stay (they are declared for the types inside them); everything else goes.</summary>
        private static TypeDeclarationSyntax Empty(TypeDeclarationSyntax node) =>
            node.WithBaseList(null).WithMembers(List(node.Members.Where(member => member is BaseTypeDeclarationSyntax)));
    }
}
