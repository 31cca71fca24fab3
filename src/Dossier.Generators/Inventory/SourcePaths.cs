using System;
using System.Collections.Generic;

namespace Dossier.Generators.Inventory;

/// <summary>
/// Source paths as the inventory prints them: relative to the project directory with forward slashes, so the
/// same code gives the same bytes wherever it is checked out.
/// </summary>
internal static class SourcePaths
{
    public static string Relative(string? path, string? projectDirectory)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var file = Normalize(path!);
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return file;
        }

        var fileParts = file.Split('/');
        var baseParts = Normalize(projectDirectory!).TrimEnd('/').Split('/');
        var comparison = IsWindowsPath(file) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var common = 0;
        while (common < baseParts.Length && common < fileParts.Length - 1 && string.Equals(baseParts[common], fileParts[common], comparison))
        {
            common++;
        }

        // Sharing nothing but the root (another drive, /opt against /home): a relative path would only obscure it.
        if (common == 0 || (common == 1 && fileParts[0].Length == 0))
        {
            return file;
        }

        var parts = new List<string>();
        for (var i = common; i < baseParts.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < fileParts.Length; i++)
        {
            parts.Add(fileParts[i]);
        }

        return string.Join("/", parts);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static bool IsWindowsPath(string path) => path.Length >= 2 && path[1] == ':';
}
