using System.Security.Cryptography;
using System.Text;
using Dossier.EntityFrameworkCore.Tests.Infrastructure;
using Dossier.EntityFrameworkCore.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests;

public sealed class TamperingAndKeyTests : IDisposable
{
    private const string TaxNumber = "DE-813-990-442";

    private readonly TestDatabase _database = new();
    private readonly byte[] _key = Keys.NewKey();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("nonce")]
    [InlineData("tag")]
    [InlineData("ciphertext")]
    [InlineData("key id")]
    public void A_changed_ciphertext_fails_to_decrypt(string part)
    {
        var id = Save(new Customer { TaxNumber = TaxNumber });
        var envelope = Stored(id, "TaxNumber");
        var headerLength = 2 + envelope[1];
        var index = part switch
        {
            "nonce" => headerLength,
            "tag" => headerLength + 12,
            "ciphertext" => envelope.Length - 1,
            _ => 2,
        };
        envelope[index] ^= 0x01;
        Store(id, "TaxNumber", envelope);

        var error = ReadFails(Ring("k1", ("k1", _key), ("j1", _key)), id);

        Assert.Equal("Customer.TaxNumber", error.Property);
    }

    [Fact]
    public void A_changed_byte_array_ciphertext_fails_to_decrypt()
    {
        var id = Save(new Customer { Photo = [1, 2, 3, 4] });
        var envelope = (byte[])_database.Scalar("SELECT Photo FROM Customers WHERE Id = $id", ("$id", id))!;
        envelope[^1] ^= 0x80;
        _database.Execute("UPDATE Customers SET Photo = $value WHERE Id = $id", ("$value", envelope), ("$id", id));

        Assert.Equal("Customer.Photo", ReadFails(Ring("k1", ("k1", _key)), id).Property);
    }

    [Fact]
    public void A_different_key_under_the_same_id_fails_to_decrypt()
    {
        var id = Save(new Customer { TaxNumber = TaxNumber });

        var error = ReadFails(Ring("k1", ("k1", Keys.NewKey())), id);

        Assert.Equal("k1", error.KeyId);
        Assert.IsAssignableFrom<AuthenticationTagMismatchException>(error.InnerException);
    }

    [Fact]
    public void A_value_written_with_a_key_no_longer_in_the_ring_names_that_key()
    {
        var id = Save(new Customer { TaxNumber = TaxNumber });

        var error = ReadFails(Ring("k2", ("k2", Keys.NewKey())), id);

        Assert.Equal("k1", error.KeyId);
        Assert.Contains("'k1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not in the key ring", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ciphertext_copied_into_another_encrypted_column_fails_to_decrypt()
    {
        var id = Save(new Customer { TaxNumber = TaxNumber, Notes = "called about a refund" });
        _database.Execute("UPDATE Customers SET Notes = TaxNumber WHERE Id = $id", ("$id", id));

        Assert.Equal("Customer.Notes", ReadFails(Ring("k1", ("k1", _key)), id).Property);
    }

    [Fact]
    public void Plaintext_left_in_an_encrypted_column_is_reported_not_returned()
    {
        var id = Save(new Customer());
        _database.Execute("UPDATE Customers SET TaxNumber = $value WHERE Id = $id", ("$value", TaxNumber), ("$id", id));

        var error = ReadFails(Ring("k1", ("k1", _key)), id);

        Assert.Contains("not a Dossier ciphertext", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_rotation_old_values_stay_readable_and_new_values_use_the_new_key()
    {
        var oldId = Save(new Customer { TaxNumber = "old-123" });
        var newKey = Keys.NewKey();
        var rotated = Ring("k2", ("k1", _key), ("k2", newKey));

        int newId;
        using (var context = _database.Shop(rotated))
        {
            Assert.Equal("old-123", context.Customers.Single(c => c.Id == oldId).TaxNumber);
            var customer = new Customer { TaxNumber = "new-456" };
            context.Customers.Add(customer);
            context.SaveChanges();
            newId = customer.Id;
        }

        Assert.Equal("k1", KeyIdOf(Stored(oldId, "TaxNumber")));
        Assert.Equal("k2", KeyIdOf(Stored(newId, "TaxNumber")));

        using (var context = _database.Shop(rotated))
        {
            context.Customers.Single(c => c.Id == oldId).TaxNumber = "old-789";
            context.SaveChanges();
        }

        Assert.Equal("k2", KeyIdOf(Stored(oldId, "TaxNumber")));
        using var reader = _database.Shop(Ring("k2", ("k2", newKey)));
        Assert.Equal("old-789", reader.Customers.Single(c => c.Id == oldId).TaxNumber);
    }

    [Fact]
    public void Decryption_errors_contain_no_plaintext_ciphertext_or_key()
    {
        var id = Save(new Customer { TaxNumber = TaxNumber });
        var stored = (string)_database.Scalar("SELECT TaxNumber FROM Customers WHERE Id = $id", ("$id", id))!;
        var otherKey = Keys.NewKey();

        var error = ReadFails(Ring("k1", ("k1", otherKey)), id, out var everything);

        Assert.NotNull(error);
        foreach (var secret in new[] { TaxNumber, stored, Convert.ToBase64String(_key), Convert.ToBase64String(otherKey) })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    private DossierKeyRing Ring(string current, params (string Id, byte[] Key)[] keys) => Keys.Ring(current, keys);

    private int Save(Customer customer)
    {
        using var context = _database.NewShop(Ring("k1", ("k1", _key)));
        context.Customers.Add(customer);
        context.SaveChanges();
        return customer.Id;
    }

    private byte[] Stored(int id, string column) =>
        Convert.FromBase64String((string)_database.Scalar($"SELECT {column} FROM Customers WHERE Id = $id", ("$id", id))!);

    private void Store(int id, string column, byte[] envelope) =>
        _database.Execute($"UPDATE Customers SET {column} = $value WHERE Id = $id", ("$value", Convert.ToBase64String(envelope)), ("$id", id));

    private static string KeyIdOf(byte[] envelope) => Encoding.ASCII.GetString(envelope, 2, envelope[1]);

    private DossierDecryptionException ReadFails(DossierKeyRing keyRing, int id) => ReadFails(keyRing, id, out _);

    /// <summary>Reads the customer through EF Core, expects a decryption error somewhere in the chain, and returns every message in it.</summary>
    private DossierDecryptionException ReadFails(DossierKeyRing keyRing, int id, out string everything)
    {
        using var context = _database.Shop(keyRing);
        var thrown = Assert.ThrowsAny<Exception>(() => context.Customers.AsNoTracking().Single(c => c.Id == id));
        everything = thrown.ToString();
        for (Exception? exception = thrown; exception is not null; exception = exception.InnerException)
        {
            if (exception is DossierDecryptionException decryption)
            {
                Assert.IsAssignableFrom<CryptographicException>(decryption);
                return decryption;
            }
        }

        throw new Xunit.Sdk.XunitException("Expected a DossierDecryptionException, got: " + everything);
    }
}
