using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Inventory;
using Dossier.Generators.Model;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Analyzers.Approval;

/// <summary>
/// PII009, the privacy review gate: compares the personal data the code holds with the approved inventory
/// committed beside it (<c>PersonalData.approved.json</c>, passed as an AdditionalFiles item). It builds the
/// current entries with the generator's own parser and inventory builder, so the gate and the inventory agree.
/// The gate is active when the approved file is there, or when <c>DossierRequireApprovedInventory</c> is true;
/// while <c>DossierApprove</c> rewrites the file it stays silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApprovedInventoryAnalyzer : DossierAnalyzer
{
    /// <summary>The approved file's default name; any AdditionalFiles item with this name is read.</summary>
    public const string DefaultFileName = "PersonalData.approved.json";

    /// <summary>Item metadata Dossier.targets sets on the approved file, whatever its name.</summary>
    public const string FileMetadata = "build_metadata.AdditionalFiles.DossierApprovedInventory";

    public const string ApproveProperty = "build_property.DossierApprove";
    public const string RequireProperty = "build_property.DossierRequireApprovedInventory";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotApproved);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider;
        if (OptionValues.IsTrue(options.GlobalOptions, ApproveProperty))
        {
            return;
        }

        var file = FindApprovedFile(context.Options);
        if (file is null)
        {
            if (OptionValues.IsTrue(options.GlobalOptions, RequireProperty))
            {
                context.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotApproved, Location.None,
                    $"The project requires an approved personal data inventory (DossierRequireApprovedInventory), but has none; create it with '{ApprovedInventory.ApproveCommand}', review it and commit it")));
            }

            return;
        }

        var parses = CompilationParses.For(context.Compilation);
        var types = new ConcurrentDictionary<string, (TypeModel Model, INamedTypeSymbol Symbol)>(StringComparer.Ordinal);
        context.RegisterSymbolAction(symbol =>
        {
            if (symbol.Symbol is INamedTypeSymbol type && parses.Parse(type, symbol.CancellationToken).Model is { } model)
            {
                types.TryAdd(model.FullName, (model, type));
            }
        }, SymbolKind.NamedType);
        context.RegisterCompilationEndAction(end => Compare(end, file, types));
    }

    private static void Compare(CompilationAnalysisContext context, AdditionalText file, ConcurrentDictionary<string, (TypeModel Model, INamedTypeSymbol Symbol)> types)
    {
        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            Report(context, Location.None, $"The approved inventory '{file.Path}' cannot be read; rewrite it with '{ApprovedInventory.ApproveCommand}'");
            return;
        }

        var approved = ApprovedInventoryReader.Read(text);
        if (!approved.IsValid)
        {
            Report(context, InFile(file, text, approved.ProblemSpan),
                $"The approved inventory '{System.IO.Path.GetFileName(file.Path)}' cannot be read: {approved.Problem}; correct it, or rewrite it with '{ApprovedInventory.ApproveCommand}'");
            return;
        }

        var models = types.Values.Select(type => type.Model).OrderBy(model => model.FullName, StringComparer.Ordinal).ToEquatableArray();
        var inventory = InventoryBuilder.Build(models, AssemblyFactsReader.Read(context.Compilation), projectDirectory: null,
            GapPolicies.Read(context.Compilation, context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken), context.CancellationToken);
        var current = ApprovedInventory.FromDocument(inventory);
        var approvedByKey = new Dictionary<string, ApprovedFileEntry>(StringComparer.Ordinal);
        foreach (var entry in approved.Entries)
        {
            if (approvedByKey.ContainsKey(entry.Facts.Key))
            {
                Report(context, InFile(file, text, entry.Span),
                    $"The approved inventory lists '{entry.Facts.Path}' ({entry.Facts.Type}) twice; remove one, or rewrite the file with '{ApprovedInventory.ApproveCommand}'");
                continue;
            }

            approvedByKey.Add(entry.Facts.Key, entry);
        }

        var currentKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in current)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            currentKeys.Add(entry.Facts.Key);
            var facts = entry.Facts;
            if (!approvedByKey.TryGetValue(facts.Key, out var approvedEntry))
            {
                Report(context, MemberLocation(types, entry),
                    $"'{facts.Path}' holds personal data ({facts.Category}) that the approved inventory does not list; have it reviewed and approve it with '{ApprovedInventory.ApproveCommand}'");
            }
            else if (ApprovalDifferences.Between(approvedEntry.Facts, facts) is { Count: > 0 } differences)
            {
                Report(context, MemberLocation(types, entry),
                    $"'{facts.Path}' differs from the approved inventory: {string.Join("; ", differences)}; have the change reviewed and approve it with '{ApprovedInventory.ApproveCommand}'");
            }
        }

        foreach (var entry in approved.Entries.Where(entry => !currentKeys.Contains(entry.Facts.Key) && ReferenceEquals(approvedByKey[entry.Facts.Key], entry)))
        {
            Report(context, InFile(file, text, entry.Span),
                $"The approved inventory lists '{entry.Facts.Path}' ({entry.Facts.Type}), which the code no longer holds; approve the removal with '{ApprovedInventory.ApproveCommand}'");
        }
    }

    private static AdditionalText? FindApprovedFile(AnalyzerOptions options)
    {
        AdditionalText? byName = null;
        foreach (var file in options.AdditionalFiles)
        {
            if (OptionValues.IsTrue(options.AnalyzerConfigOptionsProvider.GetOptions(file), FileMetadata))
            {
                return file;
            }

            if (byName is null && string.Equals(System.IO.Path.GetFileName(file.Path), DefaultFileName, StringComparison.OrdinalIgnoreCase))
            {
                byName = file;
            }
        }

        return byName;
    }

    /// <summary>
    /// The member's declaration, looked up through the type that holds it and its bases; in the compilation's own
    /// syntax tree, so that <c>#pragma warning disable PII009</c> and <c>[SuppressMessage]</c> apply.
    /// </summary>
    private static Location MemberLocation(ConcurrentDictionary<string, (TypeModel Model, INamedTypeSymbol Symbol)> types, CurrentEntry entry)
    {
        if (!types.TryGetValue(entry.HolderType, out var holder))
        {
            return Location.None;
        }

        for (var type = holder.Symbol; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(entry.Member))
            {
                if (member.Locations.FirstOrDefault(location => location.IsInSource) is { } location)
                {
                    return location;
                }
            }
        }

        return holder.Symbol.Locations.FirstOrDefault(location => location.IsInSource) ?? Location.None;
    }

    private static Location InFile(AdditionalText file, SourceText text, TextSpan span) =>
        Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));

    private static void Report(CompilationAnalysisContext context, Location location, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotApproved, location, message));
}
