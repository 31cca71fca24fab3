using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Dossier.CodeFixes.Activities;

/// <summary>
/// PII013: declares the repeated purpose and legal basis once, as <c>[assembly: ProcessingActivity]</c>, and has every
/// member of the group name it in <c>Activities</c> instead (<see cref="ActivityDeclarer"/>). One diagnostic fixes its
/// whole group, in every file; Fix All declares every group of its scope.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareActivityCodeFix)), Shared]
public sealed class DeclareActivityCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "Dossier.DeclareActivity";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.RepeatedInlineDeclaration.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => new DeclareAllProvider();

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var project = context.Document.Project;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await ActivityGroup.FindAsync(project, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } group)
            {
                continue;
            }

            context.RegisterCodeFix(CodeAction.Create(
                $"Declare processing activity '{group.Name}' once for these {group.Members.Count} members",
                token => ActivityDeclarer.DeclareAsync(project, new[] { group }, token),
                EquivalenceKey), diagnostic);
        }
    }

    /// <summary>Declares every group whose diagnostics are in scope, all of a project's at once so no edit moves another's place.</summary>
    private sealed class DeclareAllProvider : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext context) =>
            Task.FromResult<CodeAction?>(CodeAction.Create("Declare processing activities for repeated purposes",
                token => FixAsync(context, token), EquivalenceKey));

        private static async Task<Solution> FixAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects.ToList() : new List<Project> { context.Project };
            var solution = context.Solution;
            foreach (var project in projects)
            {
                var diagnostics = context.Scope == FixAllScope.Document && context.Document is { } document
                    ? await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                    : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                var groups = await ActivityGroup.FindAllAsync(project,
                    diagnostics.Where(diagnostic => diagnostic.Id == DiagnosticDescriptors.RepeatedInlineDeclaration.Id), cancellationToken).ConfigureAwait(false);
                if (groups.Count > 0 && solution.GetProject(project.Id) is { } current)
                {
                    solution = await ActivityDeclarer.DeclareAsync(current, groups, cancellationToken).ConfigureAwait(false);
                }
            }

            return solution;
        }
    }
}
