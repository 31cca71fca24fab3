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
/// The rules' configuration for every source file of a compilation, as plain values: the project's, and each file that
/// differs from it. Only the distinct policies are kept, so an edit to code leaves the value equal and the inventory
/// cached; an edit to an <c>.editorconfig</c> that changes a verdict changes it.
/// </summary>
internal sealed record GapPolicies(GapPolicy Project, EquatableArray<FilePolicy> Files)
{
    public static GapPolicies Read(Compilation compilation, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var project = GapPolicy.Read(options, tree: null);
        var files = new SortedDictionary<string, FilePolicy>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var policy = GapPolicy.Read(options, tree);
            if (!policy.Equals(project) && !files.ContainsKey(tree.FilePath))
            {
                files.Add(tree.FilePath, new FilePolicy(tree.FilePath, policy));
            }
        }

        return new GapPolicies(project, files.Values.ToEquatableArray());
    }

    /// <summary>Looks the policy of a file up by its path; files without their own policy have the project's.</summary>
    public Func<string?, GapPolicy> Lookup()
    {
        var byPath = Files.ToDictionary(file => file.FilePath, file => file.Policy, StringComparer.Ordinal);
        return path => path is not null && byPath.TryGetValue(path, out var policy) ? policy : Project;
    }
}
