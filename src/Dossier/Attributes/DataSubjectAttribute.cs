using System;

namespace Dossier;

/// <summary>
/// The type represents a data subject: an identified or identifiable natural person (GDPR Art. 4(1)) such as
/// a customer, an employee or a patient. The inventory has one section per data subject with everything it
/// reaches through its members, and Art. 30(1)(c) asks for these categories of data subjects.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class DataSubjectAttribute : Attribute
{
    /// <summary>The category of data subjects, named after the type.</summary>
    public DataSubjectAttribute() { }

    /// <summary>The category of data subjects, named as given.</summary>
    /// <param name="name">The category of data subjects in the inventory, for example <c>"Customer"</c>.</param>
    public DataSubjectAttribute(string name) => Name = name;

    /// <summary>The category of data subjects in the inventory, for example <c>"Customer"</c>. Defaults to the type's name.</summary>
    public string? Name { get; set; }
}
