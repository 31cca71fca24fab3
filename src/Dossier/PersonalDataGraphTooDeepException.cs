using System;

namespace Dossier;

/// <summary>
/// Thrown when an export or erasure reaches objects nested deeper than the limit. The limit protects the
/// process from a stack overflow on a malformed or hostile object graph; real data subjects are far shallower.
/// </summary>
public sealed class PersonalDataGraphTooDeepException : InvalidOperationException
{
    /// <summary>Creates the exception for the given limit.</summary>
    public PersonalDataGraphTooDeepException(int maxDepth)
        : base($"The personal data graph is nested deeper than {maxDepth} levels. Dossier stops here instead of overflowing the stack; check the graph for unbounded nesting.")
    {
        MaxDepth = maxDepth;
    }

    /// <summary>The nesting limit that was exceeded.</summary>
    public int MaxDepth { get; }
}
