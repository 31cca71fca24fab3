using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        if (TaggedMember.From(context.Symbol, context.CancellationToken) is not { } member)
        {
            return;
        }

        var tree = member.Location.SourceTree;
        if (!CategoryPolicy.Covers(EncryptionOptions.EncryptionRequired(context.Options, tree), member.Tag.Category) ||
            AttributeReader.IsEncrypted(member.Symbol) ||
            IsEncryptingWrapper(MemberType(member.Symbol), EncryptionOptions.EncryptedTypes(context.Options, tree)))
        {
            return;
        }

        // The fix adds [Encrypted] beside the tagging attribute, so it travels as an additional location.
        var additional = member.Syntax is { } syntax ? new[] { syntax.GetLocation() } : null;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.NotEncrypted, member.Location, additional, member.Symbol.Name, EnumNames.Category(member.Tag.Category)));
    }

    private static ITypeSymbol? MemberType(ISymbol member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    private static bool IsEncryptingWrapper(ITypeSymbol? type, IReadOnlyCollection<string> encryptedTypes)
    {
        if (type is null || encryptedTypes.Count == 0)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments.Length == 1)
        {
            type = nullable.TypeArguments[0];
        }

        var name = FullName(type);
        var metadataName = type is INamedTypeSymbol { IsGenericType: true } ? name + "`" + ((INamedTypeSymbol)type).Arity : name;
        return encryptedTypes.Any(declared => declared == name || declared == metadataName || declared == "global::" + name);
    }

    /// <summary>The namespace-qualified name without type arguments: <c>Acme.Security.Encrypted</c> for <c>Encrypted&lt;string&gt;</c>.</summary>
    private static string FullName(ITypeSymbol type)
    {
        var parts = new List<string>();
        for (ISymbol? current = type; current is INamedTypeSymbol or INamespaceSymbol { IsGlobalNamespace: false }; current = current.ContainingSymbol)
        {
            parts.Add(current.Name);
        }

        parts.Reverse();
        return string.Join(".", parts);
    }
}
