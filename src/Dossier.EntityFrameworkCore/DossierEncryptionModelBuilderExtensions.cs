using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Dossier.EntityFrameworkCore.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore;

/// <summary>Applies Dossier's at-rest encryption to an EF Core model.</summary>
public static class DossierEncryptionModelBuilderExtensions
{
    // EF Core's name for the annotation HasConversion<TConverter>() sets; its constant is internal API.
    private const string ValueConverterTypeAnnotation = "ValueConverterType";

    /// <summary>
    /// Stores every property whose member carries <see cref="EncryptedAttribute"/> (or ASP.NET Core Identity's
    /// <c>[ProtectedPersonalData]</c>) encrypted with AES-256-GCM: <c>string</c> properties as base64 text,
    /// <c>byte[]</c> properties as binary. Call it at the end of <c>OnModelCreating</c>, after every entity type and
    /// property is configured (and after <c>base.OnModelCreating</c>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Encryption is randomized: the same value encrypts differently every time, so a query cannot compare,
    /// sort or index an encrypted column. Look data subjects up by a key or by a column that is not encrypted.
    /// </para>
    /// <para>
    /// The key ring becomes part of the model, and EF Core builds the model once per context type and caches it.
    /// Use one key ring per context type for the life of the process; a context type that needs several key rings
    /// needs an <c>IModelCacheKeyFactory</c> that tells them apart.
    /// </para>
    /// </remarks>
    /// <exception cref="DossierEncryptionConfigurationException">
    /// The options hold no usable key, or an encrypted member is not a <c>string</c> or <c>byte[]</c> property, is
    /// part of a key or foreign key, or already has a value converter. The message names every such member.
    /// </exception>
    public static ModelBuilder UseDossierEncryption(this ModelBuilder modelBuilder, DossierEncryptionOptions? options) =>
        modelBuilder.UseDossierEncryption(DossierKeyRing.Create(options));

    /// <inheritdoc cref="UseDossierEncryption(ModelBuilder, DossierEncryptionOptions)"/>
    public static ModelBuilder UseDossierEncryption(this ModelBuilder modelBuilder, DossierKeyRing? keyRing)
    {
        if (modelBuilder is null) throw new ArgumentNullException(nameof(modelBuilder));
        if (keyRing is null)
        {
            // A missing key ring is missing configuration, not a coding slip: say what to configure.
            throw DossierKeyRing.NoKeyConfigured();
        }

        var problems = new List<string>();
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            Apply(entityType, keyRing, problems);
        }

        if (problems.Count > 0)
        {
            throw new DossierEncryptionConfigurationException(
                "Dossier cannot encrypt every [Encrypted] member of the model:" + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(problem => "  - " + problem)));
        }

        return modelBuilder;
    }

    private static void Apply(IMutableTypeBase type, DossierKeyRing keyRing, List<string> problems)
    {
        foreach (var property in type.GetDeclaredProperties())
        {
            if (MemberOf(property) is { } member && PersonalDataFacts.Of(type.ClrType, member).Encrypted)
            {
                Encrypt(property, Describe(type, property), keyRing, problems);
            }
        }

        foreach (var complexProperty in type.GetDeclaredComplexProperties())
        {
            ReportIfTagged(type, complexProperty, "is a complex property; mark its string or byte[] members [Encrypted] instead", problems);
            Apply(complexProperty.ComplexType, keyRing, problems);
        }

        if (type is IMutableEntityType entityType)
        {
            foreach (var navigation in entityType.GetDeclaredNavigations())
            {
                ReportIfTagged(type, navigation, "is a navigation; mark the string or byte[] members of the related type [Encrypted] instead", problems);
            }

            foreach (var navigation in entityType.GetDeclaredSkipNavigations())
            {
                ReportIfTagged(type, navigation, "is a navigation; mark the string or byte[] members of the related type [Encrypted] instead", problems);
            }
        }
    }

    private static void Encrypt(IMutableProperty property, string name, DossierKeyRing keyRing, List<string> problems)
    {
        var type = property.ClrType;
        if (type != typeof(string) && type != typeof(byte[]))
        {
            problems.Add($"{name} is {TypeName(type)}; [Encrypted] supports string and byte[] properties. Store the value as one of those (for example with a converter to string in your own type), or remove [Encrypted].");
            return;
        }

        if (property.IsKey() || property.IsForeignKey())
        {
            problems.Add($"{name} is part of a key or foreign key; encrypted values differ on every write, so they cannot identify rows. Remove [Encrypted] or use another key.");
            return;
        }

        if (HasConversion(property))
        {
            problems.Add($"{name} already has a value converter; Dossier's encryption would replace it. Remove the converter or [Encrypted] (with ASP.NET Core Identity, turn off ProtectPersonalData or do not use Dossier's encryption for these members).");
            return;
        }

        var envelope = new EncryptionEnvelope(keyRing, name);
        var maxLength = property.GetMaxLength();
        if (type == typeof(string))
        {
            property.SetValueConverter(EncryptedValueConverters.ForString(envelope));
            if (maxLength is { } characters)
            {
                property.SetMaxLength(EncryptedValueConverters.MaxTextLength(characters));
            }
        }
        else
        {
            property.SetValueConverter(EncryptedValueConverters.ForBytes(envelope));
            property.SetValueComparer(EncryptedValueConverters.BytesComparer);
            if (maxLength is { } bytes)
            {
                property.SetMaxLength(EncryptedValueConverters.MaxEnvelopeLength(bytes));
            }
        }

        property.SetAnnotation(DossierModelExtensions.EncryptedAnnotation, true);
    }

    private static void ReportIfTagged(IMutableTypeBase type, IReadOnlyPropertyBase member, string reason, List<string> problems)
    {
        if (MemberOf(member) is { } clrMember && PersonalDataFacts.Of(type.ClrType, clrMember).Encrypted)
        {
            problems.Add($"{Describe(type, member)} {reason}.");
        }
    }

    /// <summary>Whether the application configured a conversion of its own, by converter instance, converter type or provider type.</summary>
    private static bool HasConversion(IReadOnlyProperty property) =>
        property.GetValueConverter() is not null
        || property.FindAnnotation(ValueConverterTypeAnnotation)?.Value is not null
        || property.GetProviderClrType() is not null;

    private static MemberInfo? MemberOf(IReadOnlyPropertyBase property) => (MemberInfo?)property.PropertyInfo ?? property.FieldInfo;

    /// <summary>
    /// <c>Entity.Property</c>, by CLR type name: what error messages show and what ciphertexts are bound to.
    /// The short name keeps stored values readable when a type moves to another namespace.
    /// </summary>
    private static string Describe(IReadOnlyTypeBase type, IReadOnlyPropertyBase property) => type.ClrType.Name + "." + property.Name;

    private static string TypeName(Type type) =>
        Nullable.GetUnderlyingType(type) is { } underlying ? underlying.Name + "?" : type.Name;
}
