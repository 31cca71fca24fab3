using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Dossier.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// PII008 for argument values: an undefined enum value, a blank purpose, a retention that is not an ISO 8601
/// duration, <c>Erasure.Retain</c> without a reason (or a reason without <c>Retain</c>), an undeclared
/// recipient, and blank or repeated names in <c>[assembly: Recipient]</c> and <c>[assembly: DataController]</c>.
/// Every PII008 is reported here: whether an erasure strategy suits the member's type is decided where the generator
/// reads the type (the shared parse), and reported with the rest.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidArgumentAnalyzer : DossierAnalyzer
{
    /// <summary>The <see cref="Diagnostic.Properties"/> key naming what is wrong, for the code fixes.</summary>
    public const string ProblemKey = "Problem";

    /// <summary>The <see cref="Diagnostic.Properties"/> key holding the ISO 8601 form of a retention, when one can be derived.</summary>
    public const string SuggestionKey = "Suggestion";

    /// <summary><see cref="ProblemKey"/> value: the retention is not an ISO 8601 duration.</summary>
    public const string RetentionNotIso = "RetentionNotIso";
    /// <summary><see cref="ProblemKey"/> value: <c>Erasure.Retain</c> without a stated reason.</summary>
    public const string RetainWithoutReason = "RetainWithoutReason";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidArgument);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var declarations = AssemblyDeclarations.Read(context.Compilation, context.CancellationToken);
        context.RegisterSymbolAction(symbol => AnalyzeMember(symbol, declarations), SymbolKind.Property, SymbolKind.Field);
        context.RegisterSemanticModelAction(model => declarations.Report(model));
        var parses = CompilationParses.For(context.Compilation);
        context.RegisterSymbolAction(symbol => parses.Report(symbol, id => id == DiagnosticDescriptors.InvalidArgument.Id), SymbolKind.NamedType);
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, AssemblyDeclarations declarations)
    {
        if (TaggedMember.From(context.Symbol, context.CancellationToken) is not { Tag.Source: TagSource.Dossier, IsWellFormed: true, SharesAttributeWithEarlierField: false } member)
        {
            return;
        }

        var tag = member.Tag;
        var name = member.Symbol.Name;
        void Report(Location location, string message, ImmutableDictionary<string, string?>? properties = null) =>
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidArgument, location, properties, message));

        if (tag.Category < 0 || tag.Category > PersonalDataTag.MaxCategory)
        {
            Report(member.CategoryLocation(), InvalidArgumentMessages.UndefinedEnum("DataCategory", tag.Category, InvalidArgumentMessages.CategoryInstead));
        }

        if (tag.LegalBasis < 0 || tag.LegalBasis > PersonalDataTag.MaxLegalBasis)
        {
            Report(member.ArgumentLocation("LegalBasis"), InvalidArgumentMessages.UndefinedEnum("LegalBasis", tag.LegalBasis, InvalidArgumentMessages.LegalBasisInstead));
        }

        if (member.HasNamedArgument("Purpose") && string.IsNullOrWhiteSpace(tag.Purpose))
        {
            Report(member.ArgumentLocation("Purpose"), InvalidArgumentMessages.BlankPurpose(name, tag.Purpose));
        }

        CheckRetention(member, context.Options, Report);
        CheckErasure(member, Report);
        CheckRecipients(member, declarations.RecipientNames, Report);
    }

    private static void CheckRetention(TaggedMember member, AnalyzerOptions options, Action<Location, string, ImmutableDictionary<string, string?>?> report)
    {
        var retention = member.Tag.Retention;
        if (!member.HasNamedArgument("Retention") || Iso8601Duration.IsValid(retention))
        {
            return;
        }

        // PII004 already asks for a real retention where one is required; a second, build-breaking report of the
        // placeholder that PII004's fix inserted would punish using the fix.
        if (retention == Placeholders.Retention &&
            (DeclarationOptions.RequiredFields(options.AnalyzerConfigOptionsProvider, member.Location.SourceTree) & RequiredFields.Retention) != 0)
        {
            return;
        }

        var location = member.ArgumentLocation("Retention");
        if (string.IsNullOrWhiteSpace(retention))
        {
            report(location, InvalidArgumentMessages.BlankRetention(member.Symbol.Name, retention), null);
            return;
        }

        var suggestion = Iso8601Duration.Suggest(retention);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(ProblemKey, RetentionNotIso);
        if (suggestion is not null)
        {
            properties = properties.Add(SuggestionKey, suggestion);
        }

        report(location, InvalidArgumentMessages.RetentionNotIso(member.Symbol.Name, retention!, suggestion), properties);
    }

    private static void CheckErasure(TaggedMember member, Action<Location, string, ImmutableDictionary<string, string?>?> report)
    {
        var tag = member.Tag;
        if (tag.Erasure < 0 || tag.Erasure > PersonalDataTag.MaxErasure)
        {
            report(member.ArgumentLocation("Erasure"), InvalidArgumentMessages.UndefinedEnum("Erasure", tag.Erasure, InvalidArgumentMessages.ErasureInstead), null);
        }
        else if (tag.Erasure == PersonalDataTag.ErasureRetain && Placeholders.IsUnstated(tag.RetentionReason))
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(ProblemKey, RetainWithoutReason);
            report(member.ArgumentLocation("Erasure"), InvalidArgumentMessages.RetainWithoutReason(member.Symbol.Name), properties);
        }
        else if (tag.Erasure != PersonalDataTag.ErasureRetain && !string.IsNullOrWhiteSpace(tag.RetentionReason))
        {
            report(member.ArgumentLocation("RetentionReason"), InvalidArgumentMessages.ReasonWithoutRetain(member.Symbol.Name, "Erasure." + EnumNames.Erasure(tag.Erasure)), null);
        }
    }

    private static void CheckRecipients(TaggedMember member, ImmutableArray<string>? declared, Action<Location, string, ImmutableDictionary<string, string?>?> report)
    {
        if (!member.Tag.HasRecipientsArgument || declared is not { } names)
        {
            return;
        }

        var elements = RecipientElements(member.NamedArgumentSyntax("Recipients")?.Expression);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < member.Tag.Recipients.Count; i++)
        {
            var recipient = member.Tag.Recipients[i];
            var location = elements.Count == member.Tag.Recipients.Count ? elements[i].GetLocation() : member.ArgumentLocation("Recipients");
            if (!DeclarationPolicy.IsRecipientName(recipient))
            {
                report(location, InvalidArgumentMessages.BlankRecipient(member.Symbol.Name), null);
            }
            else if (DeclarationPolicy.IsUndeclaredRecipient(recipient, names))
            {
                var sameIgnoringCase = names.FirstOrDefault(name => string.Equals(name, recipient, StringComparison.OrdinalIgnoreCase));
                report(location, InvalidArgumentMessages.UndeclaredRecipient(member.Symbol.Name, recipient, sameIgnoringCase, names), null);
            }
            else if (!seen.Add(recipient))
            {
                report(location, InvalidArgumentMessages.RepeatedRecipient(member.Symbol.Name, recipient), null);
            }
        }
    }

    /// <summary>The element expressions of <c>new[] { ... }</c>, <c>new string[] { ... }</c> or <c>[ ... ]</c>.</summary>
    private static IReadOnlyList<SyntaxNode> RecipientElements(ExpressionSyntax? expression) => expression switch
    {
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        CollectionExpressionSyntax collection => collection.Elements,
        _ => Array.Empty<SyntaxNode>(),
    };
}
