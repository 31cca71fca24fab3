using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>
/// PII003: reports properties, fields and record positional parameters of the compilation's own types that
/// look like personal data (by name, by their type and by the type that holds them) but carry no Dossier tag.
/// </summary>
/// <remarks>
/// The suggested category travels to the code fix in <see cref="Diagnostic.Properties"/> under
/// <see cref="CategoryProperty"/>.
/// </remarks>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class UntaggedPersonalDataAnalyzer : DossierAnalyzer
{
    /// <summary>The <c>Diagnostic.Properties</c> key of the suggested <c>DataCategory</c> member name.</summary>
    public const string CategoryProperty = "Category";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.Untagged);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var fileText = ReadAdditionalFile(context.Options.AdditionalFiles, context.CancellationToken);
        var classifiers = new ConcurrentDictionary<string, PersonalDataClassifier>(StringComparer.Ordinal);
        var settled = CompilationParses.For(context.Compilation).SettledAnswers;
        var typeNames = context.Compilation.Assembly.TypeNames;
        context.RegisterSymbolAction(
            symbolContext => AnalyzeType(symbolContext, fileText, classifiers, settled, typeNames),
            SymbolKind.NamedType);
    }

    private static void AnalyzeType(
        SymbolAnalysisContext context, string? fileText, ConcurrentDictionary<string, PersonalDataClassifier> classifiers,
        ConcurrentDictionary<ITypeSymbol, bool> settled, ICollection<string> typeNames)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type ||
            type.IsImplicitlyDeclared || type.IsStatic || !type.Locations.Any(location => location.IsInSource))
        {
            return;
        }

        TypeContext? typeContext = null;
        PersonalDataReach? reach = null;
        SyntaxTree? classifierTree = null;
        PersonalDataClassifier? classifier = null;
        foreach (var member in type.GetMembers())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Candidate(member, type) is not { } candidate || candidate.Location.SourceTree is not { } tree)
            {
                continue;
            }

            // A member whose type holds tagged personal data (a nested object, a collection of them) is a container:
            // its data is tagged where it lives, and export, erasure and the inventory already follow it.
            reach ??= new PersonalDataReach(settled);
            if (reach.HoldsPersonalData(candidate.Type))
            {
                continue;
            }

            // A type's members are almost always in one file, and the options are per file: read them once for it.
            if (classifier is null || tree != classifierTree)
            {
                classifier = ClassifierFor(context.Options, tree, fileText, classifiers);
                classifierTree = tree;
            }

            if (!classifier.Options.Enabled)
            {
                continue;
            }

            typeContext ??= classifier.ClassifyType(TypeNames(type), IsDataSubject(type), MemberNames(type), typeNames);
            if (classifier.Classify(member.Name, MemberShapes.Describe(candidate.Type), typeContext) is { } verdict)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, verdict.Category);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.Untagged, candidate.Location, properties, member.Name, verdict.Category, verdict.Reason));
            }
        }
    }

    /// <summary>
    /// Whether PII003 judges <paramref name="member"/> of <paramref name="type"/>: the members that can hold a person's
    /// data, with the place a tag would go. The real-world corpus lists its members with this same choice.
    /// </summary>
    internal static (Location Location, ITypeSymbol Type)? Candidate(ISymbol member, INamedTypeSymbol type)
    {
        // Methods, constructors and accessors are most of a type's members: pass them before reading attributes.
        if (member.IsStatic || member.Kind is not (SymbolKind.Property or SymbolKind.Field) ||
            AttributeReader.ReadTag(member) is not null || AttributeReader.IsNotPersonalData(member))
        {
            return null;
        }

        switch (member)
        {
            case IPropertySymbol property when !property.IsIndexer && !property.IsOverride:
                if (AttributeReader.PositionalParameter(property) is { } parameter)
                {
                    return parameter.Locations.FirstOrDefault(location => location.IsInSource) is { } at ? (at, property.Type) : null;
                }

                return property.IsImplicitlyDeclared || IsComputed(property) || property.Locations.FirstOrDefault() is not { IsInSource: true } location
                    ? null
                    : (location, property.Type);
            case IFieldSymbol field when !field.IsImplicitlyDeclared && !field.IsConst && field.AssociatedSymbol is null && !BacksProperty(field, type):
                return field.Locations.FirstOrDefault() is { IsInSource: true } fieldLocation ? (fieldLocation, field.Type) : null;
            default:
                return null;
        }
    }

    // A property computed from others (FullName => First + " " + Last) holds nothing of its own; a get-only
    // property over a field is reported on the field, which holds the data.
    private static bool IsComputed(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not PropertyDeclarationSyntax declaration)
            {
                continue;
            }

            if (declaration.ExpressionBody is not null)
            {
                return true;
            }

            var accessors = declaration.AccessorList?.Accessors;
            if (accessors is { } list && list.Count == 1 && (list[0].Body is not null || list[0].ExpressionBody is not null))
            {
                return true;
            }
        }

        return false;
    }

    // private string _email; public string Email { get => _email; set => _email = value; } is one datum, tagged on the property.
    private static bool BacksProperty(IFieldSymbol field, INamedTypeSymbol type)
    {
        if (field.DeclaredAccessibility == Accessibility.Public)
        {
            return false;
        }

        var name = field.Name.TrimStart('_');
        if (name.StartsWith("m_", StringComparison.Ordinal))
        {
            name = name.Substring(2);
        }

        return name.Length > 0 && type.GetMembers().Any(other =>
            other is IPropertySymbol property && !property.IsStatic && !IsComputed(property) &&
            string.Equals(other.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> TypeNames(INamedTypeSymbol type)
    {
        var names = new List<string>();
        for (INamedTypeSymbol? current = type; current is not null && names.Count < 16; current = current.BaseType)
        {
            if (current.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
            {
                break;
            }

            names.Add(current.Name);
        }

        return names;
    }

    // The names of the values the type holds, its base types' included: City means more beside a Street.
    private static List<string> MemberNames(INamedTypeSymbol type)
    {
        var names = new List<string>();
        var depth = 0;
        for (INamedTypeSymbol? current = type; current is not null && depth < 8; current = current.BaseType, depth++)
        {
            if (current.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
            {
                break;
            }

            foreach (var member in current.GetMembers())
            {
                if (!member.IsStatic && !member.IsImplicitlyDeclared && member.Kind is SymbolKind.Property or SymbolKind.Field)
                {
                    names.Add(member.Name);
                }
            }
        }

        return names;
    }

    private static bool IsDataSubject(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (AttributeReader.DataSubjectName(current) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static PersonalDataClassifier ClassifierFor(AnalyzerOptions options, SyntaxTree tree, string? fileText, ConcurrentDictionary<string, PersonalDataClassifier> classifiers)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in UntaggedOptions.Keys)
        {
            foreach (var value in OptionValues.AddingUp(options, tree, UntaggedOptions.Prefix + key))
            {
                UntaggedOptions.Add(values, key, value);
            }
        }

        if (fileText is not null)
        {
            UntaggedOptions.ReadFile(fileText, values);
        }

        if (values.Count == 0)
        {
            return PersonalDataClassifier.Default;
        }

        var cacheKey = string.Join("\n", values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + "=" + string.Join("\u0001", pair.Value)));
        return classifiers.GetOrAdd(cacheKey, _ => PersonalDataClassifier.Create(UntaggedOptions.Parse(values)));
    }

    private static string? ReadAdditionalFile(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var path = file.Path ?? string.Empty;
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            if (string.Equals(path.Substring(slash + 1), UntaggedOptions.AdditionalFileName, StringComparison.OrdinalIgnoreCase))
            {
                return file.GetText(cancellationToken)?.ToString();
            }
        }

        return null;
    }
}
