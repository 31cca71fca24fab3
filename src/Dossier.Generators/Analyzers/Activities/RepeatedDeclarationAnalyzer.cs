using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Activities;

/// <summary>
/// PII013: two or more members that write the same inline <c>Purpose</c> and <c>LegalBasis</c> are one processing
/// activity written several times. Each is reported, with the others as additional locations and, in its properties,
/// the activity its code fix declares: a name not yet declared, the purpose and legal basis, and the retention and
/// recipients when every member of the group writes the same ones (otherwise each member keeps its own).
/// </summary>
/// <remarks>
/// Members are grouped by purpose (ordinal) and legal basis only. Retention and recipients do not split a group:
/// a member's own retention overrides its activities' and its own recipients add to theirs, so a member that differs
/// keeps what differs and the record stays the same.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RepeatedDeclarationAnalyzer : DossierAnalyzer
{
    /// <summary>The <see cref="Diagnostic.Properties"/> key of the name the fix gives the activity.</summary>
    public const string NameKey = "Name";
    /// <summary>The key of the shared purpose.</summary>
    public const string PurposeKey = "Purpose";
    /// <summary>The key of the shared legal basis, as a <c>LegalBasis</c> member name.</summary>
    public const string LegalBasisKey = "LegalBasis";
    /// <summary>The key of the retention every member of the group writes; absent when they differ or none writes one.</summary>
    public const string RetentionKey = "Retention";
    /// <summary>
    /// The key of the recipients every member of the group writes, in order, separated by <see cref="Separator"/>;
    /// absent when they differ or none writes any.
    /// </summary>
    public const string RecipientsKey = "Recipients";
    /// <summary>Separates the recipients in <see cref="RecipientsKey"/>: a character no recipient name holds in practice.</summary>
    public const char Separator = '\u001F';

    /// <summary>The longest name the fix derives from a purpose; a longer purpose is cut at a word.</summary>
    private const int NameLength = 40;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RepeatedInlineDeclaration);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (context.Compilation.GetTypeByMetadataName(KnownNames.ProcessingActivityAttribute) is null)
        {
            return;
        }

        var members = new ConcurrentBag<InlineDeclaration>();
        context.RegisterSymbolAction(symbol =>
        {
            if (InlineDeclaration.From(symbol.Symbol, symbol.CancellationToken) is { } declaration)
            {
                members.Add(declaration);
            }
        }, SymbolKind.Property, SymbolKind.Field);
        context.RegisterCompilationEndAction(end => Report(end, members));
    }

    private static void Report(CompilationAnalysisContext context, IEnumerable<InlineDeclaration> members)
    {
        var taken = new HashSet<string>(ActivityDeclarations.Read(context.Compilation.Assembly).Select(activity => activity.Name), StringComparer.OrdinalIgnoreCase);
        var groups = members
            .GroupBy(member => (member.Purpose, member.LegalBasis))
            .Where(group => group.Count() > 1)
            .Select(group => group.OrderBy(member => member.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(member => member.Location.SourceSpan.Start).ToList())
            .OrderBy(group => group[0].Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(group => group[0].Location.SourceSpan.Start);
        foreach (var group in groups)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var properties = Properties(group, UniqueName(group[0].Purpose, taken));
            foreach (var member in group)
            {
                var others = group.Where(other => other != member).ToList();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RepeatedInlineDeclaration, member.Location,
                    others.Select(other => other.Location), properties, member.Name, ActivityMessages.List(others.Select(other => other.Name).ToList())));
            }
        }
    }

    private static ImmutableDictionary<string, string?> Properties(List<InlineDeclaration> group, string name)
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(NameKey, name)
            .Add(PurposeKey, group[0].Purpose)
            .Add(LegalBasisKey, EnumNames.LegalBasis(group[0].LegalBasis));
        if (group[0].Retention is { } retention && group.All(member => member.Retention == retention))
        {
            properties = properties.Add(RetentionKey, retention);
        }

        var recipients = group[0].Recipients;
        if (recipients.Count > 0 && recipients.All(recipient => recipient.IndexOf(Separator) < 0) &&
            group.All(member => member.Recipients.SequenceEqual(recipients, StringComparer.Ordinal)))
        {
            properties = properties.Add(RecipientsKey, string.Join(Separator.ToString(), recipients));
        }

        return properties;
    }

    /// <summary>
    /// The name for an activity with <paramref name="purpose"/>: the purpose itself when short, else its first words,
    /// numbered when the name is taken (ignoring case, so it cannot be mistaken for a declared one).
    /// </summary>
    internal static string UniqueName(string purpose, HashSet<string> taken)
    {
        var name = purpose.Trim();
        if (name.Length > NameLength)
        {
            var cut = name.LastIndexOf(' ', NameLength);
            name = (cut > 0 ? name.Substring(0, cut) : name.Substring(0, NameLength)).TrimEnd(',', ';', ':', '.', '-', ' ');
        }

        var candidate = name;
        for (var number = 2; !taken.Add(candidate); number++)
        {
            candidate = name + " " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>A member that states its purpose and legal basis inline, as plain values.</summary>
    private sealed class InlineDeclaration
    {
        private InlineDeclaration(string name, Location location, string purpose, int legalBasis, string? retention, IReadOnlyList<string> recipients)
        {
            Name = name;
            Location = location;
            Purpose = purpose;
            LegalBasis = legalBasis;
            Retention = retention;
            Recipients = recipients;
        }

        public string Name { get; }

        /// <summary>The tagging attribute, where the fix edits.</summary>
        public Location Location { get; }

        public string Purpose { get; }

        public int LegalBasis { get; }

        public string? Retention { get; }

        public IReadOnlyList<string> Recipients { get; }

        /// <summary>
        /// The member's inline declaration, or <c>null</c> when it has none to share: it must state a real purpose (not a
        /// placeholder) and a defined legal basis, in an attribute well-formed enough for the fix to edit.
        /// </summary>
        public static InlineDeclaration? From(ISymbol symbol, System.Threading.CancellationToken cancellationToken)
        {
            if (TaggedMember.From(symbol, cancellationToken) is not { Tag.Source: TagSource.Dossier, IsWellFormed: true, SharesAttributeWithEarlierField: false, Syntax: { } syntax } member ||
                Placeholders.IsUnstated(member.Tag.Purpose) ||
                member.Tag.LegalBasis <= PersonalDataTag.LegalBasisUnspecified || member.Tag.LegalBasis > PersonalDataTag.MaxLegalBasis)
            {
                return null;
            }

            var display = symbol.ContainingType is { } type ? type.Name + "." + symbol.Name : symbol.Name;
            return new InlineDeclaration(display, syntax.GetLocation(), member.Tag.Purpose!, member.Tag.LegalBasis,
                member.HasNamedArgument("Retention") ? member.Tag.Retention : null, member.Tag.Recipients.ToList());
        }
    }
}
