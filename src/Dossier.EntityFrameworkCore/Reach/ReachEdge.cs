using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore.Reach;

/// <summary>
/// One step of the walk from a data subject: rows of <see cref="To"/> whose <see cref="ToProperties"/> equal the
/// <see cref="FromProperties"/> of rows already gathered of <see cref="From"/> (or of a type derived from it). A foreign
/// key of <see cref="To"/> that points at <see cref="From"/>, or a <see cref="PersonalDataLinkAttribute"/> link.
/// </summary>
internal sealed class ReachEdge(
    IReadOnlyEntityType from,
    IReadOnlyList<IReadOnlyProperty> fromProperties,
    IReadOnlyEntityType to,
    IReadOnlyList<IReadOnlyProperty> toProperties)
{
    public IReadOnlyEntityType From { get; } = from;

    public IReadOnlyList<IReadOnlyProperty> FromProperties { get; } = fromProperties;

    public IReadOnlyEntityType To { get; } = to;

    public IReadOnlyList<IReadOnlyProperty> ToProperties { get; } = toProperties;

    /// <summary>Whether rows of <paramref name="type"/> lead along this edge: it is <see cref="From"/> or derives from it.</summary>
    public bool AppliesTo(IReadOnlyEntityType type) => type == From || type.GetAllBaseTypes().Contains(From);
}
