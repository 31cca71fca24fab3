using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Analyzers.Encryption;
using Dossier.Generators.Analyzers.Generation;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Parsing;

/// <summary>The model of a type, or <c>null</c> when nothing can be generated, and what is wrong with it.</summary>
internal sealed record ParseResult(TypeModel? Model, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly ParseResult Nothing = new(null, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>
/// Turns a type symbol into the <see cref="TypeModel"/> the emitter needs. The same parse feeds the
/// generator (which uses the model) and the analyzers that report PII005, PII006 and the type-dependent
/// PII008 (which use the diagnostics), so all agree on what is generated.
/// </summary>
internal static class TypeParser
{
    /// <summary>The <see cref="Diagnostic.Properties"/> key of PII006 when making types partial fixes it (read by the code fix).</summary>
    public const string MakePartialProperty = "MakePartial";

    /// <summary>The value of <see cref="MakePartialProperty"/> on the type itself: it, or a type that contains it, is not partial.</summary>
    public const string MakePartialThisType = "true";

    /// <summary>
    /// The value of <see cref="MakePartialProperty"/> on a member that reaches a type that is not partial: the type to
    /// change is declared at the diagnostic's additional location.
    /// </summary>
    public const string MakePartialHeldType = "held";

    /// <param name="type">The type to parse.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <param name="settledAnswers">
    /// Answers to "does this type hold personal data?" already settled for the same compilation (see
    /// <see cref="PersonalDataReach.CreateSettledAnswers"/>); analyzers that parse every type pass one.
    /// </param>
    public static ParseResult Parse(INamedTypeSymbol type, CancellationToken cancellationToken, ConcurrentDictionary<ITypeSymbol, bool>? settledAnswers = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var model = Parse(type, cancellationToken, settledAnswers, diagnostics);
        return model is null ? DiagnosticsOnly(diagnostics) : new ParseResult(model, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The model of <paramref name="type"/> alone, without what is wrong with it: what the generator needs. The checks
    /// that only word diagnostics (tags on members that hold no data, held types without generated code and the path
    /// to their data, the role a reported type plays) are skipped; the model is the one <see cref="Parse(INamedTypeSymbol, CancellationToken, ConcurrentDictionary{ITypeSymbol, bool}?)"/> returns.
    /// </summary>
    public static TypeModel? ParseModel(INamedTypeSymbol type, CancellationToken cancellationToken, ConcurrentDictionary<ITypeSymbol, bool>? settledAnswers) =>
        Parse(type, cancellationToken, settledAnswers, diagnostics: null);

    private static TypeModel? Parse(INamedTypeSymbol type, CancellationToken cancellationToken, ConcurrentDictionary<ITypeSymbol, bool>? settledAnswers,
        List<DiagnosticInfo>? diagnostics)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface) || type.IsImplicitlyDeclared ||
            type.DeclaringSyntaxReferences.Length == 0)
        {
            return null;
        }

        if (diagnostics is not null)
        {
            ReportPrimaryConstructorParameters(type, diagnostics);
            ReportTaggedNonDataMembers(type, diagnostics);
        }

        var reach = new PersonalDataReach(settledAnswers);
        if (type.TypeKind == TypeKind.Interface || type.IsStatic || !reach.HoldsPersonalData(type))
        {
            return null;
        }

        // The role (a walk over the type's tags) is needed only to word and weigh what is reported, so the common
        // case, a partial type that gets its code, never computes it.
        if (GenerationRule.Ungeneratable(type) is { } reason)
        {
            var role = diagnostics is null ? TypeRole.None : GenerationRule.RoleOf(type, reach);
            if (GenerationRule.IsReportedAtType(role))
            {
                diagnostics!.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreachable, type.Locations.FirstOrDefault(), type.Name, reason)
                    .AsWarningIf(role == TypeRole.InteropTagged));
            }

            return null;
        }

        if (GenerationRule.NotPartial(type) is { } notPartial)
        {
            var role = diagnostics is null ? TypeRole.None : GenerationRule.RoleOf(type, reach);
            if (GenerationRule.IsReportedAtType(role))
            {
                diagnostics!.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.Unreachable, type.Locations.FirstOrDefault(), type.Name, NotPartialReason(type, notPartial, role))
                    .WithProperty(MakePartialProperty, MakePartialThisType)
                    .AsWarningIf(role == TypeRole.InteropTagged));
            }

            return null;
        }

        var generatedBase = GeneratedBase(type, reach, diagnostics);
        var members = new List<MemberModel>();
        var sources = new List<INamedTypeSymbol>();
        for (var current = type.BaseType; current is not null && !SymbolEqualityComparer.Default.Equals(current, generatedBase); current = current.BaseType)
        {
            if (current.SpecialType == SpecialType.System_Object)
            {
                break;
            }

            sources.Insert(0, current);
        }

        sources.Add(type);
        var requiresKey = false;
        foreach (var source in sources)
        {
            foreach (var member in source.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ParseMember(type, source, member, reach, diagnostics) is { } parsed)
                {
                    members.Add(parsed);
                    requiresKey |= parsed.Erase is EraseAction.Pseudonymize or EraseAction.PseudonymizeItems;
                }
            }
        }

        requiresKey |= NestedRequiresKey(type, reach, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

        var location = type.Locations.FirstOrDefault();
        return new TypeModel(
            HintName(type),
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            ContainingTypes(type),
            Keyword(type),
            NameWithTypeParameters(type),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty),
            AttributeReader.DataSubjectName(type),
            type.IsValueType,
            type.IsSealed || type.IsValueType,
            requiresKey,
            members.ToEquatableArray(),
            location?.SourceTree?.FilePath,
            location is null ? 0 : location.GetLineSpan().StartLinePosition.Line + 1,
            generatedBase?.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty),
            SubjectKeyFinder.Expression(type));
    }

    private static MemberModel? ParseMember(INamedTypeSymbol type, INamedTypeSymbol source, ISymbol member, PersonalDataReach reach, List<DiagnosticInfo>? diagnostics)
    {
        if (!PersonalDataReach.IsDataMember(member))
        {
            // Tagged members that are not data (static, const, indexers) are reported by ReportTaggedNonDataMembers.
            return null;
        }

        var tag = AttributeReader.ReadTag(member, out var attribute);

        var memberType = PersonalDataReach.TypeOf(member)!;
        if (memberType.TypeKind == TypeKind.Error)
        {
            // The compiler reports the unresolved type; nothing can be generated for it until it compiles.
            return null;
        }

        if (tag is null && (AttributeReader.IsNotPersonalData(member) || !reach.HoldsPersonalData(memberType) || LeadsOnlyBackToSubjects(memberType, reach)))
        {
            return null;
        }

        var location = member.Locations.FirstOrDefault();
        if (member is IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 })
        {
            diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreachable, location, member.Name, GenerationMessages.ExplicitInterfaceImplementation));
            return null;
        }

        var inherited = !SymbolEqualityComparer.Default.Equals(source, type);
        if (CannotRead(type, member, inherited) is { } readReason)
        {
            diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreachable, location, member.Name, readReason));
            return null;
        }

        var shape = ShapeClassifier.Classify(memberType, reach, out var unsupported);
        if (shape is null)
        {
            diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreachable, location, member.Name, unsupported ?? GenerationMessages.UnsupportedType));
            return null;
        }

        if (diagnostics is not null)
        {
            ReportHeldTypeWithoutGeneratedCode(type, member, memberType, reach, diagnostics);
        }

        // Erasure assigns an audited property's backing field, which is writable whatever the accessors are.
        var audited = AuditedProperties.Describe(type, member);
        var notWritable = audited is null ? CannotWrite(type, member, inherited) : null;
        var erase = ErasurePlanner.Plan(tag, shape, notWritable, out var problem);
        switch (diagnostics is null ? ErasurePlanner.Problem.None : problem)
        {
            case ErasurePlanner.Problem.NotWritable:
                diagnostics!.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotErasable, location, member.Name, notWritable ?? GenerationMessages.NotAssignable));
                break;
            case ErasurePlanner.Problem.StrategyUnsuited:
                diagnostics!.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidArgument,
                    attribute?.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? location,
                    InvalidArgumentMessages.ErasureUnsuited(member.Name, memberType.ToDisplayString(), tag!.Erasure)));
                break;
        }

        return new MemberModel(
            member.Name,
            SyntaxFacts.GetKeywordKind(member.Name) != SyntaxKind.None ? "@" + member.Name : member.Name,
            tag is null ? null : ToTagModel(tag, member),
            shape,
            erase,
            location?.SourceTree?.FilePath,
            location is null ? 0 : location.GetLineSpan().StartLinePosition.Line + 1,
            audited);
    }

    /// <summary>
    /// A member whose type holds personal data that gets no generated code (a container that is not partial, an
    /// Identity user not yet opted in): its data would be missing from this type's export and erasure, so the member is
    /// reported, with the path to that data. Types reported where they are declared (tagged, subjects) are not reported
    /// again at every holder, and a type whose only personal data is a reference to a data subject (an address's
    /// back-reference to its user) is not reported: that subject's data is exported through the subject.
    /// </summary>
    private static void ReportHeldTypeWithoutGeneratedCode(
        INamedTypeSymbol type, ISymbol member, ITypeSymbol memberType, PersonalDataReach reach, List<DiagnosticInfo> diagnostics)
    {
        var held = ShapeClassifier.CollectionOf(memberType, out var item, out _, out _) != CollectionKind.None ? item! : memberType;
        if (held is INamedTypeSymbol { IsGenericType: true } nullable && nullable.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            held = nullable.TypeArguments[0];
        }

        if (held is not INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } heldType || !reach.HoldsPersonalDataBeyondSubjects(heldType) ||
            ShapeClassifier.WillImplementPersonalData(heldType, reach))
        {
            return;
        }

        var heldRole = GenerationRule.RoleOf(heldType, reach);
        if (GenerationRule.IsReportedAtType(heldRole) && heldRole != TypeRole.InteropTagged)
        {
            return;
        }

        var ungeneratable = GenerationRule.Ungeneratable(heldType);
        var notPartial = ungeneratable is null ? GenerationRule.NotPartial(heldType) : null;
        var why = ungeneratable ?? (notPartial is not null ? GenerationMessages.HeldTypeNotPartial(notPartial.Name) : GenerationMessages.CannotBeExtended);
        var path = PathToPersonalData(heldType, reach, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
        var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.Unreachable, member.Locations.FirstOrDefault(), member.Name,
                GenerationMessages.HeldTypeWithoutCode(heldType.Name, type.Name, member.Name, path, why))
            .AsWarningIf(GenerationRule.RoleOf(type, reach) is TypeRole.Container or TypeRole.InteropTagged);
        diagnostics.Add(notPartial is null
            ? diagnostic
            : diagnostic.WithAdditionalLocation(heldType.Locations.FirstOrDefault()).WithProperty(MakePartialProperty, MakePartialHeldType));
    }

    /// <summary>The members from <paramref name="type"/> to its first personal data, as <c>.Home.Street</c>.</summary>
    private static string PathToPersonalData(INamedTypeSymbol type, PersonalDataReach reach, HashSet<ITypeSymbol> visited)
    {
        if (!visited.Add(type) || visited.Count > 8)
        {
            return string.Empty;
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var candidate in current.GetMembers())
            {
                if (PersonalDataReach.IsDataMember(candidate) && AttributeReader.ReadTag(candidate) is not null)
                {
                    return "." + candidate.Name;
                }
            }

            foreach (var candidate in current.GetMembers())
            {
                if (!PersonalDataReach.IsDataMember(candidate) || AttributeReader.IsNotPersonalData(candidate) ||
                    PersonalDataReach.TypeOf(candidate) is not { } candidateType || !reach.HoldsPersonalDataBeyondSubjects(candidateType))
                {
                    continue;
                }

                var next = ShapeClassifier.CollectionOf(candidateType, out var item, out _, out _) != CollectionKind.None ? item! : candidateType;
                return "." + candidate.Name + (next is INamedTypeSymbol named ? PathToPersonalData(named, reach, visited) : string.Empty);
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// Whether an untagged member's values hold personal data only by referring to data subjects and get no generated
    /// code: a customer's orders whose lines and order point back at the customer, in an application that tags only the
    /// customer. Such a member is no container: exporting it would write each object's text, which is nobody's personal
    /// data, and erasure has nothing to reach in it but the subject it points back to.
    /// </summary>
    private static bool LeadsOnlyBackToSubjects(ITypeSymbol memberType, PersonalDataReach reach)
    {
        var item = ShapeClassifier.CollectionOf(memberType, out var itemType, out _, out _) != CollectionKind.None && itemType is not null ? itemType : memberType;
        return !ShapeClassifier.WillImplementPersonalData(item, reach) && !reach.HoldsPersonalDataBeyondSubjects(item);
    }

    private static TagModel ToTagModel(PersonalDataTag tag, ISymbol member)
    {
        var logging = AuditedAccess.Classify(member, out _);
        var activities = AttributeReader.ActivitiesOf(tag, member);
        return new TagModel(
            EnumNames.Category(tag.Category is >= 0 and <= PersonalDataTag.MaxCategory ? tag.Category : 0),
            tag.IsSpecialCategory,
            tag.Purpose,
            EnumNames.LegalBasis(tag.LegalBasis is >= 0 and <= PersonalDataTag.MaxLegalBasis ? tag.LegalBasis : 0),
            tag.Retention,
            EnumNames.Erasure(tag.Erasure is >= 0 and <= PersonalDataTag.MaxErasure ? tag.Erasure : 0),
            tag.RetentionReason,
            tag.Recipients,
            tag.Export,
            AttributeReader.IsEncrypted(member),
            logging == AccessLogging.Recorded,
            tag.Source.ToString(),
            new RuleFacts(tag.Category, DeclarationPolicy.Stated(tag, activities), logging, EncryptionPolicy.StoredTypeOf(member)),
            activities);
    }

    private static string? CannotRead(INamedTypeSymbol type, ISymbol member, bool inherited)
    {
        if (member is IPropertySymbol property)
        {
            if (property.GetMethod is null)
            {
                return GenerationMessages.NoGetter;
            }

            if (inherited && property.GetMethod.DeclaredAccessibility == Accessibility.Private)
            {
                return GenerationMessages.PrivateGetterInBase(property.ContainingType.Name);
            }
        }

        if (inherited && member.DeclaredAccessibility == Accessibility.Private)
        {
            return GenerationMessages.PrivateInBase(member.ContainingType.Name, type.Name);
        }

        return null;
    }

    private static string? CannotWrite(INamedTypeSymbol type, ISymbol member, bool inherited)
    {
        switch (member)
        {
            case IPropertySymbol property:
                if (AttributeReader.PositionalParameter(property) is not null && property.SetMethod is { IsInitOnly: true })
                {
                    return GenerationMessages.PositionalRecordProperty;
                }

                if (property.SetMethod is null)
                {
                    return property.ReturnsByRef ? null : GenerationMessages.GetOnly;
                }

                if (property.SetMethod.IsInitOnly)
                {
                    return GenerationMessages.InitOnly;
                }

                if (inherited && property.SetMethod.DeclaredAccessibility == Accessibility.Private)
                {
                    return GenerationMessages.PrivateSetterInBase(property.ContainingType.Name);
                }

                return null;
            case IFieldSymbol field:
                if (field.IsReadOnly)
                {
                    return GenerationMessages.ReadOnlyField;
                }

                return type.IsReadOnly ? GenerationMessages.ReadOnlyStructMember : null;
            default:
                return GenerationMessages.NotFieldOrProperty;
        }
    }

    private static string NotPartialReason(INamedTypeSymbol type, INamedTypeSymbol notPartial, TypeRole role) => GenerationMessages.NotPartial(
        SymbolEqualityComparer.Default.Equals(notPartial, type), notPartial.Name, role == TypeRole.InteropTagged, role == TypeRole.ExtendsGenerated, type.BaseType?.Name);

    private static ParseResult DiagnosticsOnly(List<DiagnosticInfo> diagnostics) =>
        diagnostics.Count == 0 ? ParseResult.Nothing : new ParseResult(null, diagnostics.ToEquatableArray());

    /// <summary>
    /// Tags on members that hold no one person's data (static members, constants, indexers, interface members) or
    /// that sit where Dossier does not look (the compiler's backing field of a property or event, through
    /// <c>[field: PersonalData]</c>): each is reported, so no tag is ever dropped without a word.
    /// </summary>
    private static void ReportTaggedNonDataMembers(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IEventSymbol fieldLikeEvent && HasFieldTargetedTag(fieldLikeEvent))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreachable, member.Locations.FirstOrDefault(), member.Name, GenerationMessages.TaggedEvent));
                continue;
            }

            if (member is not (IPropertySymbol or IFieldSymbol) ||
                (PersonalDataReach.IsDataMember(member) && type.TypeKind != TypeKind.Interface) ||
                AttributeReader.ReadTag(member) is null)
            {
                continue;
            }

            var reason = member switch
            {
                _ when type.TypeKind == TypeKind.Interface => GenerationMessages.TaggedInterfaceMember,
                IFieldSymbol { IsConst: true } => GenerationMessages.TaggedConstant,
                IFieldSymbol { AssociatedSymbol: { } owner } => GenerationMessages.TaggedBackingField(owner.Name),
                IPropertySymbol { IsIndexer: true } => GenerationMessages.TaggedIndexer,
                _ when member.IsStatic => GenerationMessages.TaggedStatic,
                _ => null,
            };
            if (reason is not null)
            {
                var location = member is IFieldSymbol { AssociatedSymbol: { } associated } ? associated.Locations.FirstOrDefault() : member.Locations.FirstOrDefault();
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreachable, location, member is IFieldSymbol { AssociatedSymbol: { } named } ? named.Name : member.Name, reason));
            }
        }
    }

    /// <summary>
    /// Whether a field-like event carries <c>[field: PersonalData]</c>. The compiler does not list the event's field
    /// among the type's members, so the attribute is found in the syntax, by name.
    /// </summary>
    private static bool HasFieldTargetedTag(IEventSymbol member) => member.DeclaringSyntaxReferences.Any(reference =>
        reference.GetSyntax() is VariableDeclaratorSyntax { Parent.Parent: EventFieldDeclarationSyntax declaration } &&
        declaration.AttributeLists.Any(list => list.Target?.Identifier.ValueText == "field" && list.Attributes.Any(attribute =>
            RightmostName(attribute.Name) is "PersonalData" or "PersonalDataAttribute")));

    private static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    private static void ReportPrimaryConstructorParameters(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        if (type.IsRecord)
        {
            return;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is ParameterSyntax { Parent.Parent: TypeDeclarationSyntax }) &&
                    AttributeReader.ReadTag(parameter) is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreachable, parameter.Locations.FirstOrDefault(), parameter.Name,
                        GenerationMessages.TaggedPrimaryConstructorParameter));
                }
            }
        }
    }

    /// <summary>The nearest base type that has generated export and erasure of its own, if any.</summary>
    private static INamedTypeSymbol? GeneratedBase(INamedTypeSymbol type, PersonalDataReach reach, List<DiagnosticInfo>? diagnostics)
    {
        for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            var inSource = current.DeclaringSyntaxReferences.Length > 0;
            if (inSource && GenerationRule.GetsGeneratedCode(current, reach))
            {
                return current;
            }

            if (!inSource && PersonalDataReach.ImplementsPersonalData(current))
            {
                if (current.GetMembers("DossierAcceptPersonalDataVisitor").Any(member => member is IMethodSymbol { IsVirtual: true } or IMethodSymbol { IsOverride: true }))
                {
                    return current;
                }

                diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreachable, type.Locations.FirstOrDefault(), type.Name,
                    GenerationMessages.BaseImplementsByHand(current.Name)));
                return current;
            }
        }

        return null;
    }

    private static bool NestedRequiresKey(ITypeSymbol type, PersonalDataReach reach, HashSet<ITypeSymbol> visited)
    {
        if (!visited.Add(type) || visited.Count > 256)
        {
            return false;
        }

        for (var current = type as INamedTypeSymbol; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (!PersonalDataReach.IsDataMember(member))
                {
                    continue;
                }

                if (AttributeReader.ReadTag(member) is { Erasure: PersonalDataTag.ErasurePseudonymize })
                {
                    return true;
                }

                var memberType = PersonalDataReach.TypeOf(member)!;
                if (memberType is INamedTypeSymbol { IsGenericType: false, DeclaringSyntaxReferences.Length: 0 })
                {
                    // A referenced assembly's type with no type arguments (an int, a Guid, a DateTime) can lead to no
                    // type of this assembly, so the list of its interfaces is not searched for a collection.
                    continue;
                }

                var itemType = ShapeClassifier.CollectionOf(memberType, out var item, out _, out _) != CollectionKind.None ? item! : memberType;
                if (itemType is INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } named && reach.HoldsPersonalData(named) &&
                    NestedRequiresKey(named, reach, visited))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static EquatableArray<ContainingTypeModel> ContainingTypes(INamedTypeSymbol type)
    {
        var result = new List<ContainingTypeModel>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            result.Insert(0, new ContainingTypeModel(Keyword(current), NameWithTypeParameters(current)));
        }

        return result.ToEquatableArray();
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.IsValueType) switch
    {
        (true, true) => "record struct",
        (true, false) => "record",
        (false, true) => "struct",
        _ => "class",
    };

    private static string NameWithTypeParameters(INamedTypeSymbol type) =>
        type.TypeParameters.Length == 0 ? type.Name : type.Name + "<" + string.Join(", ", type.TypeParameters.Select(parameter => parameter.Name)) + ">";

    private static string HintName(INamedTypeSymbol type)
    {
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None))
            .Replace("global::", string.Empty);
        if (type.Arity > 0)
        {
            name += "_" + type.Arity;
        }

        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.Arity > 0)
            {
                name += "_" + container.Name + container.Arity;
            }
        }

        return name + ".PersonalData.g.cs";
    }
}
