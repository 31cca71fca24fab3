#if NET8_0_OR_GREATER
using System.Linq;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace Dossier.Redaction;

/// <summary>Sets a redactor for every classification of <see cref="DossierTaxonomy"/>.</summary>
/// <example>
/// <code>
/// services.AddRedaction(redaction => redaction.SetDossierRedactor());
/// services.AddLogging(logging => logging.EnableRedaction());
/// </code>
/// </example>
public static class DossierRedactionBuilderExtensions
{
    // A redactor is looked up by the exact set of classifications a value carries, and a Dossier-tagged value
    // carries one: so each classification is its own set, not one set of all of them.
    private static readonly DataClassificationSet[] Sets =
        DossierTaxonomy.All.Select(classification => new DataClassificationSet(classification)).ToArray();

    /// <summary>Redacts every Dossier-classified value with <see cref="DossierRedactor"/>.</summary>
    /// <param name="builder">The redaction builder from <c>AddRedaction</c>.</param>
    /// <returns>The same builder.</returns>
    public static IRedactionBuilder SetDossierRedactor(this IRedactionBuilder builder) =>
        builder.SetDossierRedactor<DossierRedactor>();

    /// <summary>Redacts every Dossier-classified value with <typeparamref name="TRedactor"/>.</summary>
    /// <typeparam name="TRedactor">The redactor, for example Microsoft's <c>ErasingRedactor</c> or an HMAC redactor.</typeparam>
    /// <param name="builder">The redaction builder from <c>AddRedaction</c>.</param>
    /// <returns>The same builder.</returns>
    public static IRedactionBuilder SetDossierRedactor<TRedactor>(this IRedactionBuilder builder)
        where TRedactor : Redactor =>
        builder.SetRedactor<TRedactor>(Sets);
}
#endif
