using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Dossier.Generators.Common;
using Dossier.Generators.Emitting;
using Dossier.Generators.Inventory;
using Dossier.Generators.Model;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators;

/// <summary>
/// Generates export and erasure for every type that holds personal data. Types are found three ways: by a
/// tagged member, by <c>[DataSubject]</c>, and (for partial types with no tags of their own) by members
/// whose types hold personal data. All of them together also make the assembly's data inventory.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PersonalDataGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        public const string TaggedTypes = nameof(TaggedTypes);
        public const string DataSubjects = nameof(DataSubjects);
        public const string ContainerTypes = nameof(ContainerTypes);
        public const string Types = nameof(Types);
        public const string EmittedTypes = nameof(EmittedTypes);
        public const string Activities = nameof(Activities);
        public const string DeclaresActivities = nameof(DeclaresActivities);
        public const string NamesActivities = nameof(NamesActivities);
        public const string TypeSources = nameof(TypeSources);
        public const string InventoryFacts = nameof(InventoryFacts);
        public const string InventorySettings = nameof(InventorySettings);
        public const string InventoryPolicies = nameof(InventoryPolicies);
        public const string InventoryTypes = nameof(InventoryTypes);
        public const string Inventory = nameof(Inventory);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var tagged = context.SyntaxProvider.ForAttributeWithMetadataName(
                KnownNames.PersonalDataAttribute,
                static (node, _) => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax,
                static (attributed, token) => ParseTaggedType(attributed.TargetSymbol, attributed.SemanticModel.Compilation, token))
            .WithTrackingName(Steps.TaggedTypes);

        var subjects = context.SyntaxProvider.ForAttributeWithMetadataName(
                KnownNames.DataSubjectAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (attributed, token) => attributed.TargetSymbol is INamedTypeSymbol type ? ParseModel(type, attributed.SemanticModel.Compilation, token) : null)
            .WithTrackingName(Steps.DataSubjects);

        var containers = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => IsUntaggedPartialType(node),
                static (syntax, token) => syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, token) is INamedTypeSymbol type &&
                                          IsFirstDeclaration(type, syntax.Node) && !HasOwnTags(type)
                    ? ParseModel(type, syntax.SemanticModel.Compilation, token)
                    : null)
            .WithTrackingName(Steps.ContainerTypes);

        var types = tagged.Collect()
            .Combine(subjects.Collect())
            .Combine(containers.Collect())
            .SelectMany(static (found, _) => Distinct(found.Left.Left, found.Left.Right, found.Right))
            .WithTrackingName(Steps.Types);

        // The generated code does not depend on where a type is written; the inventory, which cites it, reads the
        // positions from the full models.
        var emitted = types.Select(static (type, _) => type.WithoutPositions()).WithTrackingName(Steps.EmittedTypes);

        // The assembly's declarations, read once per compilation for the activity catalog and the inventory; a type's
        // code depends only on whether any activity is declared.
        var facts = InventoryPipeline.ReadFacts(context);
        var activities = facts.Select(static (facts, _) => facts.Activities).WithTrackingName(Steps.Activities);
        var declaresActivities = activities.Select(static (declared, _) => declared.Count > 0).WithTrackingName(Steps.DeclaresActivities);
        context.RegisterSourceOutput(emitted.Combine(declaresActivities).WithTrackingName(Steps.TypeSources),
            static (output, type) => output.AddSource(type.Left.HintName, TypeEmitter.Emit(type.Left, type.Right)));

        var namesActivities = emitted.Select(static (type, _) => MemberTable.NamesActivities(type)).Collect()
            .Select(static (names, _) => names.Contains(true)).WithTrackingName(Steps.NamesActivities);
        context.RegisterSourceOutput(activities.Combine(namesActivities), static (output, input) =>
        {
            if (ActivityCatalogEmitter.IsNeeded(input.Left, input.Right))
            {
                output.AddSource(ActivityCatalogEmitter.HintName, ActivityCatalogEmitter.Emit(input.Left));
            }
        });

        var inventory = InventoryPipeline.Create(context, types, facts);
        context.RegisterSourceOutput(inventory, static (output, json) =>
        {
            if (json is not null)
            {
                output.AddSource(InventoryEmitter.HintName, InventoryEmitter.Emit(json));
            }
        });
    }

    private static ImmutableArray<TypeModel> Distinct(params ImmutableArray<TypeModel?>[] sources)
    {
        var byHint = new SortedDictionary<string, TypeModel>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var model in source)
            {
                if (model is not null && !byHint.ContainsKey(model.HintName))
                {
                    byHint.Add(model.HintName, model);
                }
            }
        }

        return byHint.Values.ToImmutableArray();
    }

    /// <summary>
    /// Parses the type a tagged member belongs to, once: only from its first tagged member, and not at all for a
    /// <c>[DataSubject]</c> type, which the subject pipeline parses.
    /// </summary>
    private static TypeModel? ParseTaggedType(ISymbol member, Compilation compilation, System.Threading.CancellationToken token) =>
        IsFirstTaggedMember(member) && ContainingTypeOf(member) is { } type && AttributeReader.DataSubjectName(type) is null
            ? ParseModel(type, compilation, token)
            : null;

    /// <summary>
    /// The model of a type, without the diagnostics the analyzers report. The parses of one compilation share their
    /// answers to "does this type hold personal data?", so a type reached from many holders is walked once per run.
    /// </summary>
    private static TypeModel? ParseModel(INamedTypeSymbol type, Compilation compilation, System.Threading.CancellationToken token) =>
        TypeParser.ParseModel(type, token, CompilationParses.For(compilation).SettledAnswers);

    private static INamedTypeSymbol? ContainingTypeOf(ISymbol member) => member is IParameterSymbol { ContainingSymbol: IMethodSymbol method }
        ? method.ContainingType
        : member.ContainingType;

    /// <summary>One parse per type: only the first tagged member of a type triggers it.</summary>
    private static bool IsFirstTaggedMember(ISymbol member)
    {
        var type = ContainingTypeOf(member);
        if (type is null)
        {
            return false;
        }

        if (member is IParameterSymbol parameter)
        {
            // A record's positional parameter: the property made from it is the member the type holds.
            member = type.GetMembers(parameter.Name).FirstOrDefault(candidate => candidate is IPropertySymbol) ?? member;
        }

        // By name, not symbol: the attribute may sit on the implementing part of a partial property, whose symbol
        // is not the one the type lists. Fields and properties of one type never share a name.
        var first = FirstTaggedMembers.GetValue(type, static type => new FirstTaggedMember(FindFirstTaggedMember(type))).Name;

        // No tagged data member (a tagged primary-constructor parameter of a class): parse once, from that parameter.
        return first is null ? member is IParameterSymbol : first == member.Name;
    }

    /// <summary>
    /// The first tagged data member of each type, found once per type symbol (so per compilation): every call to
    /// <c>GetMembers()</c> copies the type's whole member list, and calling it once per tagged member made a type
    /// with thousands of tagged members cost the square of that.
    /// </summary>
    private static readonly ConditionalWeakTable<INamedTypeSymbol, FirstTaggedMember> FirstTaggedMembers = new();

    private sealed class FirstTaggedMember(string? name)
    {
        public string? Name { get; } = name;
    }

    private static string? FindFirstTaggedMember(INamedTypeSymbol type)
    {
        foreach (var candidate in type.GetMembers())
        {
            if (PersonalDataReach.IsDataMember(candidate) && IsDossierTagged(candidate))
            {
                return candidate.Name;
            }
        }

        return null;
    }

    private static bool IsUntaggedPartialType(SyntaxNode node) =>
        node is TypeDeclarationSyntax declaration and (ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax) &&
        declaration.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>Types with tagged members or <c>[DataSubject]</c> are parsed by the attribute pipelines already.</summary>
    private static bool HasOwnTags(INamedTypeSymbol type) =>
        AttributeReader.DataSubjectName(type) is not null ||
        type.GetMembers().Any(member => PersonalDataReach.IsDataMember(member) && IsDossierTagged(member));

    /// <summary>
    /// Tagged with Dossier's own attribute where the attribute pipeline finds it: on the member itself, or on a record's
    /// positional parameter. <c>[property: PersonalData]</c> on a positional parameter lands on the property the
    /// compiler makes from it, whose syntax is the parameter, so the attribute pipeline never sees it: such records are
    /// found as partial types instead. Other tags (Identity's, data classifications) are found that way too.
    /// Checks for the attribute without reading its arguments: this runs for every member of every tagged type on
    /// every compilation change.
    /// </summary>
    private static bool IsDossierTagged(ISymbol member) =>
        member is IPropertySymbol property && AttributeReader.PositionalParameter(property) is { } parameter
            ? AttributeReader.HasAttribute(parameter, KnownNames.PersonalDataAttribute)
            : AttributeReader.HasAttribute(member, KnownNames.PersonalDataAttribute);

    private static bool IsFirstDeclaration(INamedTypeSymbol type, SyntaxNode node) =>
        type.DeclaringSyntaxReferences.Length > 0 && type.DeclaringSyntaxReferences[0].GetSyntax() == node;
}
