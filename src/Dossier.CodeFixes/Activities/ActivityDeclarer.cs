using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dossier.CodeFixes.Declarations;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.CodeFixes.Activities;

/// <summary>
/// Turns repeated inline declarations into processing activities: adds one <c>[assembly: ProcessingActivity]</c> per
/// group and, on each member of the group, replaces <c>Purpose</c> and <c>LegalBasis</c> (and the <c>Retention</c> and
/// <c>Recipients</c> the activity took over) with <c>Activities = new[] { "Name" }</c>.
/// </summary>
/// <remarks>
/// The declarations go beside the project's existing <c>[assembly: ProcessingActivity]</c> attributes, else beside its
/// other Dossier assembly attributes (<c>Recipient</c>, <c>DataController</c>), else into the file of the group's first
/// member. A member that serves its type's <c>[ProcessingActivities]</c> keeps serving them: its new list names them
/// first, since a member's own list replaces its type's.
/// </remarks>
internal static class ActivityDeclarer
{
    private static readonly string[] ActivityAttributeNames = { "ProcessingActivity", "ProcessingActivityAttribute" };
    private static readonly string[] DossierAssemblyAttributeNames = { "Recipient", "RecipientAttribute", "DataController", "DataControllerAttribute" };

    public static async Task<Solution> DeclareAsync(Project project, IReadOnlyList<ActivityGroup> groups, CancellationToken cancellationToken)
    {
        var solution = project.Solution;
        var members = new Dictionary<DocumentId, List<(TextSpan Span, ActivityGroup Group)>>();
        foreach (var group in groups)
        {
            foreach (var location in group.Members)
            {
                if (solution.GetDocument(location.SourceTree) is { } document && document.Project.Id == project.Id)
                {
                    if (!members.TryGetValue(document.Id, out var spans))
                    {
                        members[document.Id] = spans = new List<(TextSpan, ActivityGroup)>();
                    }

                    spans.Add((location.SourceSpan, group));
                }
            }
        }

        if (members.Count == 0)
        {
            return solution;
        }

        var target = await TargetAsync(project, groups, members.Keys, cancellationToken).ConfigureAwait(false);
        foreach (var pair in members)
        {
            var document = solution.GetDocument(pair.Key)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                continue;
            }

            var attributes = new Dictionary<AttributeSyntax, ActivityGroup>();
            foreach (var (span, group) in pair.Value)
            {
                if (root.FullSpan.Contains(span) && root.FindNode(span).FirstAncestorOrSelf<AttributeSyntax>() is { } attribute)
                {
                    attributes[attribute] = group;
                }
            }

            var edited = root.ReplaceNodes(attributes.Keys, (original, _) => NameActivity(original, attributes[original], model, cancellationToken));
            solution = solution.WithDocumentSyntaxRoot(pair.Key, edited);
        }

        if (solution.GetDocument(target) is { } targetDocument &&
            await targetDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax unit)
        {
            solution = solution.WithDocumentSyntaxRoot(target, AddDeclarations(unit, groups));
        }

