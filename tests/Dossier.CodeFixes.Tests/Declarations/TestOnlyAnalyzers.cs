using System.Collections.Immutable;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// These stand-ins exist only to produce PII005 and PII006 for the code-fix tests; they are never packed, so the
// rule that analyzer projects must opt in to the extended analyzer rules does not apply to them.
#pragma warning disable RS1036

namespace Dossier.CodeFixes.Tests.Declarations;

/// <summary>
/// Stands in for the generator's PII006 check: reports every non-partial class or record that holds a tagged
/// member, on the member, with <c>MakePartial = true</c>, as the real check does when <c>partial</c> is the fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonPartialTypeStandIn : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.Unreachable);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(symbolContext =>
        {
            var member = symbolContext.Symbol;
            if (AttributeReader.ReadTag(member) is null || member.IsImplicitlyDeclared)
            {
                return;
            }

            for (var type = member.ContainingType; type is not null; type = type.ContainingType)
            {
                if (type.DeclaringSyntaxReferences.Length == 1 &&
                    type.DeclaringSyntaxReferences[0].GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration &&
                    !declaration.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword))
                {
                    var properties = ImmutableDictionary<string, string?>.Empty.Add("MakePartial", "true");
                    symbolContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Unreachable, member.Locations[0], properties, member.Name, "its type is not partial"));
                    return;
                }
            }
        }, SymbolKind.Property, SymbolKind.Field);
    }
}

/// <summary>Stands in for the generator's PII005 check: reports every tagged get-only property that is not Retain.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GetOnlyMemberStandIn : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotErasable);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(symbolContext =>
        {
            if (symbolContext.Symbol is IPropertySymbol { SetMethod: null or { IsInitOnly: true } } property &&
                AttributeReader.ReadTag(property) is { Erasure: not PersonalDataTag.ErasureRetain })
            {
                symbolContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotErasable, property.Locations[0], property.Name, "get-only"));
            }
        }, SymbolKind.Property);
    }
}

/// <summary>Reports PII006 for a reason <c>partial</c> does not fix, so without <c>MakePartial</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedMemberStandIn : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.Unreachable);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(symbolContext =>
        {
            if (AttributeReader.ReadTag(symbolContext.Symbol) is not null)
            {
                symbolContext.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.Unreachable, symbolContext.Symbol.Locations[0], symbolContext.Symbol.Name, "its type is not supported"));
            }
        }, SymbolKind.Property);
    }
}
