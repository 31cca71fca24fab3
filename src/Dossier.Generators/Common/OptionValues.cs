using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Common;

/// <summary>Reads the values of MSBuild properties, item metadata and <c>.editorconfig</c> keys as the build writes them.</summary>
internal static class OptionValues
{
    /// <summary>Whether <paramref name="value"/> says true, as MSBuild and <c>.editorconfig</c> spell it (any case, spaces around).</summary>
    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="key"/> is set to true in <paramref name="options"/>.</summary>
    public static bool IsTrue(AnalyzerConfigOptions options, string key) => options.TryGetValue(key, out var value) && IsTrue(value);

    /// <summary>
    /// The value of <paramref name="key"/> for the file <paramref name="tree"/> (its <c>.editorconfig</c> section), else
    /// the project's global one, else <c>null</c>: how every <c>dossier.*</c> key is read.
    /// </summary>
    public static string? ForFile(AnalyzerOptions options, SyntaxTree? tree, string key) => ForFile(options.AnalyzerConfigOptionsProvider, tree, key);

    /// <summary>
    /// <see cref="ForFile(AnalyzerOptions, SyntaxTree?, string)"/> for the generator, which has the provider but no
    /// <see cref="AnalyzerOptions"/>: the inventory reads the rules' keys this way, so both see the same values.
    /// </summary>
    public static string? ForFile(AnalyzerConfigOptionsProvider provider, SyntaxTree? tree, string key)
    {
        if (tree is not null && provider.GetOptions(tree).TryGetValue(key, out var local))
        {
            return local;
        }

        return provider.GlobalOptions.TryGetValue(key, out var global) ? global : null;
    }

    /// <summary>
    /// The values of a list key that add up rather than override: the project's global one, then the one for the file
    /// <paramref name="tree"/> (its <c>.editorconfig</c> section), each where set.
    /// </summary>
    public static IEnumerable<string> AddingUp(AnalyzerOptions options, SyntaxTree tree, string key)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (provider.GlobalOptions.TryGetValue(key, out var global))
        {
            yield return global;
        }

        if (provider.GetOptions(tree).TryGetValue(key, out var local))
        {
            yield return local;
        }
    }

    /// <summary>The items of a list option, separated by commas, semicolons or white space.</summary>
    public static IReadOnlyCollection<string> SplitList(string? value)
    {
        var result = new List<string>();
        if (value is null)
        {
            return result;
        }

        foreach (var part in value.Split(new[] { ',', ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            result.Add(part.Trim());
        }

        return result;
    }
}
