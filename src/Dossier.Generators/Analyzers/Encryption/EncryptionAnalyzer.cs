using System.Collections.Immutable;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Encryption;

/// <summary>
/// PII001: a tagged member whose category must be encrypted at rest (GDPR Art. 32(1)(a)) is neither marked
/// <c>[Encrypted]</c> / <c>[ProtectedPersonalData]</c> nor of a wrapper type the project declares as encrypting
/// (<c>dossier.encrypted_types</c>). Which categories need it is set by <c>dossier.encryption_required</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EncryptionAnalyzer : DossierAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotEncrypted);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context) =>
        context.RegisterSymbolAction(Analyze, SymbolKind.Property, SymbolKind.Field);

    private static void Analyze(SymbolAnalysisContext context)
    {
        if (TaggedMember.From(context.Symbol, context.Compilation, context.CancellationToken) is not { } member)
        {
            return;
        }

        var tree = member.Location.SourceTree;
        var options = context.Options.AnalyzerConfigOptionsProvider;
        if (!EncryptionPolicy.IsUnencrypted(
                EncryptionOptions.EncryptionRequired(options, tree), member.Tag.Category, AttributeReader.IsEncrypted(member.Symbol),
                EncryptionPolicy.StoredTypeOf(member.Symbol), EncryptionOptions.EncryptedTypes(options, tree)))
        {
            return;
        }

        // The fix adds [Encrypted] beside the tagging attribute, so it travels as an additional location.
        var additional = member.Syntax is { } syntax ? new[] { syntax.GetLocation() } : null;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.NotEncrypted, member.Location, additional, member.Symbol.Name, EnumNames.Category(member.Tag.Category)));
    }
}
