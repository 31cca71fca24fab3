using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// PII008 for argument values: an undefined enum value, a blank purpose, a retention that is not an ISO 8601
/// duration, <c>Erasure.Retain</c> without a reason (or a reason without <c>Retain</c>), an undeclared, blank or
/// repeated recipient or processing activity (in a member's <c>Activities</c> or a type's <c>[ProcessingActivities]</c>),
/// and blank or repeated names in <c>[assembly: Recipient]</c>, <c>[assembly: DataController]</c> and
/// <c>[assembly: ProcessingActivity]</c>, whose own arguments are checked as a member's are.
/// Every PII008 is reported here: whether an erasure strategy suits the member's type is decided where the generator
/// reads the type (the shared parse), and reported with the rest.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidArgumentAnalyzer : DossierAnalyzer
{
    /// <summary>The <see cref="Diagnostic.Properties"/> key naming what is wrong, for the code fixes.</summary>
    public const string ProblemKey = "Problem";

    /// <summary>The <see cref="Diagnostic.Properties"/> key holding the ISO 8601 form of a retention, when one can be derived.</summary>
    public const string SuggestionKey = "Suggestion";

    /// <summary><see cref="ProblemKey"/> value: the retention is not an ISO 8601 duration.</summary>
    public const string RetentionNotIso = "RetentionNotIso";
    /// <summary><see cref="ProblemKey"/> value: <c>Erasure.Retain</c> without a stated reason.</summary>
    public const string RetainWithoutReason = "RetainWithoutReason";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidArgument);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var declarations = AssemblyDeclarations.Read(context.Compilation, context.Options, context.CancellationToken);
        context.RegisterSymbolAction(symbol => AnalyzeMember(symbol, declarations), SymbolKind.Property, SymbolKind.Field);
        context.RegisterSymbolAction(symbol => AnalyzeType(symbol, declarations), SymbolKind.NamedType);
        context.RegisterSemanticModelAction(model => declarations.Report(model));
        var parses = CompilationParses.For(context.Compilation);
        context.RegisterSymbolAction(symbol =>
        {
            if (symbol.Symbol is INamedTypeSymbol type && MayNameUnsuitedErasure(type))
            {
                parses.Report(symbol, id => id == DiagnosticDescriptors.InvalidArgument.Id);
            }
        }, SymbolKind.NamedType);
    }

    /// <summary>
    /// Whether the generator's parse of <paramref name="type"/> can report a PII008: only a tag that asks to anonymize
    /// or pseudonymize, on a member of the type or of a type it derives from, can name a strategy the member's type does
    /// not suit. Reading the tags is cheap; the parse of the other types (most of them) is left to the rules that need it.
    /// </summary>
    private static bool MayNameUnsuitedErasure(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol &&
                    AttributeReader.ReadTag(member)?.Erasure is PersonalDataTag.ErasureAnonymize or PersonalDataTag.ErasurePseudonymize)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, AssemblyDeclarations declarations)
    {
        if (TaggedMember.From(context.Symbol, context.Compilation, context.CancellationToken) is not { Tag.Source: TagSource.Dossier, IsWellFormed: true, SharesAttributeWithEarlierField: false } member)
        {
            return;
        }

        var tag = member.Tag;
        var subject = InvalidArgumentMessages.Member(member.Symbol.Name);
        void Report(Location location, string message, ImmutableDictionary<string, string?>? properties = null) =>
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidArgument, location, properties, message));

        if (tag.Category < 0 || tag.Category > PersonalDataTag.MaxCategory)
        {
            Report(member.CategoryLocation(), InvalidArgumentMessages.UndefinedEnum("DataCategory", tag.Category, InvalidArgumentMessages.CategoryInstead));
        }

        if (tag.LegalBasis < 0 || tag.LegalBasis > PersonalDataTag.MaxLegalBasis)
        {
            Report(member.ArgumentLocation("LegalBasis"), InvalidArgumentMessages.UndefinedEnum("LegalBasis", tag.LegalBasis, InvalidArgumentMessages.LegalBasisInstead));
        }

        if (member.HasNamedArgument("Purpose") && string.IsNullOrWhiteSpace(tag.Purpose))
        {
            Report(member.ArgumentLocation("Purpose"), InvalidArgumentMessages.BlankPurpose(subject, tag.Purpose));
        }

        if (member.HasNamedArgument("Retention"))
        {
            ArgumentChecks.Retention(tag.Retention, subject, member.ArgumentLocation("Retention"), context.Options, member.Location.SourceTree, Report);
        }

        CheckErasure(member, Report);
        if (tag.HasRecipientsArgument && declarations.RecipientNames is { } recipients)
        {
            ArgumentChecks.Recipients(tag.Recipients, recipients, subject, ElementLocations(member, "Recipients", tag.Recipients.Count), Report);
        }

        if (tag.HasActivitiesArgument && declarations.ActivityNames is { } activities)
        {
            ArgumentChecks.Activities(tag.Activities, activities, subject, ElementLocations(member, "Activities", tag.Activities.Count), Report);
        }
    }

    /// <summary>The names a type's <c>[ProcessingActivities(...)]</c> gives its members: each declared, once, and not blank.</summary>
    private static void AnalyzeType(SymbolAnalysisContext context, AssemblyDeclarations declarations)
    {
        if (context.Symbol is not INamedTypeSymbol type || declarations.ActivityNames is not { } declared ||
            AttributeReader.TypeActivities(type) is not { } names)
        {
            return;
        }

        var attribute = type.GetAttributes().First(candidate => candidate.AttributeClass is { } attributeType && AttributeReader.Is(attributeType, KnownNames.ProcessingActivitiesAttribute));
        if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax { ContainsDiagnostics: false } syntax ||
            attribute.AttributeConstructor is null || attribute.ConstructorArguments.Any(argument => argument.Kind == TypedConstantKind.Error))
        {
            return;
        }

        ArgumentChecks.Activities(names, declared, "type " + InvalidArgumentMessages.Member(type.Name), ActivitiesArgumentLocations(syntax, names.Count),
            (location, message, properties) => context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidArgument, location, properties, message)));
    }

    /// <summary>
    /// Where each name of <c>[ProcessingActivities("a", "b")]</c> is written: one argument per name, or the elements of
    /// an array passed whole.
    /// </summary>
    private static Func<int, Location> ActivitiesArgumentLocations(AttributeSyntax syntax, int count)
    {
        var arguments = syntax.ArgumentList?.Arguments ?? default;
        var elements = arguments.Count == 1 ? ArgumentChecks.Elements(arguments[0].Expression) : Array.Empty<SyntaxNode>();
        if (elements.Count == 0 && arguments.Count == count)
        {
            elements = arguments.Select(argument => (SyntaxNode)argument).ToList();
        }

        return ArgumentChecks.ElementLocations(elements, count, syntax.GetLocation());
    }

    private static Func<int, Location> ElementLocations(TaggedMember member, string argument, int count) =>
        ArgumentChecks.ElementLocations(ArgumentChecks.Elements(member.NamedArgumentSyntax(argument)?.Expression), count, member.ArgumentLocation(argument));

    private static void CheckErasure(TaggedMember member, Action<Location, string, ImmutableDictionary<string, string?>?> report)
    {
        var tag = member.Tag;
        if (tag.Erasure < 0 || tag.Erasure > PersonalDataTag.MaxErasure)
        {
            report(member.ArgumentLocation("Erasure"), InvalidArgumentMessages.UndefinedEnum("Erasure", tag.Erasure, InvalidArgumentMessages.ErasureInstead), null);
        }
        else if (tag.Erasure == PersonalDataTag.ErasureRetain && Placeholders.IsUnstated(tag.RetentionReason))
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(ProblemKey, RetainWithoutReason);
            report(member.ArgumentLocation("Erasure"), InvalidArgumentMessages.RetainWithoutReason(member.Symbol.Name), properties);
        }
        else if (tag.Erasure != PersonalDataTag.ErasureRetain && !string.IsNullOrWhiteSpace(tag.RetentionReason))
        {
            report(member.ArgumentLocation("RetentionReason"), InvalidArgumentMessages.ReasonWithoutRetain(member.Symbol.Name, "Erasure." + EnumNames.Erasure(tag.Erasure)), null);
        }
    }
}
