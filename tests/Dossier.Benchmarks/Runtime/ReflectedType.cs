using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;

namespace Dossier.Benchmarks.Runtime;

/// <summary>
/// What reflection learns about a type from its attributes: the members that hold personal data, in declaration
/// order, and how to read and write them. This is what a hand-written reflection exporter (ASP.NET Core
/// Identity's personal data download, extended to nested objects and collections) has to work out.
/// </summary>
public sealed class ReflectedType
{
    private ReflectedType(Type type, string? subject, ReflectedMember[] members)
    {
        Name = type.Name;
        EncodedName = JsonEncodedText.Encode(type.Name);
        Subject = subject;
        EncodedSubject = subject is null ? default : JsonEncodedText.Encode(subject);
        Members = members;
    }

    public string Name { get; }

    public JsonEncodedText EncodedName { get; }

    public string? Subject { get; }

    public JsonEncodedText EncodedSubject { get; }

    public IReadOnlyList<ReflectedMember> Members { get; }

    /// <summary>Reads a type's attributes. Costly: callers that can, keep the result.</summary>
    public static ReflectedType Describe(Type type)
    {
        var members = new List<ReflectedMember>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var tag = property.GetCustomAttribute<PersonalDataAttribute>();
            if (tag is not null)
            {
                members.Add(new ReflectedMember(property, tag, ContainerKind(property.PropertyType, new HashSet<Type>())));
            }
            else if (ContainerKind(property.PropertyType, new HashSet<Type> { type }) is var kind and not ReflectedValueKind.Scalar)
            {
                members.Add(new ReflectedMember(property, null, kind));
            }
        }

        var subject = type.GetCustomAttribute<DataSubjectAttribute>();
        return new ReflectedType(type, subject is null ? null : subject.Name ?? type.Name, members.ToArray());
    }

    /// <summary>Whether values of <paramref name="type"/> are nested objects, lists of them, or plain values.</summary>
    private static ReflectedValueKind ContainerKind(Type type, HashSet<Type> seen)
    {
        if (type != typeof(string) && type != typeof(byte[]) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = ItemType(type);
            return item is not null && HoldsPersonalData(item, seen) ? ReflectedValueKind.List : ReflectedValueKind.Scalar;
        }

        return HoldsPersonalData(type, seen) ? ReflectedValueKind.Nested : ReflectedValueKind.Scalar;
    }

    private static bool HoldsPersonalData(Type type, HashSet<Type> seen)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || !seen.Add(type))
        {
            return false;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.IsDefined(typeof(PersonalDataAttribute), inherit: true) || ContainerKind(property.PropertyType, seen) != ReflectedValueKind.Scalar)
            {
                return true;
            }
        }

        return false;
    }

    private static Type? ItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return candidate.GetGenericArguments()[0];
            }
        }

        return null;
    }
}

/// <summary>How reflection hands a member's value on.</summary>
public enum ReflectedValueKind
{
    Scalar,
    Nested,
    List,
}

/// <summary>One member that holds personal data, or (with no tag) one that reaches objects that do.</summary>
public sealed class ReflectedMember
{
    public ReflectedMember(PropertyInfo property, PersonalDataAttribute? tag, ReflectedValueKind kind)
    {
        Property = property;
        Tag = tag;
        Kind = kind;
        EncodedName = JsonEncodedText.Encode(property.Name);
        Default = property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null;
    }

    public PropertyInfo Property { get; }

    public string Name => Property.Name;

    public JsonEncodedText EncodedName { get; }

    public PersonalDataAttribute? Tag { get; }

    public ReflectedValueKind Kind { get; }

    /// <summary>The value <see cref="Erasure.Delete"/> stores.</summary>
    public object? Default { get; }
}
