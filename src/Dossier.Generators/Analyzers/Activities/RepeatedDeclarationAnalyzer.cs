using System.Collections.Immutable;
using System.Linq;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Activities;

/// <summary>
/// PII013: two or more members that write the same inline <c>Purpose</c> and <c>LegalBasis</c> are one processing
/// activity written several times. Each is reported on its attribute, with the others as additional locations and, in
/// its properties, the activity its code fix declares (<see cref="RepeatedGroup"/>): a name not yet declared, the
/// purpose and legal basis, and the retention and recipients when every member of the group writes the same ones.
/// </summary>
/// <remarks>
/// Members are grouped by purpose (ordinal) and legal basis only. Retention and recipients do not split a group: a
/// member's own retention overrides its activities' and its own recipients add to theirs, so a member that differs
/// keeps what differs and its record stays the same. The groups span the compilation (<see cref="ActivityUses"/>), and
/// each member is reported where it is declared, so the diagnostic and its fix show as the code is typed.
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
    /// <summary>Separates the recipients in <see cref="RecipientsKey"/>: a control character no recipient name holds.</summary>
    public const char Separator = '\u001F';

    /// <summary>
    /// How many of the other members a diagnostic points to, for the IDE to show. A group may hold thousands of members
    /// in a generated or very regular model, and each of them is reported; the code fix reads the whole group from the
    /// compilation (<see cref="ActivityUses.GroupAt"/>), not from the diagnostic.
    /// </summary>
    public const int AdditionalLocations = 10;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RepeatedInlineDeclaration);

    /// <inheritdoc />
    protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (context.Compilation.GetTypeByMetadataName(KnownNames.ProcessingActivityAttribute) is null)
        {
            return;
        }

        context.RegisterSemanticModelAction(Analyze);
    }

    /// <summary>
    /// PII013 on the members whose tagging attributes are written in the model's file. Reported per file rather than
    /// per member: the compilation's groups are read once, when the first file that states a purpose asks, which in a build
    /// is after the compiler has bound the attributes the walk reads; a file that states none asks nothing.
    /// </summary>
    private static void Analyze(SemanticModelAnalysisContext context)
    {
        var tree = context.SemanticModel.SyntaxTree;
        if (!StatesPurpose(tree.GetRoot(context.CancellationToken)))
        {
            return;
        }

        foreach (var (group, self) in ActivityUses.For(context.SemanticModel.Compilation, context.CancellationToken).RepeatedIn(tree))
        {
            var others = group.Members.Where(other => other != self);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RepeatedInlineDeclaration, self.Location,
                others.Take(AdditionalLocations).Select(other => other.Location), group.Properties, self.Name,
                ActivityMessages.List(others.Take(4).Select(other => other.Name).ToList(), group.Members.Count - 1)));
        }
    }

    /// <summary>
    /// Whether an attribute on a type, member or parameter declared in the file writes <c>Purpose = ...</c>: what an
    /// inline declaration needs, read from syntax only, without entering method bodies.
    /// </summary>
    private static bool StatesPurpose(SyntaxNode root) =>
        root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax or
                BaseFieldDeclarationSyntax or BasePropertyDeclarationSyntax or VariableDeclarationSyntax or EnumMemberDeclarationSyntax or
                ParameterListSyntax or ParameterSyntax or AttributeListSyntax or AttributeSyntax or AttributeArgumentListSyntax)
            .Any(node => node is AttributeArgumentSyntax { NameEquals.Name.Identifier.ValueText: "Purpose" });
}
