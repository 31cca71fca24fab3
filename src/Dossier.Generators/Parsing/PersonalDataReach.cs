using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Answers "does this type hold personal data?": directly (tagged members), through a base type, or through
/// members whose types hold personal data. One instance serves one parse; answers are cached within it.
/// </summary>
internal sealed class PersonalDataReach
{
    private const int MaxDepth = 32;

    private readonly Dictionary<ITypeSymbol, bool> _answers = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _inProgress = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _provisionalNegatives = new(SymbolEqualityComparer.Default);
    private int _depthCutoffs;
    private readonly ConcurrentDictionary<ITypeSymbol, bool>? _settled;

    /// <summary>Answers for one parse.</summary>
    public PersonalDataReach()
    {
    }

    /// <summary>
    /// Answers that also draw on, and add to, <paramref name="settled"/>: answers already settled for the same
    /// compilation, so an analyzer that asks about every type walks each type's members once, not once per asker.
    /// </summary>
    public PersonalDataReach(ConcurrentDictionary<ITypeSymbol, bool>? settled) => _settled = settled;

    /// <summary>How many types this instance has walked the members of; tests read it to show that each is walked once.</summary>
    internal int Computations { get; private set; }

    /// <summary>A store of settled answers for one compilation, shared by the parses of its types.</summary>
    public static ConcurrentDictionary<ITypeSymbol, bool> CreateSettledAnswers() => new(SymbolEqualityComparer.Default);

    /// <summary>Whether values of <paramref name="type"/> hold personal data that generated code must export and erase.</summary>
    public bool HoldsPersonalData(ITypeSymbol type) => Holds(type, 0);

    /// <summary>
    /// Whether values of <paramref name="type"/> lead to personal data other than that of data subjects: a reference
    /// to a <c>[DataSubject]</c> (an address's <c>User</c>, an order's <c>Customer</c>) is another person, or the same
    /// one again, whose data is exported through the subject itself, not through whatever refers to it.
    /// </summary>
    public bool HoldsPersonalDataBeyondSubjects(ITypeSymbol type) =>
        HoldsPersonalData(type) && BeyondSubjects(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

    private bool BeyondSubjects(ITypeSymbol type, HashSet<ITypeSymbol> visited)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return BeyondSubjects(array.ElementType, visited);
            case not INamedTypeSymbol:
                return HoldsPersonalData(type);
        }

        var named = (INamedTypeSymbol)type;
        if (!HoldsPersonalData(named) || AttributeReader.DataSubjectName(named) is not null || !visited.Add(named) || visited.Count > 256)
        {
            return false;
        }

        if (IsFrameworkType(named) || named.DeclaringSyntaxReferences.Length == 0)
        {
            // A collection or Nullable<T> is judged by its items; another assembly's type by what it says of itself.
            return !IsFrameworkType(named) || named.TypeArguments.Any(argument => BeyondSubjects(argument, visited));
        }

        for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (!IsDataMember(member) || AttributeReader.HasAttribute(member, KnownNames.NotPersonalDataAttribute))
                {
                    continue;
                }

