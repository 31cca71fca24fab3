using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Analyzers.Declarations;

/// <summary>
/// The compilation's <c>[assembly: Recipient]</c>, <c>[assembly: DataController]</c> and <c>[assembly: ProcessingActivity]</c>
/// declarations, read once per compilation: the recipient and activity names members may use, and the PII008 problems
/// in the declarations themselves, reported with the syntax tree that holds them.
/// </summary>
internal sealed class AssemblyDeclarations
{
    private readonly ImmutableArray<Diagnostic> problems;

    private AssemblyDeclarations(ImmutableArray<string>? recipientNames, ImmutableArray<string>? activityNames, ImmutableArray<Diagnostic> problems)
    {
        RecipientNames = recipientNames;
        ActivityNames = activityNames;
        this.problems = problems;
    }

    /// <summary>The declared recipient names, in declaration order; <c>null</c> when the runtime has no RecipientAttribute.</summary>
    public ImmutableArray<string>? RecipientNames { get; }

    /// <summary>
    /// The processing activities declared in this assembly, in declaration order (<see cref="ActivityDeclarations.Read(IAssemblySymbol)"/>);
    /// <c>null</c> when the runtime has no ProcessingActivityAttribute.
    /// </summary>
    public ImmutableArray<string>? ActivityNames { get; }

    public static AssemblyDeclarations Read(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var knowsRecipients = compilation.GetTypeByMetadataName(KnownNames.RecipientAttribute) is not null;
        var knowsActivities = compilation.GetTypeByMetadataName(KnownNames.ProcessingActivityAttribute) is not null;
        var names = ImmutableArray.CreateBuilder<string>();
        var activityNames = new HashSet<string>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var activities = new List<(AttributeData Attribute, AttributeSyntax Syntax)>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attribute.AttributeClass is not { } type || attribute.AttributeConstructor is null ||
                attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax { ContainsDiagnostics: false } syntax)
            {
                continue;
            }

