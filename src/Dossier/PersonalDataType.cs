using System;
using System.Text.Json;

namespace Dossier;

/// <summary>Describes a type that holds personal data. Generated code creates one per type, once.</summary>
public sealed class PersonalDataType
{
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

    /// <summary>The type's name as shown in exports, for example <c>Customer</c>.</summary>
    public string Name { get; }

    /// <summary>The type's namespace-qualified name.</summary>
    public string FullName { get; }

    /// <summary>The category of data subjects when the type is a <see cref="DataSubjectAttribute"/>, else <c>null</c>.</summary>
    public string? Subject { get; }

    /// <summary>Whether erasing the type pseudonymizes any member it reaches.</summary>
    public bool RequiresPseudonymizationKey { get; }

    internal JsonEncodedText EncodedName { get; }

    internal JsonEncodedText EncodedSubject { get; }

    /// <inheritdoc />
    public override string ToString() => FullName;
}
