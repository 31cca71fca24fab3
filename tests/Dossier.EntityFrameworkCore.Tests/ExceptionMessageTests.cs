using System.Text;
using Dossier.EntityFrameworkCore.Tests.Infrastructure;
using Dossier.EntityFrameworkCore.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.Tests;

/// <summary>
/// Every exception the EF Core package throws, on rows full of known personal values: the messages (and inner
/// exceptions) name entities, properties and key ids, never a stored value, a plaintext or a key.
/// </summary>
public sealed class ExceptionMessageTests : IDisposable
{
    private const string Email = "ada@example.com";
    private const string TaxNumber = "DE-813-990-442";
    private const string Notes = "Allergic to penicillin";

    private readonly TestDatabase _database = new();
    private readonly byte[] _key = Keys.NewKey();

    public void Dispose() => _database.Dispose();

    public static TheoryData<string> Triggers => new()
    {
        "plaintext left in an encrypted column",
        "ciphertext changed",
        "key not in the ring",
        "export matching two people",
        "erasure matching two people",
        "key of the wrong length",
        "key that is not base64",
    };

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task No_exception_message_holds_a_personal_value_or_a_key(string trigger)
    {
        var id = Save(new Customer { Email = Email, TaxNumber = TaxNumber, Notes = Notes });
        Save(new Customer { Email = Email, TaxNumber = TaxNumber, Notes = Notes });
        var ring = Keys.Ring("k1", ("k1", _key));

        var thrown = await Record.ExceptionAsync(() => Trigger(trigger, id, ring));

        Assert.NotNull(thrown);
        var everything = thrown.ToString();
        foreach (var secret in new[] { Email, TaxNumber, Notes, Convert.ToBase64String(_key), Convert.ToBase64String(Encoding.UTF8.GetBytes(TaxNumber)) })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    private async Task Trigger(string trigger, int id, DossierKeyRing ring)
    {
        switch (trigger)
        {
            case "plaintext left in an encrypted column":
                _database.Execute("UPDATE Customers SET TaxNumber = $value WHERE Id = $id", ("$value", Convert.ToBase64String(Encoding.UTF8.GetBytes(TaxNumber))), ("$id", id));
                Read(ring, id);
                break;
            case "ciphertext changed":
                var envelope = Convert.FromBase64String((string)_database.Scalar("SELECT Notes FROM Customers WHERE Id = $id", ("$id", id))!);
                envelope[^1] ^= 0x01;
                _database.Execute("UPDATE Customers SET Notes = $value WHERE Id = $id", ("$value", Convert.ToBase64String(envelope)), ("$id", id));
                Read(ring, id);
                break;
            case "key not in the ring":
                Read(Keys.Ring("k2", ("k2", Keys.NewKey())), id);
                break;
            case "export matching two people":
                await using (var context = _database.Shop(ring))
                {
                    await context.ExportPersonalDataAsync<Customer>(customer => customer.Email == Email);
                }

                break;
            case "erasure matching two people":
                await using (var context = _database.Shop(ring))
                {
                    await context.ErasePersonalDataAsync<Customer>(customer => customer.Email == Email);
                }

                break;
            case "key of the wrong length":
                Keys.Ring("k1", ("k1", _key[..31]));
                break;
            default:
                DossierKeyRing.Create(new DossierEncryptionOptions { CurrentKeyId = "k1", Keys = { ["k1"] = Convert.ToBase64String(_key) + "!" } });
                break;
        }
    }

    private void Read(DossierKeyRing ring, int id)
    {
        using var context = _database.Shop(ring);
        context.Customers.AsNoTracking().Single(customer => customer.Id == id);
    }

    private int Save(Customer customer)
    {
        using var context = _database.NewShop(Keys.Ring("k1", ("k1", _key)));
        context.Customers.Add(customer);
        context.SaveChanges();
        return customer.Id;
    }
}
