namespace Dossier.EndToEnd.Tests;

/// <summary>
/// Packs Dossier once for the tests that share it, with a version of its own so that no cached package of the
/// same version can stand in for it, into a feed in a temporary folder that the consumer projects restore from.
/// </summary>
public sealed class PackedDossier : IDisposable
{
    public PackedDossier()
    {
        Root = Directory.CreateTempSubdirectory("dossier-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        // The solution restore (this project references Dossier, so it is restored and built before the tests run)
        // already restored the package project; a second restore from inside the test run is not needed.
        DotNet.Run(RepositoryRoot, "pack", Path.Combine(RepositoryRoot, "src", "Dossier", "Dossier.csproj"), "-c", "Release", "-o", Feed,
            "-p:PackageVersion=" + Version, "--no-restore", "--disable-build-servers");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is cleaned up by the system later.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Analyzers.sln) was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The tests that share one packed Dossier: packing takes tens of seconds, so it happens once per run.</summary>
[CollectionDefinition(Name)]
public sealed class PackedDossierCollection : ICollectionFixture<PackedDossier>
{
    public const string Name = "Packed Dossier";
}
