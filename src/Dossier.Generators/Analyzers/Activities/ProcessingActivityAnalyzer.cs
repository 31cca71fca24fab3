using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Activities;

/// <summary>
/// How the members use the declared processing activities: PII011, an activity no member or type names; PII012, consent
/// that is not explicit over special categories (a member's inline <c>LegalBasis</c>, or a declared activity that
/// special-category members serve); PII014, a member whose own <c>Activities</c> leave out some its type names.
/// </summary>
/// <remarks>
/// Names that no declaration has, and blank or repeated ones, are PII008's (<see cref="InvalidArgumentAnalyzer"/>).
/// Only this assembly's declarations count, as for the generator (<see cref="ActivityDeclarations"/>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProcessingActivityAnalyzer : DossierAnalyzer
{
    /// <summary>The PII014 <see cref="Diagnostic.Properties"/> key of the type's activities the member leaves out, separated by <see cref="Separator"/>.</summary>
    public const string DroppedKey = "Dropped";

    /// <summary>Separates the names in <see cref="DroppedKey"/>.</summary>
    public const char Separator = RepeatedDeclarationAnalyzer.Separator;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnusedActivity, DiagnosticDescriptors.ConsentOverSpecialCategory, DiagnosticDescriptors.ActivitiesReplaced);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (context.Compilation.GetTypeByMetadataName(KnownNames.ProcessingActivityAttribute) is null)
        {
            return;
        }

        context.RegisterSymbolAction(AnalyzeMember, SymbolKind.Property, SymbolKind.Field);
        context.RegisterSemanticModelAction(AnalyzeDeclarations);
    }

    private static void AnalyzeMember(SymbolAnalysisContext context)
    {
        if (TaggedMember.From(context.Symbol, context.Compilation, context.CancellationToken) is not { Tag.Source: TagSource.Dossier, IsWellFormed: true, SharesAttributeWithEarlierField: false } member)
        {
            return;
        }

        if (DeclarationPolicy.NeedsExplicitConsent(member.Tag.LegalBasis, member.Tag.Category))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ConsentOverSpecialCategory, member.ArgumentLocation("LegalBasis"),
                ActivityMessages.InlineConsent(member.Symbol.Name, member.Tag.Category)));
        }

        ReportReplacedActivities(context, member);
    }

    /// <summary>PII014: the member's own list leaves out names its type's <c>[ProcessingActivities]</c> gives.</summary>
    private static void ReportReplacedActivities(SymbolAnalysisContext context, TaggedMember member)
    {
        if (!member.Tag.HasActivitiesArgument || member.Symbol.ContainingType is not { } type || AttributeReader.TypeActivities(type) is not { } typeNames)
        {
            return;
        }

        var dropped = typeNames.Where(name => ActivityDeclarations.IsName(name) && !member.Tag.Activities.Contains(name, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        if (dropped.Count > 0)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DroppedKey, string.Join(Separator.ToString(), dropped));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ActivitiesReplaced, member.ArgumentLocation("Activities"), properties,
                member.Symbol.Name, ActivityMessages.List(dropped)));
        }
    }

    /// <summary>PII011 and PII012 on the declarations written in the model's file, from what the whole compilation uses.</summary>
    private static void AnalyzeDeclarations(SemanticModelAnalysisContext context)
    {
        var tree = context.SemanticModel.SyntaxTree;
        var compilation = context.SemanticModel.Compilation;
        ActivityUses? uses = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (ActivityDeclarations.Read(attribute) is not { } activity || !ActivityDeclarations.IsName(activity.Name) || !seen.Add(activity.Name) ||
                attribute.ApplicationSyntaxReference is not { } reference || reference.SyntaxTree != tree ||
                attribute.AttributeConstructor is null || attribute.NamedArguments.Any(argument => argument.Value.Kind == TypedConstantKind.Error) ||
                reference.GetSyntax(context.CancellationToken) is not AttributeSyntax { ContainsDiagnostics: false } syntax)
            {
                continue;
            }

            uses ??= ActivityUses.For(compilation, context.CancellationToken);
            if (!uses.IsUsed(activity.Name))
            {
                var nameLocation = syntax.ArgumentList?.Arguments.FirstOrDefault(argument => argument.NameEquals is null)?.GetLocation() ?? syntax.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnusedActivity, nameLocation, activity.Name));
            }
            else if (activity.LegalBasis == PersonalDataTag.LegalBasisConsent && uses.SpecialMembersOf(activity.Name) is { Count: > 0 } members)
            {
                var location = syntax.ArgumentList?.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == "LegalBasis")?.GetLocation() ?? syntax.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ConsentOverSpecialCategory, location,
                    ActivityMessages.ActivityConsent(activity.Name, members)));
            }
        }
    }
}
