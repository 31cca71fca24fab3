using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore.Reach;

/// <summary>How one entity type leads to another when a data subject's rows are gathered.</summary>
internal enum ReachKind
{
    /// <summary>The target's foreign key points at the source: a ticket of a user, a line of an order.</summary>
    Dependent,

    /// <summary>A <see cref="PersonalDataLinkAttribute"/> on the target names the source, without a foreign key.</summary>
    Link,
}

/// <summary>
/// One step of the walk from a data subject: rows of <see cref="To"/> whose <see cref="ToProperties"/> equal the
/// <see cref="FromProperties"/> of rows already gathered of <see cref="From"/> (or of a type derived from it).
/// </summary>
internal sealed class ReachEdge(
    ReachKind kind,
    IReadOnlyEntityType from,
    IReadOnlyList<IReadOnlyProperty> fromProperties,
    IReadOnlyEntityType to,
    IReadOnlyList<IReadOnlyProperty> toProperties)
{
    public ReachKind Kind { get; } = kind;

    public IReadOnlyEntityType From { get; } = from;

    public IReadOnlyList<IReadOnlyProperty> FromProperties { get; } = fromProperties;

    public IReadOnlyEntityType To { get; } = to;

    public IReadOnlyList<IReadOnlyProperty> ToProperties { get; } = toProperties;

    /// <summary>Whether rows of <paramref name="type"/> lead along this edge: it is <see cref="From"/> or derives from it.</summary>
    public bool AppliesTo(IReadOnlyEntityType type) => type == From || type.GetAllBaseTypes().Contains(From);

    /// <summary>For messages: <c>SupportTicket.AuthorId → User.Id</c>.</summary>
    public override string ToString() => Describe(To, ToProperties) + " → " + Describe(From, FromProperties);

    private static string Describe(IReadOnlyEntityType type, IReadOnlyList<IReadOnlyProperty> properties) =>
        type.DisplayName() + "." + string.Join("+", properties.Select(property => property.Name));
}
