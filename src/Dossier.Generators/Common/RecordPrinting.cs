using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Common;

/// <summary>
/// What a record's compiler-made <c>ToString</c> prints, in one place for PII007 (which reports the record) and
/// PII002 (which reports logging it), so that both see the same members, inherited ones included.
/// </summary>
internal static class RecordPrinting
{
    /// <summary>What the compiler's <c>PrintMembers</c> prints: public instance fields and readable non-indexer properties.</summary>
    public static bool IsPrinted(ISymbol member) =>
        member is { IsStatic: false, DeclaredAccessibility: Accessibility.Public } &&
        member switch
        {
            IPropertySymbol property => !property.IsIndexer && property.GetMethod is not null,
            IFieldSymbol field => !field.IsImplicitlyDeclared,
            _ => false,
        };

    /// <summary>Whether the compiler made <paramref name="method"/>: implicitly declared in source, <c>[CompilerGenerated]</c> from metadata.</summary>
    public static bool IsCompilerMade(IMethodSymbol method) =>
        method.IsImplicitlyDeclared ||
        (method.DeclaringSyntaxReferences.Length == 0 &&
         AttributeReader.HasAttribute(method, "System.Runtime.CompilerServices.CompilerGeneratedAttribute"));

    /// <summary>Whether <paramref name="record"/> declares <c>ToString()</c> itself, so that the compiler makes none.</summary>
    public static bool HasOwnToString(INamedTypeSymbol record) =>
        record.GetMembers("ToString").OfType<IMethodSymbol>().Any(method => !method.IsStatic && method.Parameters.Length == 0 && !IsCompilerMade(method));

    /// <summary>
    /// The members the compiler-made <c>PrintMembers</c> of <paramref name="record"/> prints, its own first and then
    /// its base records', up to the first record whose <c>PrintMembers</c> is written by hand; that method, whose
    /// body decides what it prints, is <paramref name="handWritten"/>.
    /// </summary>
    public static List<ISymbol> PrintedMembers(INamedTypeSymbol record, out IMethodSymbol? handWritten)
    {
        var printed = new List<ISymbol>();
        handWritten = null;
        for (var current = record; current is { IsRecord: true }; current = current.BaseType)
        {
            var printMembers = current.GetMembers("PrintMembers").OfType<IMethodSymbol>().FirstOrDefault(method => method.Parameters.Length == 1);
            if (printMembers is not null && !IsCompilerMade(printMembers))
            {
                handWritten = printMembers;
                break;
            }

            printed.AddRange(current.GetMembers().Where(IsPrinted));
        }

        return printed;
    }
}
