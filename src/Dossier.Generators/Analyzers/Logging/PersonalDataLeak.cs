using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Analyzers.Logging;

/// <summary>
/// One value that carries personal data into a sink.
/// </summary>
/// <param name="At">The operation the diagnostic points at: the personal value as it appears in the sink's argument.</param>
/// <param name="Name">The tagged member, or for a whole object the type whose printed form shows personal data.</param>
/// <param name="Category">The <c>DataCategory</c> value of the tagged member.</param>
/// <param name="IsObject">Whether a whole object is printed rather than a member read.</param>
internal sealed record PersonalDataLeak(IOperation At, string Name, int Category, bool IsObject)
{
    public PersonalDataLeak MovedTo(IOperation at) => this with { At = at };
}

/// <summary>The tagged member a type prints when it is turned into text.</summary>
internal sealed record PrintedMember(string TypeName, string MemberName, int Category);
