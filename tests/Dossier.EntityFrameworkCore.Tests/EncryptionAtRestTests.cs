using System.Text;
using Dossier.EntityFrameworkCore.Tests.Infrastructure;
using Dossier.EntityFrameworkCore.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests;

public sealed class EncryptionAtRestTests : IDisposable
{
    private const string TaxNumber = "DE-813-990-442";
    private static readonly byte[] PhotoBytes = Encoding.ASCII.GetBytes("JPEG of a recognizable face");

    private readonly TestDatabase _database = new();
    private readonly DossierKeyRing _keyRing = Keys.Single("2025-01");

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Encrypted_strings_and_bytes_are_ciphertext_in_the_database()
    {
        var id = Save(new Customer { Email = "ada@example.org", TaxNumber = TaxNumber, Photo = PhotoBytes });

        var storedTaxNumber = (string)_database.Scalar("SELECT TaxNumber FROM Customers WHERE Id = $id", ("$id", id))!;
        var storedPhoto = (byte[])_database.Scalar("SELECT Photo FROM Customers WHERE Id = $id", ("$id", id))!;

        Assert.DoesNotContain(TaxNumber, storedTaxNumber, StringComparison.Ordinal);
        Assert.DoesNotContain(TaxNumber, Encoding.UTF8.GetString(Convert.FromBase64String(storedTaxNumber)), StringComparison.Ordinal);
        Assert.Equal(-1, storedPhoto.AsSpan().IndexOf(PhotoBytes));
        Assert.Equal("ada@example.org", _database.Scalar("SELECT Email FROM Customers WHERE Id = $id", ("$id", id)));
    }

    [Fact]
    public void Stored_values_are_versioned_envelopes_naming_the_key()
    {
        var id = Save(new Customer { TaxNumber = TaxNumber });

        var envelope = Convert.FromBase64String((string)_database.Scalar("SELECT TaxNumber FROM Customers WHERE Id = $id", ("$id", id))!);

        Assert.Equal(1, envelope[0]);
        Assert.Equal("2025-01", Encoding.ASCII.GetString(envelope, 2, envelope[1]));
        Assert.Equal(2 + "2025-01".Length + 12 + 16 + Encoding.UTF8.GetByteCount(TaxNumber), envelope.Length);
    }

    [Fact]
    public void Values_read_back_through_EF_Core_are_plaintext()
    {
        var id = Save(new Customer { TaxNumber = "Zoë Ñoño 🔐", Photo = PhotoBytes, Addresses = [new Address { Street = "1 Main St", City = "Springfield" }] });

        using var context = _database.Shop(_keyRing);
        var customer = context.Customers.Include(c => c.Addresses).Single(c => c.Id == id);

        Assert.Equal("Zoë Ñoño 🔐", customer.TaxNumber);
        Assert.Equal(PhotoBytes, customer.Photo);
        Assert.Equal("1 Main St", Assert.Single(customer.Addresses).Street);
    }

    [Fact]
    public void Null_stays_null_and_empty_values_round_trip()
    {
        var id = Save(new Customer { TaxNumber = null, Notes = "", Photo = [] });

        Assert.Null(_database.Scalar("SELECT TaxNumber FROM Customers WHERE Id = $id", ("$id", id)));
        Assert.NotEqual("", _database.Scalar("SELECT Notes FROM Customers WHERE Id = $id", ("$id", id)));

        using var context = _database.Shop(_keyRing);
        var customer = context.Customers.Single(c => c.Id == id);
        Assert.Null(customer.TaxNumber);
        Assert.Equal("", customer.Notes);
        Assert.Empty(customer.Photo!);
    }

    [Fact]
    public void Equal_plaintexts_get_different_nonces_and_ciphertexts()
    {
        var first = Save(new Customer { TaxNumber = TaxNumber });
        var second = Save(new Customer { TaxNumber = TaxNumber });

        var a = Convert.FromBase64String((string)_database.Scalar("SELECT TaxNumber FROM Customers WHERE Id = $id", ("$id", first))!);
        var b = Convert.FromBase64String((string)_database.Scalar("SELECT TaxNumber FROM Customers WHERE Id = $id", ("$id", second))!);

        var nonceStart = 2 + a[1];
        Assert.NotEqual(a.AsSpan(nonceStart, 12).ToArray(), b.AsSpan(nonceStart, 12).ToArray());
        Assert.NotEqual(a.AsSpan(nonceStart + 12).ToArray(), b.AsSpan(nonceStart + 12).ToArray());
    }

    [Fact]
    public void Changing_a_byte_array_in_place_is_saved()
    {
        var id = Save(new Customer { Photo = [1, 2, 3] });

        using (var context = _database.Shop(_keyRing))
        {
            context.Customers.Single(c => c.Id == id).Photo![0] = 9;
            context.SaveChanges();
        }

        using var reader = _database.Shop(_keyRing);
        Assert.Equal([9, 2, 3], reader.Customers.Single(c => c.Id == id).Photo);
    }

    [Fact]
    public void Record_positional_parameters_and_Identity_protected_members_are_encrypted()
    {
        using (var context = _database.NewShop(_keyRing))
        {
            context.Badges.Add(new Badge(1, "Grace Hopper"));
            context.Accounts.Add(new Account { Id = 1, PhoneNumber = "+44 20 7946 0958" });
            context.SaveChanges();
        }

        Assert.DoesNotContain("Grace", (string)_database.Scalar("SELECT Holder FROM Badges")!, StringComparison.Ordinal);
        Assert.DoesNotContain("7946", (string)_database.Scalar("SELECT PhoneNumber FROM Accounts")!, StringComparison.Ordinal);

        using var reader = _database.Shop(_keyRing);
        Assert.Equal("Grace Hopper", reader.Badges.Single().Holder);
        Assert.Equal("+44 20 7946 0958", reader.Accounts.Single().PhoneNumber);
    }

    [Fact]
    public void The_model_marks_encrypted_properties_and_only_those()
    {
        using var context = _database.Shop(_keyRing);
        var customer = context.Model.FindEntityType(typeof(Customer))!;

        Assert.True(customer.FindProperty(nameof(Customer.TaxNumber))!.IsDossierEncrypted());
        Assert.True(customer.FindProperty(nameof(Customer.Photo))!.IsDossierEncrypted());
        Assert.False(customer.FindProperty(nameof(Customer.Email))!.IsDossierEncrypted());
        Assert.False(customer.FindProperty(nameof(Customer.Plan))!.IsDossierEncrypted());
    }

    [Fact]
    public void A_maximum_length_grows_to_fit_the_longest_ciphertext()
    {
        // Three UTF-8 bytes per character is the worst case for a string of this length.
        var street = new string('€', ShopContext.StreetMaxLength);
        Save(new Customer { Addresses = [new Address { Street = street, City = "Paris" }] });

        using var context = _database.Shop(_keyRing);
        var maxLength = context.Model.FindEntityType(typeof(Address))!.FindProperty(nameof(Address.Street))!.GetMaxLength();
        var stored = (string)_database.Scalar("SELECT Street FROM Addresses")!;

        Assert.True(stored.Length <= maxLength, $"{stored.Length} characters stored, {maxLength} allowed");
        Assert.Equal(street, context.Set<Address>().Single().Street);
    }

    private int Save(Customer customer)
    {
        using var context = _database.NewShop(_keyRing);
        context.Customers.Add(customer);
        context.SaveChanges();
        return customer.Id;
    }
}
