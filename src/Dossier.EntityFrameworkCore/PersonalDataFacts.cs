using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace Dossier.EntityFrameworkCore;

/// <summary>What a mapped member is: personal data or not, stored encrypted, its saves audited.</summary>
/// <param name="IsPersonalData">Tagged as personal data (by Dossier, ASP.NET Core Identity or a data classification).</param>
/// <param name="Encrypted">Stored encrypted: <see cref="EncryptedAttribute"/>, or Identity's <c>[ProtectedPersonalData]</c>.</param>
/// <param name="Audited">Personal data whose access the code asks to audit (<see cref="PersonalDataMember.AuditRequested"/>).</param>
internal readonly record struct MemberFacts(bool IsPersonalData, bool Encrypted, bool Audited);

/// <summary>
/// Answers, for model building and saving, what a mapped member and an entity type are, from the description Dossier's
/// generated code declares for the type (<see cref="PersonalDataType.Of"/>): the description exports and erasure use,
/// so EF Core encrypts, audits and follows exactly what the generated code says. Only what no description covers is
/// read from attributes, in <see cref="PersonalDataAttributeFallback"/>.
/// </summary>
internal static class PersonalDataFacts
{
    private static readonly ConcurrentDictionary<(Type Type, MemberInfo Member), MemberFacts> s_members = new();
    private static readonly ConcurrentDictionary<Type, bool> s_holdsPersonalData = new();
    private static readonly ConcurrentDictionary<Type, PersonalDataType?> s_descriptions = new();

    /// <summary>
    /// What <paramref name="member"/> is, as a member of <paramref name="type"/> (the entity or complex type that maps
    /// it, which may derive from the type that declares it).
    /// </summary>
    public static MemberFacts Of(Type type, MemberInfo member) =>
        s_members.GetOrAdd((type, member), static key => Read(key.Type, key.Member));

    /// <summary>
    /// Whether objects of <paramref name="type"/> hold personal data: it implements <see cref="IPersonalData"/> (Dossier
    /// generated its code, which it does for every type that holds personal data and can have it), or, for a type
    /// without that code, its attributes say so.
    /// </summary>
    public static bool HoldsPersonalData(Type type) => s_holdsPersonalData.GetOrAdd(type, static type =>
        typeof(IPersonalData).IsAssignableFrom(type) || PersonalDataAttributeFallback.HoldsPersonalData(type));

    private static MemberFacts Read(Type type, MemberInfo member)
    {
        if (DescriptionCovering(type, member) is not { } description)
        {
            return PersonalDataAttributeFallback.Read(member);
        }

        foreach (var described in description.Members)
        {
            if (described.IsTagged && string.Equals(described.Name, member.Name, StringComparison.Ordinal))
            {
                return new MemberFacts(IsPersonalData: true, described.Encrypted, described.AuditRequested);
            }
        }

        // Not personal data, so no description lists it; [Encrypted] on it still asks for it to be stored encrypted.
        return new MemberFacts(IsPersonalData: false, PersonalDataAttributeFallback.IsEncrypted(member), Audited: false);
    }

    /// <summary>
    /// The generated description that lists <paramref name="member"/> if it is personal data, or <c>null</c> when no
    /// generated code describes it. A description lists the members its type declares and those of base types without
    /// generated code of their own, so it is the declaring type's own description if it has one, else that of the
    /// nearest type between it and <paramref name="type"/> that has one. A member declared below every type with
    /// generated code (in a subclass that is not partial) has none.
    /// </summary>
    private static PersonalDataType? DescriptionCovering(Type type, MemberInfo member)
    {
        PersonalDataType? covering = null;
        for (var current = type; current is not null; current = current.BaseType)
        {
            // Found by reflection: once per type, not once per member of every type derived from it.
            if (s_descriptions.GetOrAdd(current, PersonalDataType.Of) is { } description)
            {
                covering = description;
            }

            if (current == member.DeclaringType)
            {
                return covering;
            }
        }

        return null;
    }
}
