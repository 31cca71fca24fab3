using System;
using System.IO;
using System.Threading.Tasks;

namespace DirectoryService;

/// <summary>Runs the sample on a data folder of the user's own, outside the repository.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => DirectoryApp.RunAsync(args, DataDirectory(), Console.Out);

    // The database and its keys live in the user's application data folder, so running the sample from a clone
    // leaves nothing in the working tree to commit by mistake. DOSSIER_SAMPLE_DATA points it elsewhere.
    private static string DataDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("DOSSIER_SAMPLE_DATA");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(appData) ? Environment.CurrentDirectory : appData, "Dossier", "DirectoryService");
    }
}
