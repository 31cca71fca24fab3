using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dossier.Generators.Analyzers.Audit;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Analyzers.Encryption;
using Dossier.Generators.Common;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Inventory;

/// <summary>
/// The <c>.editorconfig</c> values that PII001, PII004 and PII010 judge a member by, read for one file through the
/// rules' own option readers: the inventory's gaps are the rules' verdicts under the same configuration.
/// </summary>
internal sealed record GapPolicy(CategoryScope EncryptionRequired, EquatableArray<string> EncryptedTypes, CategoryScope AuditRequired, RequiredFields RequiredFields)
{
    /// <summary>The values for <paramref name="tree"/> (its <c>.editorconfig</c> section, else the global ones), or the global ones for <c>null</c>.</summary>
    public static GapPolicy Read(AnalyzerConfigOptionsProvider options, SyntaxTree? tree) => new(
        EncryptionOptions.EncryptionRequired(options, tree),
        EncryptionOptions.EncryptedTypes(options, tree).ToEquatableArray(),
        AuditOptions.AuditRequired(options, tree),
        DeclarationOptions.RequiredFields(options, tree));
}

/// <summary>A source file whose <c>.editorconfig</c> section sets the rules otherwise than the project does.</summary>
internal sealed record FilePolicy(string FilePath, GapPolicy Policy);

/// <summary>
/// The rules' configuration for every source file of a compilation, as plain values: the one most files have, and each
/// file that differs from it (an <c>.editorconfig</c> section for a folder). Only the distinct policies are kept, so an
/// edit to code leaves the value equal and the inventory cached; an edit to a configuration that changes a verdict
/// changes it.
/// </summary>
/// <param name="Common">The policy of the files not listed: the one most files have (the global one when there are no files).</param>
internal sealed record GapPolicies(GapPolicy Common, EquatableArray<FilePolicy> Files)
{
    public static GapPolicies Read(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var byFile = new List<FilePolicy>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (seen.Add(tree.FilePath))
            {
                byFile.Add(new FilePolicy(tree.FilePath, GapPolicy.Read(options, tree)));
            }
        }

        // An .editorconfig's [*.cs] section applies to every file but is not a global option: the most common policy
        // keeps the list to the files that really differ. Ties go to the earliest file, so the choice is deterministic.
        var common = byFile.Count == 0
            ? GapPolicy.Read(options, tree: null)
            : byFile.GroupBy(file => file.Policy).OrderByDescending(group => group.Count()).First().Key;
        return new GapPolicies(common, byFile.Where(file => !file.Policy.Equals(common)).OrderBy(file => file.FilePath, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>Looks the policy of a file up by its path; files not listed have the <see cref="Common"/> one.</summary>
    public Func<string?, GapPolicy> Lookup()
    {
        var byPath = Files.ToDictionary(file => file.FilePath, file => file.Policy, StringComparer.Ordinal);
        return path => path is not null && byPath.TryGetValue(path, out var policy) ? policy : Common;
    }
}
