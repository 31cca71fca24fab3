using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Dossier;

/// <summary>Compares objects by identity, so an export or erasure visits each object once even when it overrides Equals.</summary>
internal sealed class ReferenceIdentity : IEqualityComparer<object>
{
    public static readonly ReferenceIdentity Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