            var name = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Primitive
                ? attribute.ConstructorArguments[0].Value as string
                : null;
            var nameLocation = NameLocation(syntax);
            if (AttributeReader.Is(type, KnownNames.RecipientAttribute))
            {
                if (!DeclarationPolicy.IsRecipientName(name))
                {
                    problems.Add(Create(nameLocation, InvalidArgumentMessages.BlankRecipientDeclaration()));
                }
                else if (names.Contains(name!, StringComparer.Ordinal))
                {
                    problems.Add(Create(nameLocation, InvalidArgumentMessages.DuplicateRecipientDeclaration(name!)));
                }
                else
                {
                    names.Add(name!);
                }

                CheckNamedArguments(attribute, syntax, problems);
            }
            else if (AttributeReader.Is(type, KnownNames.DataControllerAttribute) && string.IsNullOrWhiteSpace(name))
            {
                problems.Add(Create(nameLocation, InvalidArgumentMessages.BlankController()));
            }
            else if (AttributeReader.Is(type, KnownNames.ProcessingActivityAttribute) && IsWellFormed(attribute))
            {
                activities.Add((attribute, syntax));
            }
        }

        // Activities are checked once every recipient is known: a declaration may name a recipient declared below it.
        foreach (var (attribute, syntax) in activities)
        {
            if (ActivityDeclarations.Read(attribute) is not { } activity)
            {
                continue;
            }

            if (!DeclarationPolicy.IsActivityName(activity.Name))
            {
                problems.Add(Create(NameLocation(syntax), InvalidArgumentMessages.BlankActivityDeclaration()));
            }
            else if (!activityNames.Add(activity.Name))
            {
                problems.Add(Create(NameLocation(syntax), InvalidArgumentMessages.DuplicateActivityDeclaration(activity.Name)));
            }

            CheckActivity(activity, attribute, syntax, knowsRecipients ? names : null, options, problems);
        }

        // The names members may use come from the one reader the generator uses too, so a declaration being edited
        // (not checked above) still declares its name and the members naming it are not reported meanwhile.
        var declared = knowsActivities ? ActivityDeclarations.Read(compilation.Assembly).Select(activity => activity.Name).ToImmutableArray() : (ImmutableArray<string>?)null;
        return new AssemblyDeclarations(knowsRecipients ? names.ToImmutable() : null, declared, problems.ToImmutable());
    }

    public void Report(SemanticModelAnalysisContext context)
    {
        foreach (var problem in problems)
        {
            if (problem.Location.SourceTree == context.SemanticModel.SyntaxTree)
            {
                context.ReportDiagnostic(problem);
            }
        }
    }

    /// <summary>
    /// Whether every argument of a declaration has a value: one being typed (<c>LegalBasis = LegalBasis.</c>) is not
    /// judged yet.
    /// </summary>
    private static bool IsWellFormed(AttributeData attribute) =>
        attribute.ConstructorArguments.All(argument => argument.Kind != TypedConstantKind.Error) &&
        attribute.NamedArguments.All(argument => argument.Value.Kind != TypedConstantKind.Error);

    /// <summary>The PII008 problems in an activity's own arguments, as a member's arguments are checked.</summary>
    private static void CheckActivity(ActivityDeclaration activity, AttributeData attribute, AttributeSyntax syntax, IReadOnlyCollection<string>? recipients,
        AnalyzerOptions options, ImmutableArray<Diagnostic>.Builder problems)
    {
        var subject = InvalidArgumentMessages.Activity(activity.Name);
        void Report(Location location, string message, ImmutableDictionary<string, string?>? properties) =>
            problems.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidArgument, location, properties, message));

        bool Written(string name) => attribute.NamedArguments.Any(argument => argument.Key == name);
        if (Written("Purpose") && string.IsNullOrWhiteSpace(activity.Purpose))
        {
            Report(ArgumentLocation(syntax, "Purpose"), InvalidArgumentMessages.BlankPurpose(subject, activity.Purpose), null);
        }

        if (activity.LegalBasis < 0 || activity.LegalBasis > PersonalDataTag.MaxLegalBasis)
        {
            Report(ArgumentLocation(syntax, "LegalBasis"), InvalidArgumentMessages.UndefinedEnum("LegalBasis", activity.LegalBasis, InvalidArgumentMessages.LegalBasisInstead), null);
        }

        if (Written("Retention"))
        {
            ArgumentChecks.Retention(activity.Retention, subject, ArgumentLocation(syntax, "Retention"), options, syntax.SyntaxTree, Report);
        }

        if (activity.HasRecipientsArgument && recipients is not null)
        {
            var location = ArgumentLocation(syntax, "Recipients");
            var elements = ArgumentChecks.Elements(NamedArgument(syntax, "Recipients")?.Expression);
            ArgumentChecks.Recipients(activity.Recipients, recipients, subject, ArgumentChecks.ElementLocations(elements, activity.Recipients.Count, location), Report);
        }
    }

    private static Location NameLocation(AttributeSyntax syntax) =>
        syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null)?.GetLocation() ?? syntax.GetLocation();

    private static AttributeArgumentSyntax? NamedArgument(AttributeSyntax syntax, string name) =>
        syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);

    private static Location ArgumentLocation(AttributeSyntax syntax, string name) =>
        NamedArgument(syntax, name)?.GetLocation() ?? syntax.GetLocation();

    private static void CheckNamedArguments(AttributeData attribute, AttributeSyntax syntax, ImmutableArray<Diagnostic>.Builder problems)
    {
        foreach (var named in attribute.NamedArguments)
        {
            var location = ArgumentLocation(syntax, named.Key);
            if (named.Key == "Role" && named.Value is { Kind: TypedConstantKind.Enum, Value: int role } &&
                (role < 0 || role >= EnumNames.RecipientRoles.Length))
            {
                problems.Add(Create(location, InvalidArgumentMessages.UndefinedEnum("RecipientRole", role, InvalidArgumentMessages.RoleInstead)));
            }
            else if (named.Key == "Country" && named.Value is { Kind: TypedConstantKind.Primitive, Value: string country } && !IsCountryCode(country))
            {
                problems.Add(Create(location, InvalidArgumentMessages.InvalidCountry(country)));
            }
        }
    }

    /// <summary>An ISO 3166-1 alpha-2 code as the inventory shows it: two capital letters A-Z.</summary>
    private static bool IsCountryCode(string value) =>
        value.Length == 2 && value[0] is >= 'A' and <= 'Z' && value[1] is >= 'A' and <= 'Z';

    private static Diagnostic Create(Location location, string message) =>
        Diagnostic.Create(DiagnosticDescriptors.InvalidArgument, location, message);
}
