using System;
using System.Linq;
using System.Reflection;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// Reads personal data, encryption and audit from a member's attributes, for what no generated description covers
/// (<see cref="PersonalDataFacts"/> asks the description first). Two cases remain: types Dossier generated no code for
/// (a type that is not <c>partial</c>, which the build reports as PII006; one that implements <see cref="IPersonalData"/>
/// by hand; a type from a library built without Dossier), whose members EF Core still maps and must still encrypt and
/// audit; and <see cref="EncryptedAttribute"/> on a member that is not personal data, which no description lists
/// because it describes personal data only, but which asks all the same for the value to be stored encrypted.
/// </summary>
/// <remarks>
/// The attributes are read as the generator reads them: Dossier's <see cref="PersonalDataAttribute"/>, ASP.NET Core
/// Identity's <c>[PersonalData]</c> (and its subclass <c>[ProtectedPersonalData]</c>) and any
/// Microsoft.Extensions.Compliance data classification attribute make a member personal data, matched by name so this
/// package needs no reference to those libraries; <see cref="EncryptedAttribute"/> alone does not. A record's positional
/// parameter carries its attributes for the property made from it.
/// </remarks>
internal static class PersonalDataAttributeFallback
{
    private const string IdentityPersonalData = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
    private const string IdentityProtectedPersonalData = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";
    private const string ComplianceDataClassification = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static MemberFacts Read(MemberInfo member)
    {
        var isPersonalData = IsPersonalData(member);
        return new MemberFacts(isPersonalData, IsEncrypted(member), isPersonalData && IsAudited(member));
    }

    /// <summary>
    /// Whether objects of <paramref name="type"/> hold personal data: the type is a <see cref="DataSubjectAttribute"/>,
    /// or has a member or record parameter tagged as personal data.
    /// </summary>
    public static bool HoldsPersonalData(Type type) =>
        type.IsDefined(typeof(DataSubjectAttribute), inherit: true)
        || type.GetProperties(InstanceMembers).Any(IsTagged)
        || type.GetFields(InstanceMembers).Any(IsTagged)
        || type.GetConstructors(InstanceMembers).SelectMany(c => c.GetParameters())
            .Any(parameter => HasAttribute(Attribute.GetCustomAttributes(parameter, inherit: true), IsPersonalDataAttribute));

    /// <summary>
    /// Whether <paramref name="member"/> must be stored encrypted: it, or the record primary-constructor parameter
    /// it was made from, carries <see cref="EncryptedAttribute"/> or Identity's <c>[ProtectedPersonalData]</c>.
    /// </summary>
    public static bool IsEncrypted(MemberInfo member) =>
        HasAttribute(Attribute.GetCustomAttributes(member, inherit: true), IsEncryptionAttribute)
        || PrimaryConstructorParameters(member).Any(parameter => HasAttribute(Attribute.GetCustomAttributes(parameter, inherit: true), IsEncryptionAttribute));

    /// <summary>Whether <paramref name="member"/>, or the record parameter it was made from, is tagged as personal data.</summary>
    private static bool IsPersonalData(MemberInfo member) =>
        IsTagged(member) || PrimaryConstructorParameters(member).Any(parameter =>
            HasAttribute(Attribute.GetCustomAttributes(parameter, inherit: true), IsPersonalDataAttribute));

    /// <summary>Whether the code asks to audit <paramref name="member"/>: <see cref="AuditedAttribute"/> on it, or on its type or a type containing it.</summary>
    private static bool IsAudited(MemberInfo member)
    {
        if (member.IsDefined(typeof(AuditedAttribute), inherit: true) ||
            PrimaryConstructorParameters(member).Any(parameter => parameter.IsDefined(typeof(AuditedAttribute), inherit: true)))
        {
            return true;
        }

        for (var type = member.DeclaringType; type is not null; type = type.DeclaringType)
        {
            if (type.IsDefined(typeof(AuditedAttribute), inherit: true))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTagged(MemberInfo member) =>
        HasAttribute(Attribute.GetCustomAttributes(member, inherit: true), IsPersonalDataAttribute);

    private static bool IsEncryptionAttribute(Type attribute) =>
        attribute == typeof(EncryptedAttribute) || attribute.FullName == IdentityProtectedPersonalData;

    private static bool IsPersonalDataAttribute(Type attribute) =>
        attribute == typeof(PersonalDataAttribute)
        || attribute.FullName is IdentityPersonalData or IdentityProtectedPersonalData or ComplianceDataClassification;

    /// <summary>Whether any attribute's type, or one of its base types, is what <paramref name="match"/> looks for.</summary>
    private static bool HasAttribute(Attribute[] attributes, Func<Type, bool> match)
    {
        foreach (var attribute in attributes)
        {
            for (var type = attribute.GetType(); type is not null && type != typeof(Attribute); type = type.BaseType)
            {
                if (match(type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The constructor parameters a property may have been made from. A record's positional parameter keeps its
    /// attributes to itself unless they are written with <c>property:</c>, so <c>record User([Encrypted] string Email)</c>
    /// puts the attribute on the parameter, not on the property EF Core maps.
    /// </summary>
    private static ParameterInfo[] PrimaryConstructorParameters(MemberInfo member) =>
        member.DeclaringType is { } type
            ? type.GetConstructors(InstanceMembers)
                .SelectMany(constructor => constructor.GetParameters())
                .Where(parameter => string.Equals(parameter.Name, member.Name, StringComparison.Ordinal))
                .ToArray()
            : [];
}
