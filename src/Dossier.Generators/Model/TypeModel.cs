using System.Linq;

namespace Dossier.Generators.Model;

/// <summary>
/// Everything the emitter needs to generate export and erasure for one type, and everything the inventory
/// needs to describe it. <see cref="SubjectIdExpression"/> is the C# expression that gives the type's key as
/// text for the audit trail, or <c>null</c> when the type has none (see <c>SubjectKeyFinder</c>).
/// </summary>
/// <remarks>
/// Caching contract: models hold only strings, numbers, bools, enums, records of those and
/// <see cref="EquatableArray{T}"/>; never symbols, syntax nodes, compilations, <c>Location</c>s or
/// <c>ImmutableArray</c>s. Two parses of unchanged code therefore produce equal models, and the incremental
/// pipeline skips emitting them again.
/// </remarks>
internal sealed record TypeModel(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Keyword,
    string NameWithTypeParameters,
    string FullName,
    string? SubjectName,
    bool IsValueType,
    bool IsSealed,
    bool RequiresPseudonymizationKey,
    EquatableArray<MemberModel> Members,
    string? FilePath,
    int Line,
    string? GeneratedBaseFullName,
    string? SubjectIdExpression = null)
{
    /// <summary>The base type has export and erasure of its own, which the generated members override.</summary>
    public bool HasGeneratedBase => GeneratedBaseFullName is not null;

    /// <summary>
    /// This model without its source positions (the type's and its members' files and lines): what the generated code
    /// depends on. Only the inventory cites positions, so a line added above a tagged type regenerates none of it.
    /// </summary>
    public TypeModel WithoutPositions() => FilePath is null && Line == 0 && Members.All(member => member.FilePath is null && member.Line == 0)
        ? this
        : this with { FilePath = null, Line = 0, Members = Members.Select(member => member with { FilePath = null, Line = 0 }).ToEquatableArray() };
}

/// <summary>A type that contains the generated type; it is re-declared as partial around the generated code.</summary>
internal sealed record ContainingTypeModel(string Keyword, string NameWithTypeParameters);
