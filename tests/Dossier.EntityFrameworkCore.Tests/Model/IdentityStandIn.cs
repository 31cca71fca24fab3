namespace Microsoft.AspNetCore.Identity;

/// <summary>
/// Stands in for ASP.NET Core Identity's attribute of the same full name. Dossier.EntityFrameworkCore recognizes
/// it by name, without a reference to Identity, which is what this test type proves.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProtectedPersonalDataAttribute : Attribute
{
}
