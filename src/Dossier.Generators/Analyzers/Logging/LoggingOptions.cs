using System;
using System.Collections.Generic;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Logging;

/// <summary>The <c>.editorconfig</c> keys PII002 reads.</summary>
internal static class LoggingOptions
{
    /// <summary>Extra sinks: documentation-comment IDs (<c>M:NS.Type.Method(System.String)</c>, or <c>T:NS.Type</c> for every method of a type), comma-separated.</summary>
    public const string LogSinksKey = "dossier.log_sinks";

    /// <summary>Whether values of category Identifier are reported; <c>false</c> unless set.</summary>
    public const string ReportIdentifiersKey = "dossier.pii002.report_identifiers";

    /// <summary>
    /// The documentation-comment IDs from every tree's options and the global options. Sinks are resolved once
    /// per compilation, so a sink named for one folder applies to all of them.
    /// </summary>
    public static IReadOnlyCollection<string> ExtraSinkIds(AnalyzerOptions options, Compilation compilation)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var provider = options.AnalyzerConfigOptionsProvider;
        AddIds(provider.GlobalOptions, ids);
        foreach (var tree in compilation.SyntaxTrees)
        {
            AddIds(provider.GetOptions(tree), ids);
        }

        return ids;
    }

    public static bool ReportIdentifiers(AnalyzerOptions options, SyntaxTree tree) =>
        OptionValues.IsTrue(OptionValues.ForFile(options, tree, ReportIdentifiersKey));

    private static void AddIds(AnalyzerConfigOptions options, HashSet<string> ids)
    {
        if (!options.TryGetValue(LogSinksKey, out var value) || value is null)
        {
            return;
        }

        // Commas also separate the parameters inside an ID, so only a comma outside brackets ends one.
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ',';
            if (c is '(' or '[' or '{' or '<')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' or '>')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == ',' && (depth == 0 || i == value.Length))
            {
                var id = value.Substring(start, i - start).Trim();
                if (id.Length > 2)
                {
                    ids.Add(id);
                }

                start = i + 1;
                depth = 0;
            }
        }
    }
}
