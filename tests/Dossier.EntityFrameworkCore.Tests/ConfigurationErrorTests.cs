using Dossier.EntityFrameworkCore.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests;

public sealed class ConfigurationErrorTests
{
    [Fact]
    public void No_key_at_all_says_what_to_configure()
    {
        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => DossierKeyRing.Create(new DossierEncryptionOptions()));

        Assert.Contains("No encryption key is configured", error.Message, StringComparison.Ordinal);
        Assert.Contains("DossierEncryptionOptions.CurrentKeyId", error.Message, StringComparison.Ordinal);
        Assert.Contains("DossierEncryptionOptions.Keys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_options_fails_when_the_model_is_built()
    {
        using var context = new ModelContext(model =>
        {
            model.Entity<Patient>().Ignore(p => p.BirthDate).Ignore(p => p.Score);
            model.UseDossierEncryption((DossierEncryptionOptions?)null);
        });

        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => context.Model);

        Assert.Contains("No encryption key is configured", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_from_configuration_are_base64_and_the_current_one_encrypts()
    {
        var options = new DossierEncryptionOptions { CurrentKeyId = "2025-06" };
        options.Keys["2025-01"] = DossierEncryptionOptions.GenerateKey();
        options.Keys["2025-06"] = DossierEncryptionOptions.GenerateKey();

        var ring = DossierKeyRing.Create(options);

        Assert.Equal("2025-06", ring.CurrentKeyId);
        Assert.Equal(["2025-01", "2025-06"], ring.KeyIds);
        Assert.Equal("DossierKeyRing (current key: 2025-06; keys: 2025-01, 2025-06)", ring.ToString());
    }

    [Fact]
    public void A_missing_current_key_id_lists_the_configured_ids()
    {
        var options = new DossierEncryptionOptions().AddKey("k1", Keys.NewKey());

        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => DossierKeyRing.Create(options));

        Assert.Contains("CurrentKeyId is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("k1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_current_key_id_is_named()
    {
        var options = new DossierEncryptionOptions { CurrentKeyId = "k9" }.AddKey("k1", Keys.NewKey());

        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => DossierKeyRing.Create(options));

        Assert.Contains("'k9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_pasted_as_the_current_key_id_is_not_repeated()
    {
        var key = DossierEncryptionOptions.GenerateKey();
        var options = new DossierEncryptionOptions { CurrentKeyId = key }.AddKey("k1", Keys.NewKey());

        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => DossierKeyRing.Create(options));

        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(64)]
    public void A_key_of_the_wrong_length_is_rejected_without_showing_it(int length)
    {
        var key = Convert.ToBase64String(new byte[length].Select((_, i) => (byte)(i + 7)).ToArray());
        var options = new DossierEncryptionOptions { CurrentKeyId = "k1" }.AddKey("k1", key);

        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => DossierKeyRing.Create(options));

        Assert.Contains($"'k1' is {length} bytes long", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_is_not_base64_is_rejected_without_showing_it()
    {
        const string Key = "this is not base64, but it could be a secret";
        var options = new DossierEncryptionOptions { CurrentKeyId = "k1" }.AddKey("k1", Key);

        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => DossierKeyRing.Create(options));

        Assert.Contains("not valid base64", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_types_fail_when_the_model_is_built_naming_entity_and_property()
    {
        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => Build(model => model.Entity<Patient>()));

        Assert.Contains("Patient.BirthDate is DateTime;", error.Message, StringComparison.Ordinal);
        Assert.Contains("Patient.Score is Int32?;", error.Message, StringComparison.Ordinal);
        Assert.Contains("string and byte[]", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Patient.Name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_key_is_rejected()
    {
        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => Build(model => model.Entity<Voucher>().HasKey(v => v.Code)));

        Assert.Contains("Voucher.Code is part of a key or foreign key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_converter_of_the_application_is_not_silently_replaced()
    {
        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => Build(model =>
            model.Entity<Patient>(patient =>
            {
                patient.Ignore(p => p.BirthDate).Ignore(p => p.Score);
                patient.Property(p => p.Name).HasConversion(name => name.ToUpperInvariant(), stored => stored);
            })));

        Assert.Contains("Patient.Name already has a value converter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_navigation_is_rejected()
    {
        var error = Assert.Throws<DossierEncryptionConfigurationException>(() => Build(model => model.Entity<Ward>()));

        Assert.Contains("Ward.Patients is a navigation", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Builds a model the way <c>OnModelCreating</c> does, with encryption applied last.</summary>
    private static void Build(Action<ModelBuilder> configure)
    {
        using var context = new ModelContext(model =>
        {
            configure(model);
            model.UseDossierEncryption(Keys.Single());
        });
        _ = context.Model;
    }

    private sealed class Patient
    {
        public int Id { get; set; }

        [Encrypted]
        public string Name { get; set; } = "";

        [Encrypted]
        public DateTime BirthDate { get; set; }

        [Encrypted]
        public int? Score { get; set; }
    }

    private sealed class Voucher
    {
        [Encrypted]
        public string Code { get; set; } = "";
    }

    private sealed class Ward
    {
        public int Id { get; set; }

        [Encrypted]
        public List<Patient> Patients { get; set; } = [];
    }
}
