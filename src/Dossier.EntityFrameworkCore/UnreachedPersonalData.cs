using System;
using System.Collections.Generic;
using System.Linq;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// An entity type with personal data that a data subject request would leave behind, and why. Returned by
/// <see cref="DossierModelExtensions.FindUnreachedPersonalData"/>.
/// </summary>
public sealed class UnreachedPersonalData
{
    internal UnreachedPersonalData(string entityType, string reason)
    {
        EntityType = entityType;
        Reason = reason;
    }

    /// <summary>The entity type's display name.</summary>
    public string EntityType { get; }

    /// <summary>Why no request reaches it, and what to do.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => EntityType + ": " + Reason;
}

/// <summary>
/// Thrown by <see cref="PersonalDataCoverage.AssertEveryTypeReached(Microsoft.EntityFrameworkCore.DbContext, int)"/> when
/// some entity type with personal data is reached by no data subject request.
/// </summary>
public sealed class PersonalDataNotReachedException : Exception
{
    /// <summary>Creates the exception for the types listed.</summary>
    public PersonalDataNotReachedException(IReadOnlyList<UnreachedPersonalData> unreached)
        : base(Describe(unreached)) =>
        Unreached = unreached ?? throw new ArgumentNullException(nameof(unreached));

    /// <summary>The types no request reaches, with the reasons.</summary>
    public IReadOnlyList<UnreachedPersonalData> Unreached { get; }

    private static string Describe(IReadOnlyList<UnreachedPersonalData>? unreached) =>
        "Data subject requests would leave personal data behind in " + (unreached?.Count ?? 0) + " entity type(s):" + Environment.NewLine
        + string.Join(Environment.NewLine, (unreached ?? []).Select(item => "  - " + item));
}
