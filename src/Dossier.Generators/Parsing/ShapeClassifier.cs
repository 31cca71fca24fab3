using Dossier.Generators.Analyzers.Generation;
using Dossier.Generators.Common;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Parsing;

/// <summary>Decides how generated code reads a member's value: its <see cref="ValueShape"/>, or why it cannot.</summary>
internal static class ShapeClassifier
{
    public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Classifies <paramref name="type"/>; returns <c>null</c> and a reason when generated code cannot handle it.</summary>
    public static ValueShape? Classify(ITypeSymbol type, PersonalDataReach reach, out string? unsupportedReason)
    {
        unsupportedReason = null;
        if (!IsUsable(type, out unsupportedReason))
        {
            return null;
        }

        var typeName = type.ToDisplayString(FullyQualified);
        var canBeNull = !type.IsValueType || IsNullableValue(type, out _);
        var collection = CollectionOf(type, out var itemType, out var isDictionary, out var empty);
        if (collection != CollectionKind.None && itemType is not null)
        {
            if (!IsUsable(itemType, out unsupportedReason))
            {
                return null;
            }

            var item = Single(itemType, reach, allowCollections: false);
            return item with { TypeName = typeName, CanBeNull = canBeNull, ItemCanBeNull = item.CanBeNull, Collection = collection, IsDictionary = isDictionary, EmptyExpression = empty };
        }

        if (type is IArrayTypeSymbol { Rank: > 1 })
        {
            unsupportedReason = GenerationMessages.MultiDimensionalArray;
            return null;
        }

        // A string declared never null (nullable context on, no '?') is deleted as the empty string, not null: the
        // object keeps its contract, and a database column mapped from it as required accepts the erased value.
        var emptyText = type.SpecialType == SpecialType.System_String && type.NullableAnnotation == NullableAnnotation.NotAnnotated ? "\"\"" : null;
        return Single(type, reach, allowCollections: true) with { TypeName = typeName, CanBeNull = canBeNull, EmptyExpression = emptyText };
    }

    private static ValueShape Single(ITypeSymbol type, PersonalDataReach reach, bool allowCollections)
    {
        var typeName = type.ToDisplayString(FullyQualified);
        var nullable = IsNullableValue(type, out var underlying);
        var value = underlying ?? type;
        var underlyingName = value.ToDisplayString(FullyQualified);
        var scalar = ScalarName(value);
        ValueKind kind;
        string? nested = null;
        if (scalar is not null)
        {
            kind = scalar == "byte[]" ? ValueKind.Bytes : ValueKind.Scalar;
        }
        else if (value.TypeKind == TypeKind.Enum)
        {
            kind = ValueKind.Enum;
            scalar = "enum";
        }
        else if (value.TypeKind is TypeKind.TypeParameter || value.SpecialType == SpecialType.System_Object ||
                 (value.TypeKind == TypeKind.Interface && !PersonalDataReach.ImplementsPersonalData(value)) ||
                 (!allowCollections && CollectionOf(value, out _, out _, out _) != CollectionKind.None))
        {
            kind = ValueKind.Dynamic;
        }
        else if (reach.HoldsPersonalData(value))
        {
            if (WillImplementPersonalData(value, reach))
            {
                kind = value.IsValueType ? ValueKind.NestedValue : ValueKind.Nested;
                nested = value.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            }
            else
            {
                kind = ValueKind.Dynamic;
            }
        }
        else
        {
            kind = ValueKind.Text;
            scalar = AttributeReader.Is(value, KnownNames.IPAddress) ? "IPAddress" : AttributeReader.Is(value, KnownNames.Uri) ? "Uri" : "text";
        }

        return new ValueShape(kind, typeName, underlyingName, nullable, !type.IsValueType || nullable, !type.IsValueType || nullable, CollectionKind.None, false, null, nested, scalar ?? "text");
    }

    /// <summary>
    /// Whether values of the type will implement IPersonalData: generated (see <see cref="GenerationRule"/>) or from a
    /// referenced assembly. Any other type that holds personal data is visited dynamically, so generated code around
    /// it still compiles, and the holder's member is reported where data would be missed.
    /// </summary>
    public static bool WillImplementPersonalData(ITypeSymbol type, PersonalDataReach reach) =>
        PersonalDataReach.ImplementsPersonalData(type) ||
        (type is INamedTypeSymbol named && GenerationRule.GetsGeneratedCode(named, reach));

    /// <summary>The name the emitter keys anonymization and pseudonymization on, or <c>null</c> when the type is not a scalar.</summary>
    private static string? ScalarName(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return "string";
            case SpecialType.System_Boolean: return "bool";
            case SpecialType.System_Char: return "char";
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return "number";
            case SpecialType.System_Int32: return "int";
            case SpecialType.System_Int64: return "long";
            case SpecialType.System_DateTime: return "date";
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return "byte[]";
        }

        if (AttributeReader.Is(type, KnownNames.Guid))
        {
            return "Guid";
        }

