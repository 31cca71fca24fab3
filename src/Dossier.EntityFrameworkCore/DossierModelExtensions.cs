using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore;

/// <summary>Reads what Dossier applied to an EF Core model.</summary>
public static class DossierModelExtensions
{
    /// <summary>The model annotation that marks a property Dossier stores encrypted.</summary>
    public const string EncryptedAnnotation = "Dossier:Encrypted";

    /// <summary>
    /// Whether <see cref="DossierEncryptionModelBuilderExtensions.UseDossierEncryption(Microsoft.EntityFrameworkCore.ModelBuilder, DossierKeyRing)"/>
    /// stores this property encrypted.
    /// </summary>
    public static bool IsDossierEncrypted(this IReadOnlyProperty property) =>
        property?.FindAnnotation(EncryptedAnnotation)?.Value is true;
}
