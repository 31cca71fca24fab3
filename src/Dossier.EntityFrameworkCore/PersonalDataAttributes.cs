using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// Recognizes the attributes that mark personal data and encryption on CLR members. Attributes from other
/// libraries (ASP.NET Core Identity, Microsoft.Extensions.Compliance) are matched by name, so this package
/// needs no reference to them.
/// </summary>
internal static class PersonalDataAttributes
{
    private const string IdentityPersonalData = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
    private const string IdentityProtectedPersonalData = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";
    private const string ComplianceDataClassification = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly ConcurrentDictionary<Type, bool> s_holdsPersonalData = new();

    /// <summary>
    /// Whether <paramref name="member"/> must be stored encrypted: it, or the record primary-constructor parameter
    /// it was made from, carries <see cref="EncryptedAttribute"/> or Identity's <c>[ProtectedPersonalData]</c>.
    /// </summary>
    public static bool IsEncrypted(MemberInfo member) =>
        HasAttribute(Attribute.GetCustomAttributes(member, inherit: true), IsEncryptionAttribute)
        || PrimaryConstructorParameters(member).Any(parameter => HasAttribute(Attribute.GetCustomAttributes(parameter, inherit: true), IsEncryptionAttribute));

    /// <summary>
    /// Whether objects of <paramref name="type"/> hold personal data: the type implements <see cref="IPersonalData"/>
    /// (Dossier generated its code), is a <see cref="DataSubjectAttribute"/>, or has a member or record parameter
    /// tagged as personal data.
    /// </summary>
    public static bool HoldsPersonalData(Type type) => s_holdsPersonalData.GetOrAdd(type, static type =>
        typeof(IPersonalData).IsAssignableFrom(type)
        || type.IsDefined(typeof(DataSubjectAttribute), inherit: true)
        || type.GetProperties(InstanceMembers).Any(IsTagged)
        || type.GetFields(InstanceMembers).Any(IsTagged)
        || type.GetConstructors(InstanceMembers).SelectMany(c => c.GetParameters())
            .Any(parameter => HasAttribute(Attribute.GetCustomAttributes(parameter, inherit: true), IsPersonalDataAttribute)));

    /// <summary>
    /// Whether writes of <paramref name="member"/> are audited: it is personal data and carries
    /// <see cref="AuditedAttribute"/>, or its type (or a type containing it) does.
    /// </summary>
    public static bool IsAudited(MemberInfo member)
    {
        if (!IsPersonalData(member))
        {
            return false;
        }

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

    /// <summary>Whether <paramref name="member"/>, or the record parameter it was made from, is tagged as personal data.</summary>
    public static bool IsPersonalData(MemberInfo member) =>
        IsTagged(member) || PrimaryConstructorParameters(member).Any(parameter =>
            HasAttribute(Attribute.GetCustomAttributes(parameter, inherit: true), IsPersonalDataAttribute));

    private static bool IsTagged(MemberInfo member) =>
        HasAttribute(Attribute.GetCustomAttributes(member, inherit: true), IsPersonalDataAttribute);

    private static bool IsEncryptionAttribute(Type attribute) =>
        attribute == typeof(EncryptedAttribute) || attribute.FullName == IdentityProtectedPersonalData;

    private static bool IsPersonalDataAttribute(Type attribute) =>
        attribute == typeof(PersonalDataAttribute)
        || attribute == typeof(EncryptedAttribute)
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
