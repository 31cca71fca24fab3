using System;

namespace Dossier;

/// <summary>
/// States that a member, or every member of a type, holds no personal data although its name or type
/// suggests it (for example <c>Product.Name</c>). Silences PII003.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class NotPersonalDataAttribute : Attribute
{
    /// <summary>Why the member holds no personal data, for reviewers and auditors.</summary>
    public string? Justification { get; set; }
}
