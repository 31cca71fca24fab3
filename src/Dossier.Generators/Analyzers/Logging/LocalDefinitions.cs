using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Dossier.Generators.Analyzers.Logging;

/// <summary>
/// The values a local may hold where it is read: its initializer and the assignments to it that come before the
/// read in the same method. Flow-insensitive beyond that (a branch not taken still counts), which errs towards
/// reporting, as a reviewer would.
/// </summary>
internal static class LocalDefinitions
{
    /// <summary>
    /// Each value assigned to the local before <paramref name="reference"/>; <c>IsElement</c> marks a foreach
    /// collection, whose elements the local takes in turn.
    /// </summary>
    public static IEnumerable<(IOperation Value, bool IsElement)> Before(ILocalReferenceOperation reference)
    {
        var root = reference;
        IOperation top = reference;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        var local = reference.Local;
        var position = root.Syntax.SpanStart;
        foreach (var operation in top.Descendants())
        {
            if (operation.Syntax.SpanStart >= position)
            {
                continue;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer?.Value is { } initial)
                    {
                        yield return (initial, false);
                    }

                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    yield return (assignment.Value, false);
                    break;
                case IForEachLoopOperation loop when loop.Locals.Any(candidate => SymbolEqualityComparer.Default.Equals(candidate, local)):
                    yield return (loop.Collection, true);
                    break;
            }
        }
    }
}
