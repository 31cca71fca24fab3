using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Parsing;

/// <summary>
/// The generator's parse of each type, and the settled "does this type hold personal data?" answers, for one
/// compilation, shared by the analyzers that need them (PII005/PII006/PII008, the review gate, PII003), so a type is
/// parsed once per compilation rather than once per analyzer. The generator's own parses share the settled answers
/// too. Held weakly: it goes with the compilation.
/// </summary>
internal sealed class CompilationParses
{
    private static readonly ConditionalWeakTable<Compilation, CompilationParses> s_byCompilation = new();

    private readonly ConcurrentDictionary<INamedTypeSymbol, ParseResult> _parses = new(SymbolEqualityComparer.Default);

    private CompilationParses()
    {
    }

    /// <summary>Answers to "does this type hold personal data?" settled so far in this compilation.</summary>
    public ConcurrentDictionary<ITypeSymbol, bool> SettledAnswers { get; } = PersonalDataReach.CreateSettledAnswers();

    public static CompilationParses For(Compilation compilation) => s_byCompilation.GetValue(compilation, _ => new CompilationParses());

    /// <summary>
    /// <see cref="TypeParser.Parse"/> of <paramref name="type"/>, computed once. A parse that is cancelled throws
    /// before anything is stored, so a later caller parses again.
    /// </summary>
    public ParseResult Parse(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        _parses.GetOrAdd(type, key => TypeParser.Parse(key, cancellationToken, SettledAnswers));

    /// <summary>Reports the diagnostics of the parse of the type being analyzed whose rule <paramref name="reports"/> names.</summary>
    public void Report(SymbolAnalysisContext context, Func<string, bool> reports)
    {
        if (context.Symbol is not INamedTypeSymbol type)
        {
            return;
        }

        foreach (var diagnostic in Parse(type, context.CancellationToken).Diagnostics)
        {
            if (reports(diagnostic.Descriptor.Id))
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic(context.Compilation));
            }
        }
    }
}