        return AttributeReader.Is(type, KnownNames.DateTimeOffset) || AttributeReader.Is(type, KnownNames.TimeSpan) ||
               AttributeReader.Is(type, KnownNames.DateOnly) || AttributeReader.Is(type, KnownNames.TimeOnly)
            ? "date"
            : null;
    }

    private static bool IsNullableValue(ITypeSymbol type, out ITypeSymbol? underlying)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            underlying = named.TypeArguments[0];
            return true;
        }

        underlying = null;
        return false;
    }

    private static bool IsUsable(ITypeSymbol type, out string? reason)
    {
        reason = type switch
        {
            { TypeKind: TypeKind.Error } => GenerationMessages.UnresolvedType,
            IPointerTypeSymbol or IFunctionPointerTypeSymbol => GenerationMessages.PointerType,
            { IsRefLikeType: true } => GenerationMessages.RefStructMember,
            INamedTypeSymbol { TypeKind: TypeKind.Delegate } => GenerationMessages.DelegateType,
            _ => null,
        };
        return reason is null;
    }

    /// <summary>What kind of collection <paramref name="type"/> is, its item type, and an empty value assignable to it.</summary>
    public static CollectionKind CollectionOf(ITypeSymbol type, out ITypeSymbol? itemType, out bool isDictionary, out string? empty)
    {
        itemType = null;
        isDictionary = false;
        empty = null;
        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1 || array.ElementType.SpecialType == SpecialType.System_Byte)
            {
                return CollectionKind.None;
            }

            itemType = array.ElementType;
            empty = EmptyArray(itemType);
            return CollectionKind.Array;
        }

        if (type is not INamedTypeSymbol named || named.SpecialType == SpecialType.System_String)
        {
            return CollectionKind.None;
        }

        var isInterface = named.TypeKind == TypeKind.Interface;
        if ((Find(named, "System.Collections.Generic.IDictionary`2") ?? Find(named, "System.Collections.Generic.IReadOnlyDictionary`2")) is { } dictionary)
        {
            itemType = dictionary.TypeArguments[1];
            isDictionary = true;
            if (!isInterface)
            {
                return IsClearable(named) ? CollectionKind.Clearable : CollectionKind.Other;
            }

            empty = Constructed("global::System.Collections.Generic.Dictionary", dictionary);
            return AttributeReader.Is(named.OriginalDefinition, "System.Collections.Generic.IDictionary`2")
                ? CollectionKind.MutableInterface
                : CollectionKind.ReadOnlyInterface;
        }

        if (Find(named, "System.Collections.Generic.IEnumerable`1") is not { } enumerable)
        {
            return CollectionKind.None;
        }

        itemType = enumerable.TypeArguments[0];
        if (!isInterface)
        {
            return IsList(named) ? CollectionKind.List : IsClearable(named) ? CollectionKind.Clearable : CollectionKind.Other;
        }

        var definition = named.OriginalDefinition;
        if (AttributeReader.Is(definition, "System.Collections.Generic.ISet`1"))
        {
            empty = Constructed("global::System.Collections.Generic.HashSet", named);
            return CollectionKind.MutableInterface;
        }

        if (AttributeReader.Is(definition, "System.Collections.Generic.IList`1"))
        {
            // An IList<T> can be cleared and its items replaced in place, like a List<T>.
            empty = Constructed("global::System.Collections.Generic.List", named);
            return CollectionKind.List;
        }

        if (AttributeReader.Is(definition, "System.Collections.Generic.ICollection`1"))
        {
            empty = Constructed("global::System.Collections.Generic.List", named);
            return CollectionKind.MutableInterface;
        }

        empty = EmptyArray(itemType);
        return CollectionKind.ReadOnlyInterface;
    }

    private static string EmptyArray(ITypeSymbol itemType) => "global::System.Array.Empty<" + itemType.ToDisplayString(FullyQualified) + ">()";

    private static bool IsList(INamedTypeSymbol type) =>
        AttributeReader.InheritsFrom(type.OriginalDefinition, "System.Collections.Generic.List`1") ||
        AttributeReader.InheritsFrom(type.OriginalDefinition, "System.Collections.ObjectModel.Collection`1");

    private static bool IsClearable(INamedTypeSymbol type)
    {
        foreach (var known in ClearableTypes)
        {
            if (AttributeReader.InheritsFrom(type.OriginalDefinition, known))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ClearableTypes =
    {
        "System.Collections.Generic.HashSet`1", "System.Collections.Generic.SortedSet`1", "System.Collections.Generic.LinkedList`1",
        "System.Collections.Generic.Queue`1", "System.Collections.Generic.Stack`1", "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.SortedDictionary`2", "System.Collections.Generic.SortedList`2",
        "System.Collections.Concurrent.ConcurrentDictionary`2", "System.Collections.Concurrent.ConcurrentBag`1",
    };

    private static string Constructed(string generic, INamedTypeSymbol from)
    {
        var arguments = new string[from.TypeArguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = from.TypeArguments[i].ToDisplayString(FullyQualified);
        }

        return "new " + generic + "<" + string.Join(", ", arguments) + ">()";
    }

    private static INamedTypeSymbol? Find(INamedTypeSymbol type, string metadataName)
    {
        if (type.IsGenericType && AttributeReader.Is(type.OriginalDefinition, metadataName))
        {
            return type;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate.IsGenericType && AttributeReader.Is(candidate.OriginalDefinition, metadataName))
            {
                return candidate;
            }
        }

        return null;
    }
}
