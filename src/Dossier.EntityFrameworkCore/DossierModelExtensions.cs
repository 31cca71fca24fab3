using System;
using System.Collections.Generic;
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

    /// <summary>
    /// The entity types with personal data that no data subject request reaches, each with the reason: no foreign key
    /// or <see cref="PersonalDataLinkAttribute"/> chain leads to it from a <see cref="DataSubjectAttribute"/> type, it is
    /// more than <paramref name="maxForeignKeyDepth"/> keys away, a link names a type or member that is not mapped, or it
    /// is reached but cannot be exported or erased (no generated code, keyless). Empty when every row of a person is found.
    /// </summary>
    public static IReadOnlyList<UnreachedPersonalData> FindUnreachedPersonalData(
        this IReadOnlyModel model, int maxForeignKeyDepth = PersonalDataDbContextExtensions.DefaultForeignKeyDepth)
    {
        if (model is null) throw new ArgumentNullException(nameof(model));
        return PersonalDataCoverage.Find(model, maxForeignKeyDepth);
    }
}