        return solution;
    }

    /// <summary>The file that receives the declarations.</summary>
    private static async Task<DocumentId> TargetAsync(Project project, IReadOnlyList<ActivityGroup> groups, IEnumerable<DocumentId> edited, CancellationToken cancellationToken)
    {
        DocumentId? besideOthers = null;
        foreach (var document in project.Documents.OrderBy(document => document.FilePath ?? document.Name, System.StringComparer.Ordinal))
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax unit)
            {
                continue;
            }

            if (unit.AttributeLists.Any(list => Declares(list, ActivityAttributeNames)))
            {
                return document.Id;
            }

            if (besideOthers is null && unit.AttributeLists.Any(list => Declares(list, DossierAssemblyAttributeNames)))
            {
                besideOthers = document.Id;
            }
        }

        return besideOthers
            ?? (project.Solution.GetDocument(groups[0].Members[0].SourceTree) is { } first && first.Project.Id == project.Id ? first.Id : edited.First());
    }

    private static bool Declares(AttributeListSyntax list, string[] names) =>
        list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true &&
        list.Attributes.Any(attribute => names.Contains(RightmostName(attribute.Name)));

    private static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>The member's attribute naming the activity instead of stating what it now states.</summary>
    private static AttributeSyntax NameActivity(AttributeSyntax attribute, ActivityGroup group, SemanticModel model, CancellationToken cancellationToken)
    {
        var updated = attribute;
        if (AttributeEditing.NamedArgument(attribute, "Activities") is { } existing)
        {
            updated = updated.ReplaceNode(existing.Expression, Append(existing.Expression, group.Name).WithTriviaFrom(existing.Expression));
        }
        else
        {
            var names = TypeActivities(attribute, model, cancellationToken).Append(group.Name).ToList();
            var activities = SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Activities")), nameColon: null, ArrayOf(names));
            updated = AttributeEditing.NamedArgument(updated, "Purpose") is { } purpose
                ? updated.ReplaceNode(purpose, activities.WithTriviaFrom(purpose))
                : AttributeEditing.SetNamedArgument(updated, "Activities", ArrayOf(names));
        }

        updated = AttributeEditing.RemoveNamedArgument(updated, "Purpose");
        updated = AttributeEditing.RemoveNamedArgument(updated, "LegalBasis");
        if (group.Retention is not null)
        {
            updated = AttributeEditing.RemoveNamedArgument(updated, "Retention");
        }

        if (group.Recipients is not null)
        {
            updated = AttributeEditing.RemoveNamedArgument(updated, "Recipients");
        }

        return updated;
    }

    /// <summary>The names the member's type gives its members with <c>[ProcessingActivities]</c>; none when it has none.</summary>
    private static IEnumerable<string> TypeActivities(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken) =>
        attribute.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration &&
        model.GetDeclaredSymbol(declaration, cancellationToken) is { } type &&
        AttributeReader.TypeActivities(type) is { } names
            ? names.Where(ActivityDeclarations.IsName)
            : Enumerable.Empty<string>();

    /// <summary>The array with <paramref name="name"/> added after its elements, written in the same form.</summary>
    internal static ExpressionSyntax Append(ExpressionSyntax array, string name)
    {
        var literal = Literal(name);
        return array switch
        {
            ImplicitArrayCreationExpressionSyntax implicitArray =>
                SyntaxFactory.ParseExpression("new[] { " + Join(implicitArray.Initializer.Expressions, literal) + " }"),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } explicitArray =>
                SyntaxFactory.ParseExpression("new " + explicitArray.Type.WithoutTrivia() + " { " + Join(initializer.Expressions, literal) + " }"),
            CollectionExpressionSyntax collection =>
                SyntaxFactory.ParseExpression("[" + string.Join(", ", collection.Elements.Select(element => element.WithoutTrivia().ToString()).Append(literal)) + "]"),
            _ => ArrayOf(new[] { name }),
        };
    }

    private static string Join(SeparatedSyntaxList<ExpressionSyntax> elements, string literal) =>
        string.Join(", ", elements.Select(element => element.WithoutTrivia().ToString()).Append(literal));

    private static ExpressionSyntax ArrayOf(IEnumerable<string> names) =>
        SyntaxFactory.ParseExpression("new[] { " + string.Join(", ", names.Select(Literal)) + " }");

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Adds one declaration per group after the file's last activity declaration, else after its last assembly attribute.</summary>
    private static CompilationUnitSyntax AddDeclarations(CompilationUnitSyntax unit, IReadOnlyList<ActivityGroup> groups)
    {
        var newLine = SyntaxFactory.EndOfLine(unit.ToFullString().Contains("\r\n") ? "\r\n" : "\n");
        var lists = unit.AttributeLists;
        var lastActivity = -1;
        for (var i = 0; i < lists.Count; i++)
        {
            if (Declares(lists[i], ActivityAttributeNames))
            {
                lastActivity = i;
            }
        }

        var index = lastActivity >= 0 ? lastActivity + 1 : lists.Count;
        var declarations = groups.Select(group => Declaration(group).WithTrailingTrivia(newLine)).ToList();
        if (index > 0 && !EndsWithNewLine(lists[index - 1]))
        {
            // Inserted after a line that does not end (the end of the file): the new lines start one and end as it did.
            declarations[0] = declarations[0].WithLeadingTrivia(newLine);
            declarations[declarations.Count - 1] = declarations[declarations.Count - 1].WithTrailingTrivia();
        }

        if (lists.Count == 0)
        {
            // The first assembly attributes of the file: a blank line sets them apart from the usings and from the code.
            if (unit.Usings.Count > 0 || unit.Externs.Count > 0)
            {
                declarations[0] = declarations[0].WithLeadingTrivia(newLine);
            }

            var next = unit.Members.FirstOrDefault()?.GetLeadingTrivia() ?? unit.EndOfFileToken.LeadingTrivia;
            if (next.Count == 0 || !next[0].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                declarations[declarations.Count - 1] = declarations[declarations.Count - 1].WithTrailingTrivia(newLine, newLine);
            }
        }

        return unit.WithAttributeLists(lists.InsertRange(index, declarations));
    }

    private static bool EndsWithNewLine(AttributeListSyntax list)
    {
        var trailing = list.GetTrailingTrivia();
        return trailing.Count > 0 && trailing[trailing.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia);
    }

    private static AttributeListSyntax Declaration(ActivityGroup group)
    {
        var arguments = new List<string>
        {
            Literal(group.Name),
            "Purpose = " + Literal(group.Purpose),
            "LegalBasis = global::Dossier.LegalBasis." + group.LegalBasis,
        };
        if (group.Retention is not null)
        {
            arguments.Add("Retention = " + Literal(group.Retention));
        }

        if (group.Recipients is not null)
        {
            arguments.Add("Recipients = new[] { " + string.Join(", ", group.Recipients.Select(Literal)) + " }");
        }

        var text = "[assembly: global::Dossier.ProcessingActivity(" + string.Join(", ", arguments) + ")]";
        return SyntaxFactory.ParseCompilationUnit(text).AttributeLists[0].WithoutTrivia().WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
