using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Threading;

namespace Dossier;

/// <summary>Describes a type that holds personal data, and the members it declares. Generated code creates one per type, once.</summary>
public sealed class PersonalDataType
{
    /// <summary>
    /// The static field in which generated code keeps a type's description, named by the generator's
    /// <c>TypeEmitter.TypeField</c>: the generator's <c>DescriptionByTypeTests</c> fail when the two names differ.
    /// </summary>
    private const string GeneratedField = "__dossierType";

    private readonly string? _table;
    private readonly PersonalDataActivityCatalog? _activities;
    private PersonalDataMember[]? _members;

    /// <summary>Creates the description of a type.</summary>
    /// <param name="name">The type's name as shown in exports, for example <c>Customer</c>.</param>
    /// <param name="fullName">The type's namespace-qualified name.</param>
    /// <param name="subject">The category of data subjects when the type is a <see cref="DataSubjectAttribute"/>, else <c>null</c>.</param>
    /// <param name="requiresPseudonymizationKey">Whether erasing the type pseudonymizes anything, so the key must be present before erasure starts.</param>
    public PersonalDataType(string name, string fullName, string? subject = null, bool requiresPseudonymizationKey = false)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        FullName = fullName ?? throw new ArgumentNullException(nameof(fullName));
        Subject = subject;
        RequiresPseudonymizationKey = requiresPseudonymizationKey;
        EncodedName = JsonEncodedText.Encode(name);
        EncodedSubject = subject is null ? default : JsonEncodedText.Encode(subject);
    }

    /// <summary>
    /// Creates the description of a type and of its own members, declared in the compact form generated code
    /// writes: one string, read the first time a member is needed.
    /// </summary>
    /// <param name="name">The type's name as shown in exports, for example <c>Customer</c>.</param>
    /// <param name="fullName">The type's namespace-qualified name.</param>
    /// <param name="subject">The category of data subjects when the type is a <see cref="DataSubjectAttribute"/>, else <c>null</c>.</param>
    /// <param name="requiresPseudonymizationKey">Whether erasing the type pseudonymizes anything, so the key must be present before erasure starts.</param>
    /// <param name="members">The type's own members, in the form generated code writes them.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public PersonalDataType(string name, string fullName, string? subject, bool requiresPseudonymizationKey, string members)
        : this(name, fullName, subject, requiresPseudonymizationKey)
    {
        _table = members ?? throw new ArgumentNullException(nameof(members));
    }

    /// <summary>
    /// Creates the description of a type and of its own members, declared in the compact form generated code
    /// writes, in an assembly that declares processing activities: the members' activities are those of
    /// <paramref name="activities"/>.
    /// </summary>
    /// <param name="name">The type's name as shown in exports, for example <c>Customer</c>.</param>
    /// <param name="fullName">The type's namespace-qualified name.</param>
    /// <param name="subject">The category of data subjects when the type is a <see cref="DataSubjectAttribute"/>, else <c>null</c>.</param>
    /// <param name="requiresPseudonymizationKey">Whether erasing the type pseudonymizes anything, so the key must be present before erasure starts.</param>
    /// <param name="members">The type's own members, in the form generated code writes them.</param>
    /// <param name="activities">The processing activities the type's assembly declares.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public PersonalDataType(string name, string fullName, string? subject, bool requiresPseudonymizationKey, string members, PersonalDataActivityCatalog activities)
        : this(name, fullName, subject, requiresPseudonymizationKey, members)
    {
        _activities = activities ?? throw new ArgumentNullException(nameof(activities));
    }

    /// <summary>The type's name as shown in exports, for example <c>Customer</c>.</summary>
    public string Name { get; }

    /// <summary>The type's namespace-qualified name.</summary>
    public string FullName { get; }

    /// <summary>The category of data subjects when the type is a <see cref="DataSubjectAttribute"/>, else <c>null</c>.</summary>
    public string? Subject { get; }

    /// <summary>Whether erasing the type pseudonymizes any member it reaches.</summary>
    public bool RequiresPseudonymizationKey { get; }

    /// <summary>
    /// The members the type declares itself, in declaration order (those of a base type are described by the base
    /// type's own description). Empty for a description made without them.
    /// </summary>
    public IReadOnlyList<PersonalDataMember> Members => MemberArray;

    /// <summary>
    /// The processing activities the type's assembly declares, or <c>null</c> when it declares none (and no member of
    /// the type names one). An erasure scoped to an activity starts only from a type whose assembly declares it.
    /// </summary>
    internal PersonalDataActivityCatalog? ActivityCatalog => _activities;

    /// <summary>The member at <paramref name="index"/> of <see cref="Members"/>.</summary>
    internal PersonalDataMember this[int index] => MemberArray[index];

    internal JsonEncodedText EncodedName { get; }

    internal JsonEncodedText EncodedSubject { get; }

    private PersonalDataMember[] MemberArray
    {
        get
        {
            if (Volatile.Read(ref _members) is { } members)
            {
                return members;
            }

            // Every caller gets the same objects, whichever thread decoded them first.
            var decoded = _table is null ? new PersonalDataMember[0] : PersonalDataMemberTable.Decode(_table, _activities);
            return Interlocked.CompareExchange(ref _members, decoded, null) ?? decoded;
        }
    }

    /// <summary>
    /// The description that Dossier's generated code declares for <paramref name="type"/> itself, or <c>null</c> when
    /// Dossier generated no code for it (a type that is not <c>partial</c>, holds no personal data, or implements
    /// <see cref="IPersonalData"/> by hand). It is the object an instance's <see cref="IPersonalData.PersonalDataType"/>
    /// returns, found without an instance: code that knows only types, such as an EF Core model being built, reads what
    /// the generated code says about the type's members here instead of reading the attributes again.
    /// </summary>
    /// <remarks>
    /// A description lists the members its type declares, and those of base types that have no generated code of their
    /// own; the members of a base type with generated code are in that type's description. Generated code keeps the
    /// description in a static field, which this reads by reflection on every call (callers keep what they need): the
    /// cost of the lookup is paid by the caller, not by every generated type. A generic type definition, whose description depends on its type arguments, has none.
    /// </remarks>
    /// <param name="type">The type, for example <c>typeof(Customer)</c>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static PersonalDataType? Of(Type type)
    {
        if (type is null)
        {
            throw new ArgumentNullException(nameof(type));
        }

        if (type.ContainsGenericParameters || !typeof(IPersonalData).IsAssignableFrom(type))
        {
            return null;
        }

        var field = type.GetField(GeneratedField, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
        return field is { IsInitOnly: true } && field.FieldType == typeof(PersonalDataType) ? (PersonalDataType?)field.GetValue(null) : null;
    }

    /// <inheritdoc />
    public override string ToString() => FullName;
}
