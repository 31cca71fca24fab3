using System;

namespace Dossier;

/// <summary>
/// Thrown when an export or erasure reaches objects nested deeper than the limit. The limit protects the
/// process from a stack overflow on a malformed or hostile object graph; real data subjects are far shallower.
/// </summary>
/// <remarks>
/// Erasure works from the subject outwards, so when it stops here the objects within the limit are already
/// erased and the deeper ones are not; erasing the same graph again stops at the same place. Detach the deep
/// part (for example, split a long chain into shorter ones) and erase each part.
/// </remarks>
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
