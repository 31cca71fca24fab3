using System.Security.Cryptography;

namespace Dossier.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>Random keys and key rings for tests.</summary>
public static class Keys
{
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(DossierKeyRing.KeySizeInBytes);

    public static DossierKeyRing Ring(string currentKeyId, params (string Id, byte[] Key)[] keys)
    {
        var options = new DossierEncryptionOptions { CurrentKeyId = currentKeyId };
        foreach (var (id, key) in keys)
        {
            options.AddKey(id, key);
        }

        return DossierKeyRing.Create(options);
    }

    public static DossierKeyRing Single(string keyId = "k1") => Ring(keyId, (keyId, NewKey()));
}
