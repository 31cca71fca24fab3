using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Analyzers.Logging;

/// <summary>
/// Decides whether turning a value of some type into text shows personal data: a record whose compiler-made
/// <c>ToString</c> prints a tagged member, a type whose own <c>ToString</c> reads one, and collections of either.
/// Results are cached per compilation, one cache per setting of <c>report_identifiers</c>.
/// </summary>
internal sealed class PrintedForms
{
    private const int MaxDepth = 8;

    // One cache per combination of report_identifiers and serialization, indexed by Slot.
    private readonly ConcurrentDictionary<ITypeSymbol, PrintedMember?>[] caches =
    {
        new(SymbolEqualityComparer.Default), new(SymbolEqualityComparer.Default),
        new(SymbolEqualityComparer.Default), new(SymbolEqualityComparer.Default),
    };

    /// <summary>The personal member that printing a <paramref name="type"/> shows, or <c>null</c> when it shows none.</summary>
    /// <param name="serialized">Written property by property (JSON, Serilog's <c>{@Name}</c>) rather than through <c>ToString</c>.</param>
    public PrintedMember? Find(ITypeSymbol? type, bool reportIdentifiers, bool serialized)
    {
        if (type is null || type.TypeKind == TypeKind.Error || IsBuiltIn(type))
        {
            return null;
        }

        var cache = caches[(reportIdentifiers ? 1 : 0) + (serialized ? 2 : 0)];
        if (cache.TryGetValue(type, out var known))
        {
            return known;
        }

        // Results found while a cycle is open are not cached: they may miss what the open type prints.
        var found = new Search(reportIdentifiers, serialized).Find(type, 0);
        cache.TryAdd(type, found);
        return found;
    }

    /// <summary>Whether the tag counts for PII002 under the current options.</summary>
    public static bool Counts(PersonalDataTag tag, bool reportIdentifiers) =>
        reportIdentifiers || tag.Category != IdentifierCategory;

    // string, object and the primitives print no member; generic types (IEnumerable<T>, Nullable<T>) are looked into.
    private static bool IsBuiltIn(ITypeSymbol type) =>
        type.SpecialType != SpecialType.None && type is not INamedTypeSymbol { IsGenericType: true };

    private static readonly int IdentifierCategory = EnumNames.CategoryValue("Identifier");

    private sealed class Search
    {
        private readonly bool reportIdentifiers;
        private readonly bool serialized;
        private readonly HashSet<ITypeSymbol> open = new(SymbolEqualityComparer.Default);

        public Search(bool reportIdentifiers, bool serialized)
        {
            this.reportIdentifiers = reportIdentifiers;
            this.serialized = serialized;
        }

        public PrintedMember? Find(ITypeSymbol? type, int depth)
        {
            if (type is null || depth > MaxDepth || type.TypeKind == TypeKind.Error ||
                IsBuiltIn(type) || !open.Add(type))
            {
                return null;
            }

            try
            {
                return type switch
                {
                    IArrayTypeSymbol array => Find(array.ElementType, depth + 1),
                    INamedTypeSymbol named => FindInNamed(named, depth),
                    _ => null,
                };
            }
            finally
            {
                open.Remove(type);
            }
        }

        private PrintedMember? FindInNamed(INamedTypeSymbol type, int depth)
        {
            // Nullable<T>, KeyValuePair<K, V> and tuples print their parts; collections print their elements
            // when a logger formats them.
            if (type.IsGenericType && (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ||
                                       type.IsTupleType ||
                                       AttributeReader.Is(type.OriginalDefinition, "System.Collections.Generic.KeyValuePair`2")))
            {
                return type.TypeArguments.Select(argument => Find(argument, depth + 1)).FirstOrDefault(found => found is not null);
            }

            if (ElementType(type) is { } element)
            {
                return Find(element, depth + 1);
            }

            return serialized ? FindInPublicMembers(type, depth) : FindInToString(type, depth);
        }

        // A serializer writes every public property and field, inherited ones included, whatever ToString says.
        private PrintedMember? FindInPublicMembers(INamedTypeSymbol type, int depth)
        {
            for (var current = type; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (RecordPrinting.IsPrinted(member) && FindInMember(type, member, depth) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }

        private static ITypeSymbol? ElementType(INamedTypeSymbol type)
        {
            foreach (var implemented in type.AllInterfaces.Insert(0, type))
            {
                if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T &&
                    implemented.TypeArguments.Length == 1)
                {
                    return implemented.TypeArguments[0];
                }
            }

            return null;
        }

        private PrintedMember? FindInToString(INamedTypeSymbol type, int depth)
        {
            for (var current = type; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
            {
                var toString = current.GetMembers("ToString").OfType<IMethodSymbol>()
                    .FirstOrDefault(method => !method.IsStatic && method.Parameters.Length == 0);
                if (toString is null)
                {
                    continue;
                }

                return current.IsRecord && RecordPrinting.IsCompilerMade(toString)
                    ? FindInRecordMembers(current, depth)
                    : FindInBody(toString, current, depth);
            }

            return null;
        }

        // A record's made-up ToString prints what PrintMembers prints: its public members, then its base records'.
        private PrintedMember? FindInRecordMembers(INamedTypeSymbol record, int depth)
        {
            var printed = RecordPrinting.PrintedMembers(record, out var handWritten);
            foreach (var member in printed)
            {
                if (FindInMember(record, member, depth) is { } found)
                {
                    return found;
                }
            }

            return handWritten is null ? null : FindInBody(handWritten, handWritten.ContainingType, depth);
        }

        private PrintedMember? FindInMember(INamedTypeSymbol owner, ISymbol member, int depth)
        {
            if (AttributeReader.ReadTag(member) is { } tag)
            {
                return Counts(tag, reportIdentifiers) ? new PrintedMember(owner.Name, member.Name, tag.Category) : null;
            }

            var memberType = member switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };
            return Find(memberType, depth + 1);
        }

        // A hand-written ToString or PrintMembers: read by name, without a semantic model, which members it uses.
        private PrintedMember? FindInBody(IMethodSymbol method, INamedTypeSymbol owner, int depth)
        {
            var used = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                foreach (var identifier in reference.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    used.Add(identifier.Identifier.ValueText);
                }
            }

            if (used.Count == 0)
            {
                return null;
            }

            for (var current = owner; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic && used.Contains(member.Name) &&
                        FindInMember(owner, member, depth) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }
    }
}
