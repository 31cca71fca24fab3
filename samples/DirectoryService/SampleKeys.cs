using System;
using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using Dossier;
using Dossier.EntityFrameworkCore;

namespace DirectoryService;

/// <summary>
/// The sample's keys: one AES-256 key for [Encrypted] columns and one HMAC key for pseudonymization, made on first
/// run and kept in a file beside the database so the sample runs with no setup. A real application loads both
/// from a secret store and never keeps them next to the data they protect.
/// </summary>
public sealed class SampleKeys
{
    public const string FileName = "sample-keys.json";

    private const string KeyId = "sample-1";

    private SampleKeys(string path, DossierKeyRing keyRing, ErasureOptions erasureOptions, bool created)
    {
        Path = path;
        KeyRing = keyRing;
        ErasureOptions = erasureOptions;
        Created = created;
    }

    /// <summary>Where the keys are stored.</summary>
    public string Path { get; }

    /// <summary>The key ring for <see cref="DirectoryContext"/>.</summary>
    public DossierKeyRing KeyRing { get; }

    /// <summary>The erasure options, with the pseudonymization key.</summary>
    public ErasureOptions ErasureOptions { get; }

    /// <summary>Whether this run made the keys.</summary>
    public bool Created { get; }

    /// <summary>Reads the keys from <paramref name="dataDirectory"/>, making them first if there are none.</summary>
    public static SampleKeys LoadOrCreate(string dataDirectory)
    {
        var path = System.IO.Path.Combine(dataDirectory, FileName);
        var created = !File.Exists(path);
        if (created)
        {
            var fresh = new StoredKeys(KeyId, DossierEncryptionOptions.GenerateKey(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            File.WriteAllText(path, JsonSerializer.Serialize(fresh, new JsonSerializerOptions { WriteIndented = true }));
        }

        var stored = JsonSerializer.Deserialize<StoredKeys>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} holds no keys. Delete it together with the database to start again.");
        var keyRing = DossierKeyRing.Create(new DossierEncryptionOptions { CurrentKeyId = stored.EncryptionKeyId }
            .AddKey(stored.EncryptionKeyId, stored.EncryptionKey));
        var erasureOptions = new ErasureOptions { PseudonymizationKey = Convert.FromBase64String(stored.PseudonymizationKey) };
        return new SampleKeys(path, keyRing, erasureOptions, created);
    }

    private sealed record StoredKeys(string EncryptionKeyId, string EncryptionKey, string PseudonymizationKey);
}
