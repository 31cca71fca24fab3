namespace Dossier.Redaction;

/// <summary>
/// Keeps personal data out of logs, console output, traces and exception messages. Pass a value through
/// <see cref="Redact(string?)"/> where a message would otherwise carry it; the analyzer that reports personal
/// data written to a log (PII002) treats the result as safe.
/// </summary>
/// <remarks>
/// The value is never read: every call returns the same <see cref="Mask"/>, so the output says nothing about
/// the person, not even the length of the value. Where a log needs to tell people apart, log an identifier
/// that identifies no one outside the system instead (GDPR Art. 5(1)(c) data minimisation, Art. 25(1)
/// data protection by design).
/// </remarks>
/// <example>
/// <code>
/// logger.LogInformation("Sent a reset link to {Email}", PersonalDataRedaction.Redact(customer.Email));
/// </code>
/// </example>
public static class PersonalDataRedaction
{
    /// <summary>What every redacted value becomes.</summary>
    public const string Mask = "[redacted]";

    /// <summary>Returns <see cref="Mask"/> in place of a personal string.</summary>
    /// <param name="value">The personal data to leave out; not read.</param>
    /// <returns>Always <see cref="Mask"/>.</returns>
    public static string Redact(string? value) => Mask;

    /// <summary>Returns <see cref="Mask"/> in place of any personal value (a date of birth, an address, a record).</summary>
    /// <param name="value">The personal data to leave out; not read, so its <c>ToString</c> never runs.</param>
    /// <returns>Always <see cref="Mask"/>.</returns>
    public static string Redact(object? value) => Mask;
}
