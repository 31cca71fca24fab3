namespace Microsoft.AspNetCore.Identity;

/// <summary>
/// Stands in for ASP.NET Core Identity's attribute of the same full name, which Dossier recognizes by name: the schema
/// needs no reference to Identity.
/// </summary>
[System.AttributeUsage(System.AttributeTargets.Property)]
public sealed class PersonalDataAttribute : System.Attribute
{
}
