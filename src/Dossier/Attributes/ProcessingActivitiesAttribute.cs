using System;

namespace Dossier;

/// <summary>
/// Names the processing activities that every personal data member the type declares serves, unless a member names
/// its own in <see cref="PersonalDataAttribute.Activities"/> (the member's list then replaces the type's). Each name
/// must be declared with <c>[assembly: ProcessingActivity]</c>.
/// </summary>
/// <example>
/// <code>
/// [ProcessingActivities("Sign-in", "Account notices")]
/// public partial class Customer { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ProcessingActivitiesAttribute : Attribute
{
    /// <summary>Names the activities of the type's personal data members.</summary>
    /// <param name="names">Names declared with <c>[assembly: ProcessingActivity]</c>.</param>
    public ProcessingActivitiesAttribute(params string[] names) => Names = names ?? new string[0];

    /// <summary>The activities of the type's personal data members.</summary>
    public string[] Names { get; }
}
