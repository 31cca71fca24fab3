using System.Collections.Generic;
using System.Collections.Immutable;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// PII004: a <c>[PersonalData]</c> member that does not state what the Art. 30 record of processing needs:
/// its purpose and legal basis, and its retention when <c>dossier.required_fields</c> asks for it.
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
    protected override void OnCompilationStart(CompilationStartAnalysisContext context) =>
        context.RegisterSymbolAction(Analyze, SymbolKind.Property, SymbolKind.Field);

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (TaggedMember.From(context.Symbol, context.CancellationToken) is not { Tag.Source: TagSource.Dossier, IsWellFormed: true, SharesAttributeWithEarlierField: false, Syntax: { } syntax } member)
        {
            return;
        }

        var required = DeclarationOptions.RequiredFields(context.Options.AnalyzerConfigOptionsProvider, member.Location.SourceTree);
        var lacking = DeclarationPolicy.Missing(required, DeclarationPolicy.Stated(member.Tag, AttributeReader.ActivitiesOf(member.Tag, member.Symbol)));
        var missing = new List<string>();
        var words = new List<string>();
        if ((lacking & RequiredFields.Purpose) != 0 && !IsWrittenBlank(member, "Purpose", member.Tag.Purpose))
        {
            missing.Add("Purpose");
            words.Add("purpose");
        }

        if ((lacking & RequiredFields.LegalBasis) != 0)
        {
            missing.Add("LegalBasis");
            words.Add("legal basis");
        }

        if ((lacking & RequiredFields.Retention) != 0 && !IsWrittenBlank(member, "Retention", member.Tag.Retention))
        {
            missing.Add("Retention");
            words.Add("retention");
        }

        if (missing.Count == 0)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(MissingKey, string.Join(",", missing));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.Incomplete, syntax.GetLocation(), properties, member.Symbol.Name, Join(words)));
    }

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
