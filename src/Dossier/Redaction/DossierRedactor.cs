#if NET8_0_OR_GREATER
using System;
using Microsoft.Extensions.Compliance.Redaction;

namespace Dossier.Redaction;

/// <summary>
/// A Microsoft.Extensions.Compliance redactor that writes <see cref="PersonalDataRedaction.Mask"/> in place of
/// every value, the same text <see cref="PersonalDataRedaction.Redact(string?)"/> returns.
/// </summary>
/// <remarks>
/// Like <see cref="PersonalDataRedaction"/>, it says nothing about the value, not even its length. Set it for
/// Dossier's taxonomy with <see cref="DossierRedactionBuilderExtensions.SetDossierRedactor(IRedactionBuilder)"/>.
/// </remarks>
public sealed class DossierRedactor : Redactor
{
    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input) => PersonalDataRedaction.Mask.Length;

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        PersonalDataRedaction.Mask.AsSpan().CopyTo(destination);
        return PersonalDataRedaction.Mask.Length;
    }
}
#endif
