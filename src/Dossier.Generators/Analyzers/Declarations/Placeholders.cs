namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// The texts Dossier's code fixes insert where only a person can supply the value: why data is processed, how
/// long it is kept, why it survives erasure. They compile, so a fix never breaks the build, but the rules treat
/// them as not stated: the inventory must never present a placeholder as a real answer.
/// </summary>
internal static class Placeholders
{
    public const string Purpose = "Describe why this data is processed";
    public const string Retention = "Write how long this data is kept as an ISO 8601 duration, such as P2Y";
    public const string RetentionReason = "Name the GDPR Art. 17(3) exception that requires keeping this data";

    /// <summary>Whether <paramref name="value"/> says nothing: null, blank, or a placeholder a fix inserted.</summary>
    public static bool IsUnstated(string? value) =>
        string.IsNullOrWhiteSpace(value) || value == Purpose || value == Retention || value == RetentionReason;
}
