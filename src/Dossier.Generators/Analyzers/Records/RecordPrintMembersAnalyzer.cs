using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Records;

/// <summary>
/// PII007: a record whose compiler-generated <c>PrintMembers</c> (and so <c>ToString</c>) prints tagged members, its
/// own or its base records' (<see cref="RecordPrinting"/>, which PII002 reads too). A record that declares
/// <c>PrintMembers</c> or <c>ToString</c> itself is trusted to leave them out, and so is a base record that does.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RecordPrintMembersAnalyzer : DossierAnalyzer
{
    /// <summary>The <see cref="Diagnostic.Properties"/> key listing the personal members, comma-separated.</summary>
    public const string PersonalMembersKey = "PersonalMembers";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RecordPrintsPersonalData);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context) =>
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (context.Symbol is not INamedTypeSymbol { IsRecord: true } record ||
            record.Locations.FirstOrDefault(location => location.IsInSource) is not { } location ||
            RecordPrinting.HasOwnToString(record))
        {
            return;
        }

        var personal = new List<string>();
        foreach (var member in RecordPrinting.PrintedMembers(record, out _))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (AttributeReader.ReadTag(member) is not null)
            {
                personal.Add(member.Name);
            }
        }

        if (personal.Count == 0)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(PersonalMembersKey, string.Join(",", personal));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.RecordPrintsPersonalData, location, properties, record.Name, string.Join(", ", personal)));
    }
}
