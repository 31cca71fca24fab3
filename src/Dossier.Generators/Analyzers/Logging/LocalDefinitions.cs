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
    /// <summary>Each value put into the local before <paramref name="reference"/>, and how it got there.</summary>
    public static IEnumerable<(IOperation Value, LocalDefinitionKind Kind)> Before(ILocalReferenceOperation reference)
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
                        yield return (initial, LocalDefinitionKind.Assigned);
                    }

                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    yield return (assignment.Value, LocalDefinitionKind.Assigned);
                    break;
                case IForEachLoopOperation loop when loop.Locals.Any(candidate => SymbolEqualityComparer.Default.Equals(candidate, local)):
                    yield return (loop.Collection, LocalDefinitionKind.Element);
                    break;
                case IInvocationOperation invocation when AddsTo(invocation, local):
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                        {
                            yield return (argument.Value, LocalDefinitionKind.Appended);
                        }
                    }

                    break;
            }
        }
    }

    // builder.Append(x), builder.Append(a).AppendLine(b), list.Add(x): the local's content grows by the arguments.
    private static bool AddsTo(IInvocationOperation invocation, ILocalSymbol local)
    {
        var name = invocation.TargetMethod.Name;
        if (!GrowingMethodPrefixes.Any(prefix => name.StartsWith(prefix, System.StringComparison.Ordinal)))
        {
            return false;
        }

        var receiver = invocation.Instance;
        for (var depth = 0; receiver is IInvocationOperation chained && depth < 64; depth++)
        {
            receiver = chained.Instance;
        }

        return receiver is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local);
    }

    private static readonly string[] GrowingMethodPrefixes = { "Append", "Add", "Insert", "Push", "Enqueue", "Write" };
}

/// <summary>How a value reached a local.</summary>
internal enum LocalDefinitionKind
{
    /// <summary>Assigned or used as the initializer: the local holds the value.</summary>
    Assigned,

    /// <summary>The collection of a <c>foreach</c> over the local: the local holds its elements.</summary>
    Element,

    /// <summary>Passed to an Append or Add on the local: the local's text or contents include the value's printed form.</summary>
    Appended,
}
