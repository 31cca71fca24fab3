using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// PII004: a <c>[PersonalData]</c> member, or an <c>[assembly: ProcessingActivity]</c>, that does not state what the
/// Art. 30 record of processing needs: its purpose and legal basis, and its retention when <c>dossier.required_fields</c>
/// asks for it. A member that names activities states them through those activities, which are reported where they
/// are declared.
/// </summary>
/// <remarks>
/// Members tagged only by ASP.NET Core Identity or Microsoft.Extensions.Compliance attributes are not reported:
/// those attributes have no place for a purpose or legal basis, so the inventory lists them among its gaps
/// instead. A value that is present but unusable (an empty purpose) is PII008's to report, not this rule's.
/// A placeholder inserted by the code fix counts as not stated, so the warning stays until a person writes the
/// real answer.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IncompleteDeclarationAnalyzer : DossierAnalyzer
{
    /// <summary>The <see cref="Diagnostic.Properties"/> key listing the missing argument names, comma-separated.</summary>
    public const string MissingKey = "Missing";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.Incomplete);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        context.RegisterSymbolAction(Analyze, SymbolKind.Property, SymbolKind.Field);
        if (context.Compilation.GetTypeByMetadataName(KnownNames.ProcessingActivityAttribute) is not null)
        {
            context.RegisterSemanticModelAction(AnalyzeActivities);
        }
    }

    /// <summary>
    /// The <c>[assembly: ProcessingActivity]</c> declarations written in the model's file: each must state what the
    /// record needs, as a member stating it inline must, because the members naming it state it through it.
    /// </summary>
    private static void AnalyzeActivities(SemanticModelAnalysisContext context)
    {
        var tree = context.SemanticModel.SyntaxTree;
        foreach (var attribute in context.SemanticModel.Compilation.Assembly.GetAttributes())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (attribute.ApplicationSyntaxReference is not { } reference || reference.SyntaxTree != tree ||
                ActivityDeclarations.Read(attribute) is not { } activity || !DeclarationPolicy.IsActivityName(activity.Name) ||
                attribute.AttributeConstructor is null || attribute.NamedArguments.Any(argument => argument.Value.Kind == TypedConstantKind.Error) ||
                reference.GetSyntax(context.CancellationToken) is not AttributeSyntax { ContainsDiagnostics: false } syntax)
            {
                continue;
            }

            bool WrittenBlank(string name, string? value) =>
                attribute.NamedArguments.Any(argument => argument.Key == name) && string.IsNullOrWhiteSpace(value);
            var required = DeclarationOptions.RequiredFields(context.Options.AnalyzerConfigOptionsProvider, tree);
            var lacking = DeclarationPolicy.Missing(required, DeclarationPolicy.Stated(activity));
            if (Describe(lacking, WrittenBlank("Purpose", activity.Purpose), WrittenBlank("Retention", activity.Retention)) is { } missing)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Incomplete, syntax.GetLocation(), missing.Properties,
                    InvalidArgumentMessages.Activity(activity.Name), missing.Words));
            }
        }
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (TaggedMember.From(context.Symbol, context.Compilation, context.CancellationToken) is not { Tag.Source: TagSource.Dossier, IsWellFormed: true, SharesAttributeWithEarlierField: false, Syntax: { } syntax } member)
        {
            return;
        }

        if (!member.Tag.HasActivitiesArgument && TypeActivitiesBeingTyped(member.Symbol, context.CancellationToken))
        {
            return;
        }

        var required = DeclarationOptions.RequiredFields(context.Options.AnalyzerConfigOptionsProvider, member.Location.SourceTree);
        var lacking = DeclarationPolicy.Missing(required, DeclarationPolicy.Stated(member.Tag, AttributeReader.ActivitiesOf(member.Tag, member.Symbol)));
        if (Describe(lacking, IsWrittenBlank(member, "Purpose", member.Tag.Purpose), IsWrittenBlank(member, "Retention", member.Tag.Retention)) is { } missing)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.Incomplete, syntax.GetLocation(), missing.Properties, InvalidArgumentMessages.Member(member.Symbol.Name), missing.Words));
        }
    }

    /// <summary>
    /// The fields to report of those <paramref name="lacking"/>, as the fix's argument names and the message's words;
    /// <c>null</c> when none is left. A purpose or retention written blank is left to PII008.
    /// </summary>
    private static (ImmutableDictionary<string, string?> Properties, string Words)? Describe(RequiredFields lacking, bool purposeWrittenBlank, bool retentionWrittenBlank)
    {
        var missing = new List<string>();
        var words = new List<string>();
        if ((lacking & RequiredFields.Purpose) != 0 && !purposeWrittenBlank)
        {
            missing.Add("Purpose");
            words.Add("purpose");
        }

        if ((lacking & RequiredFields.LegalBasis) != 0)
        {
            missing.Add("LegalBasis");
            words.Add("legal basis");
        }

        if ((lacking & RequiredFields.Retention) != 0 && !retentionWrittenBlank)
        {
            missing.Add("Retention");
            words.Add("retention");
        }

        return missing.Count == 0
            ? null
            : (ImmutableDictionary<string, string?>.Empty.Add(MissingKey, string.Join(",", missing)), Join(words));
    }

    /// <summary>
    /// Whether the member's type has a <c>[ProcessingActivities]</c> still being typed: the activities it will give its
    /// members cannot be read yet, so whether they state their purpose is not known either.
    /// </summary>
    private static bool TypeActivitiesBeingTyped(ISymbol member, System.Threading.CancellationToken cancellationToken) =>
        member.ContainingType is { } type && type.GetAttributes().Any(attribute =>
            attribute.AttributeClass is { } attributeType && AttributeReader.Is(attributeType, KnownNames.ProcessingActivitiesAttribute) &&
            (attribute.AttributeConstructor is null || attribute.ConstructorArguments.Any(argument => argument.Kind == TypedConstantKind.Error) ||
             attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not { ContainsDiagnostics: false }));

    /// <summary>
    /// Written but blank or null: not stated (the inventory lists it among its gaps), but PII008 reports it, as an error
    /// that says what to write instead; reporting it here as well would say the same thing twice.
    /// </summary>
    private static bool IsWrittenBlank(TaggedMember member, string name, string? value) =>
        member.HasNamedArgument(name) && string.IsNullOrWhiteSpace(value);

    /// <summary>"purpose", "purpose and legal basis", "purpose, legal basis and retention".</summary>
    private static string Join(List<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.GetRange(0, words.Count - 1)) + " and " + words[words.Count - 1];
}
