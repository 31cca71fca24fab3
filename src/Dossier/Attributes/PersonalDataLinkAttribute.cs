using System;

namespace Dossier;

/// <summary>
/// The member holds a value that identifies a row of another type, most often a data subject, although the
/// database model does not declare it as a foreign key: a <c>CreatedByUserId</c> column kept free of constraints, or
/// an e-mail address copied into an invoice. Dossier's data subject requests follow the link as they follow a
/// foreign key, so the rows that hold the member are exported and erased with the person they point to.
/// </summary>
/// <example>
/// <code>
/// public class Invoice
/// {
///     [PersonalDataLink(typeof(User))]
///     public int CreatedByUserId { get; set; }
///
///     [PersonalDataLink(typeof(User), Key = nameof(User.Email))]
///     [PersonalData(DataCategory.Email)]
///     public string BillingEmail { get; set; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = true)]
public sealed class PersonalDataLinkAttribute : Attribute
{
    /// <summary>Links the member to the primary key of <paramref name="target"/>.</summary>
    /// <param name="target">The type whose rows the member's value identifies, for example the data subject <c>User</c>.</param>
    public PersonalDataLinkAttribute(Type target) => Target = target;

    /// <summary>The type whose rows the member's value identifies.</summary>
    public Type Target { get; }

    /// <summary>
    /// The member of <see cref="Target"/> whose value this member holds, for example <c>nameof(User.Email)</c>;
    /// <c>null</c> (the default) for the primary key. It must not be stored encrypted: randomized ciphertext matches nothing.
    /// </summary>
    public string? Key { get; set; }
}
