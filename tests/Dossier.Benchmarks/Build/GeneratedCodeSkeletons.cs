using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// Reduced copies of the generated code, to split what compiling it costs and to find its floor:
/// <see cref="Declarations"/> keeps every member's declaration and drops what runs (bodies become <c>throw null!</c>,
/// field initializers go), so the difference to the full code is the cost of the statements that visit and erase
/// each member; <see cref="PublicMethods"/> keeps only the public methods the generated API names, with bodies that
/// throw; <see cref="ReadsAndWrites"/> keeps, per type, one method that reads every member the generated code reads
/// and assigns every member it assigns, and nothing else: the least any generator that exports and erases these
/// members by compiled code has to give the compiler; <see cref="EmptyTypes"/> keeps only an empty partial
/// declaration per type, the least a generator that adds to a type can emit; <see cref="WithoutActivityGuards"/>
/// keeps everything but the guards that let an erasure be scoped to one processing activity, to show what they cost.
/// </summary>
public static class GeneratedCodeSkeletons
{
    private const string FloorMethodName = "DossierReadsAndWrites";

    public static SyntaxTree Declarations(SyntaxTree tree) => Rewrite(tree, new BodyRemover());

    public static SyntaxTree PublicMethods(SyntaxTree tree) => Rewrite(tree, new TypeReducer(type =>
        type.Members.OfType<MethodDeclarationSyntax>()
            .Where(method => method.Modifiers.Any(SyntaxKind.PublicKeyword))
            .Select(method => (MemberDeclarationSyntax)method.WithAttributeLists(default).WithBody(null).WithExpressionBody(Throw())
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken)))));

    public static SyntaxTree ReadsAndWrites(SyntaxTree tree) => Rewrite(tree, new TypeReducer(type =>
        type.Members.All(member => member is BaseTypeDeclarationSyntax) ? Enumerable.Empty<MemberDeclarationSyntax>() : new[] { ReadsAndWritesMethod(type) }));

    public static SyntaxTree EmptyTypes(SyntaxTree tree) => Rewrite(tree, new TypeReducer(_ => Enumerable.Empty<MemberDeclarationSyntax>()));

    public static SyntaxTree WithoutActivityGuards(SyntaxTree tree) => Rewrite(tree, new ActivityGuardRemover());

    private static SyntaxTree Rewrite(SyntaxTree tree, CSharpSyntaxRewriter rewriter) => tree.WithRootAndOptions(rewriter.Visit(tree.GetRoot()), tree.Options);

    private static ArrowExpressionClauseSyntax Throw() => ArrowExpressionClause(ParseExpression("throw null!"));

    /// <summary>
    /// <c>_ = this.X;</c> for every member of the user's type that the generated code of <paramref name="type"/>
    /// reads, and <c>this.X = default!;</c> for every one it assigns, in one private method. (A type declared only
    /// to hold a nested generated type gets none, so that its own generated file is the one that declares it.)
    /// </summary>
    private static MemberDeclarationSyntax ReadsAndWritesMethod(TypeDeclarationSyntax type)
    {
        var generated = new HashSet<string>(type.Members.Select(NameOf).OfType<string>());
        var accesses = type.Members.Where(member => member is not BaseTypeDeclarationSyntax)
            .SelectMany(member => member.DescendantNodes().OfType<MemberAccessExpressionSyntax>())
            .Where(access => access.Expression is ThisExpressionSyntax && !generated.Contains(access.Name.Identifier.ValueText) &&
                             !(access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access))
            .ToList();
        var reads = accesses.Select(access => access.Name.Identifier.ValueText).Distinct().OrderBy(name => name, System.StringComparer.Ordinal);
        var writes = accesses
            .Where(access => access.Parent is AssignmentExpressionSyntax assignment && assignment.Left == access)
            .Select(access => access.Name.Identifier.ValueText).Distinct().OrderBy(name => name, System.StringComparer.Ordinal);

        var statements = reads.Select(name => ParseStatement("_ = this." + name + ";"))
            .Concat(writes.Select(name => ParseStatement("this." + name + " = default!;")));
        return MethodDeclaration(PredefinedType(Token(SyntaxKind.VoidKeyword)), FloorMethodName)
            .AddModifiers(Token(SyntaxKind.PrivateKeyword))
            .WithBody(Block(statements));
    }

    private static string? NameOf(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        FieldDeclarationSyntax field => field.Declaration.Variables.First().Identifier.ValueText,
        _ => null,
    };

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

    /// <summary>Each type keeps its nested types (declared for the types inside them) and what <c>keep</c> gives; no base list.</summary>
    private sealed class TypeReducer(System.Func<TypeDeclarationSyntax, IEnumerable<MemberDeclarationSyntax>> keep) : CSharpSyntaxRewriter
    {
        /// <summary>Members made here carry no trivia; normalized, the copy reads as code. (The doc comments are gone with the members.)</summary>
        public override SyntaxNode? VisitCompilationUnit(CompilationUnitSyntax node) => base.VisitCompilationUnit(node)!.NormalizeWhitespace();

        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) => Reduce(node, (ClassDeclarationSyntax)base.VisitClassDeclaration(node)!);

        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) => Reduce(node, (StructDeclarationSyntax)base.VisitStructDeclaration(node)!);

        public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) => Reduce(node, (RecordDeclarationSyntax)base.VisitRecordDeclaration(node)!);

        /// <summary><paramref name="original"/> decides what is kept; <paramref name="visited"/> has its nested types reduced already.</summary>
        private TypeDeclarationSyntax Reduce(TypeDeclarationSyntax original, TypeDeclarationSyntax visited) =>
            visited.WithBaseList(null).WithMembers(List(visited.Members.Where(member => member is BaseTypeDeclarationSyntax).Concat(keep(original))));
    }

    /// <summary>Puts the statements of each <c>if (eraser.IsFull)</c> and <c>if (eraser.ErasesActivity(...))</c> block in its place.</summary>
    private sealed class ActivityGuardRemover : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitBlock(BlockSyntax node)
        {
            var statements = new List<StatementSyntax>();
            foreach (var statement in node.Statements)
            {
                if (statement is IfStatementSyntax { Else: null, Statement: BlockSyntax guarded } guard && IsActivityGuard(guard.Condition))
                {
                    statements.AddRange(guarded.Statements);
                }
                else
                {
                    statements.Add((StatementSyntax)Visit(statement));
                }
            }

            return node.WithStatements(List(statements));
        }

        private static bool IsActivityGuard(ExpressionSyntax condition)
        {
            var text = condition.ToString();
            return text == "eraser.IsFull" || text.StartsWith("eraser.ErasesActivity(", System.StringComparison.Ordinal);
        }
    }
}
