using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Dossier.CodeFixes.Records;

/// <summary>
/// PII007: declares the record's <c>PrintMembers</c> by hand, printing what the compiler would print except the
/// personal members. The signature follows the record rules: <c>private</c> in sealed records and record structs,
/// <c>protected virtual</c> in a base record, <c>protected override</c> calling the base in a derived one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PrintMembersCodeFix)), Shared]
public sealed class PrintMembersCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, for Fix All.</summary>
    public const string EquivalenceKey = "Dossier.PrintMembersWithoutPersonalData";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.RecordPrintsPersonalData.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || model is null || !root.FullSpan.Contains(diagnostic.Location.SourceSpan) ||
                root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<RecordDeclarationSyntax>() is not { } declaration ||
                model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { IsRecord: true } record)
            {
                continue;
            }

            var document = context.Document;
            var method = PrintMembers(record);
            context.RegisterCodeFix(
                CodeAction.Create("Declare PrintMembers without personal data", token => AddAsync(document, declaration, method, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddAsync(Document document, RecordDeclarationSyntax declaration, MemberDeclarationSyntax method, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var updated = declaration;
        if (declaration.OpenBraceToken.IsKind(SyntaxKind.None))
        {
            // `record Customer(...);` has no body yet: the semicolon gives way to braces.
            updated = declaration
                .WithSemicolonToken(default)
                .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(declaration.SemicolonToken.TrailingTrivia));
        }

        else if (declaration.Members.Count > 0)
        {
            // A blank line between the existing members and the new method, in the file's own line ending.
            var lineEnd = declaration.OpenBraceToken.TrailingTrivia.FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            method = method.WithLeadingTrivia(lineEnd.IsKind(SyntaxKind.EndOfLineTrivia) ? lineEnd : SyntaxFactory.ElasticCarriageReturnLineFeed);
        }

        updated = updated.AddMembers(method).WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(declaration, updated));
    }

    private static MemberDeclarationSyntax PrintMembers(INamedTypeSymbol record)
    {
        // When a base record prints personal data too, the base's PrintMembers is not called: the record prints the
        // non-personal members of the whole chain itself, bases' first, as the compiler's would.
        var chain = RecordPrinting.PrintedMembers(record, out _);
        var basePrintsPersonalData = chain.Any(member => !SymbolEqualityComparer.Default.Equals(member.ContainingType, record) && AttributeReader.ReadTag(member) is not null);
        var printed = chain
            .Where(member => (basePrintsPersonalData || SymbolEqualityComparer.Default.Equals(member.ContainingType, record)) && AttributeReader.ReadTag(member) is null)
            .GroupBy(member => member.ContainingType, SymbolEqualityComparer.Default).Reverse().SelectMany(level => level)
            .Select(member => member.Name)
            .ToList();
        var derived = record.TypeKind == TypeKind.Class && record.BaseType is { IsRecord: true };
        var modifiers = derived ? "protected override" : record.IsSealed || record.TypeKind == TypeKind.Struct ? "private" : "protected virtual";
        var callsBase = derived && !basePrintsPersonalData;

        var body = new StringBuilder();
        if (callsBase)
        {
            body.Append(printed.Count == 0 ? "return base.PrintMembers(builder);" : "if (base.PrintMembers(builder)) { builder.Append(\", \"); }\n");
        }

        if (printed.Count > 0)
        {
            body.Append("builder");
            for (var i = 0; i < printed.Count; i++)
            {
                body.Append(".Append(\"").Append(i == 0 ? string.Empty : ", ").Append(printed[i]).Append(" = \").Append(").Append(printed[i]).Append(')');
            }

            body.Append(";\nreturn true;");
        }
        else if (!callsBase)
        {
            body.Append("return false;");
        }

        var text = $"{modifiers} bool PrintMembers(global::System.Text.StringBuilder builder)\n{{\n{body}\n}}\n";
        return SyntaxFactory.ParseMemberDeclaration(text)!
            .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
    }
}