                if (AttributeReader.ReadTag(member) is not null || (TypeOf(member) is { } memberType && BeyondSubjects(memberType, visited)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the type implements <c>Dossier.IPersonalData</c> (generated code, or a referenced assembly's).</summary>
    public static bool ImplementsPersonalData(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Interface } && AttributeReader.Is(type, KnownNames.PersonalDataInterface))
        {
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (AttributeReader.Is(candidate, KnownNames.PersonalDataInterface))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a member is one Dossier looks at: an instance field or property that is not an indexer or compiler-made.</summary>
    public static bool IsDataMember(ISymbol member) => member switch
    {
        IPropertySymbol property => !property.IsStatic && !property.IsIndexer && !IsCompilerMade(property),
        IFieldSymbol field => !field.IsStatic && !field.IsConst && !field.IsImplicitlyDeclared && field.AssociatedSymbol is null,
        _ => false,
    };

    /// <summary>The type of a data member.</summary>
    public static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    private static bool IsCompilerMade(IPropertySymbol property) =>
        property.IsImplicitlyDeclared || property.Name == "EqualityContract";

    private bool Holds(ITypeSymbol type, int depth)
    {
        if (type is IArrayTypeSymbol array)
        {
            return Holds(array.ElementType, depth + 1);
        }

        if (type is ITypeParameterSymbol parameter)
        {
            // A type parameter constrained to a type that holds personal data (IPersonalData, a tagged base class)
            // holds it whatever the type argument is.
            foreach (var constraint in parameter.ConstraintTypes)
            {
                if (Holds(constraint, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None || named.TypeKind is TypeKind.Error or TypeKind.Enum or TypeKind.Delegate)
        {
            return false;
        }

        if (named.IsGenericType && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return Holds(named.TypeArguments[0], depth + 1);
        }

        if (_answers.TryGetValue(named, out var known) || _settled?.TryGetValue(named, out known) == true)
        {
            return known;
        }

        if (_provisionalNegatives.Contains(named))
        {
            return false;
        }

        if (depth > MaxDepth)
        {
            _depthCutoffs++;
            return false;
        }

        if (_inProgress.Contains(named))
        {
            return false;
        }

        var cutoffs = _depthCutoffs;
        _inProgress.Add(named);
        Computations++;
        var holds = Compute(named, depth);
        _inProgress.Remove(named);
        Settle(named, holds, cutoffs == _depthCutoffs);
        return holds;
    }

    /// <summary>
    /// Keeps an answer. A positive answer always stands: it was found along a real path to personal data. A negative
    /// one reached while an outer type is still being decided assumed that outer type holds none (a cycle), so it is
    /// provisional: it stands for the rest of this walk, which spares walking a dense cycle of types again for every
    /// way into it, and it is kept for good once the outermost type is decided to hold none, which proves every
    /// assumption right. When the outermost type holds personal data the provisional answers are dropped: nothing of
    /// the walk asks them again, since every type still being decided then holds personal data too.
    /// </summary>
    private void Settle(ITypeSymbol type, bool holds, bool complete)
    {
        if (holds)
        {
            _answers[type] = true;
            _settled?.TryAdd(type, true);
        }
        else if (_inProgress.Count > 0)
        {
            if (complete)
            {
                _provisionalNegatives.Add(type);
            }

            return;
        }
        else
        {
            _answers[type] = false;
            _settled?.TryAdd(type, false);
            foreach (var provisional in _provisionalNegatives)
            {
                _answers[provisional] = false;
                _settled?.TryAdd(provisional, false);
            }
        }

        if (_inProgress.Count == 0)
        {
            _provisionalNegatives.Clear();
        }
    }

    private bool Compute(INamedTypeSymbol type, int depth)
    {
        if (ImplementsPersonalData(type) || AttributeReader.DataSubjectName(type) is not null)
        {
            return true;
        }

        if (AttributeReader.HasAttribute(type, KnownNames.NotPersonalDataAttribute))
        {
            return false;
        }

        if (IsFrameworkType(type))
        {
            // Collections from the base library hold personal data when their items do. Other framework types
            // (an EF Core DbSet<User>, a logger) are infrastructure, not data about a person.
            if (!IsBaseLibraryCollection(type))
            {
                return false;
            }

            foreach (var argument in type.TypeArguments)
            {
                if (Holds(argument, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        var inSource = type.Locations.Length > 0 && type.Locations[0].IsInSource;
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (!IsDataMember(member))
                {
                    continue;
                }

                if (AttributeReader.ReadTag(member) is not null)
                {
                    return true;
                }

                if (AttributeReader.HasAttribute(member, KnownNames.NotPersonalDataAttribute))
                {
                    continue;
                }

                // Types from other assemblies are judged by their own tags only: following their member types
                // would walk whole frameworks.
                if (inSource && TypeOf(member) is { } memberType && Holds(memberType, depth + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBaseLibraryCollection(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString();
        return ns is "System" or "System.Collections.Generic" or "System.Collections.ObjectModel" or "System.Collections.Concurrent" or "System.Collections.Immutable";
    }

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns?.Name == "System" || (ns?.Name == "Microsoft" && !AttributeReader.InheritsFrom(type, "Microsoft.AspNetCore.Identity.IdentityUser`1"));
    }
}
