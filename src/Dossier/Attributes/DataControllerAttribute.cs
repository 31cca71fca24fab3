using System;

namespace Dossier;

/// <summary>
/// Names the controller: who determines the purposes and means of processing (GDPR Art. 4(7)). The
/// inventory opens with it, as Art. 30(1)(a) requires.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class DataControllerAttribute : Attribute
{
    /// <summary>Names the controller.</summary>
    /// <param name="name">The controller's legal name.</param>
    public DataControllerAttribute(string name) => Name = name;

    /// <summary>The controller's legal name.</summary>
    public string Name { get; }

    /// <summary>How to contact the controller (Art. 30(1)(a)).</summary>
    public string? Contact { get; set; }

    /// <summary>The data protection officer and how to reach them (Art. 37-39).</summary>
    public string? DataProtectionOfficer { get; set; }

    /// <summary>The controller's representative in the Union, where Art. 27 requires one.</summary>
    public string? Representative { get; set; }
}
