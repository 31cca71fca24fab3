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
/// The compilation's <c>[assembly: Recipient]</c> and <c>[assembly: DataController]</c> declarations, read once
/// per compilation: the recipient names members may use, and the PII008 problems in the declarations themselves,
/// reported with the syntax tree that holds them.
/// </summary>
internal sealed class AssemblyDeclarations
{
    private readonly ImmutableArray<Diagnostic> problems;

    private AssemblyDeclarations(ImmutableArray<string>? recipientNames, ImmutableArray<Diagnostic> problems)
    {
        RecipientNames = recipientNames;
        this.problems = problems;
    }

    /// <summary>The declared recipient names, in declaration order; <c>null</c> when the runtime has no RecipientAttribute.</summary>
    public ImmutableArray<string>? RecipientNames { get; }

    public static AssemblyDeclarations Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var knowsRecipients = compilation.GetTypeByMetadataName(KnownNames.RecipientAttribute) is not null;
        var names = ImmutableArray.CreateBuilder<string>();
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
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
            var nameLocation = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null)?.GetLocation() ?? syntax.GetLocation();
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
        }

        return new AssemblyDeclarations(knowsRecipients ? names.ToImmutable() : null, problems.ToImmutable());
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

    private static void CheckNamedArguments(AttributeData attribute, AttributeSyntax syntax, ImmutableArray<Diagnostic>.Builder problems)
    {
        foreach (var named in attribute.NamedArguments)
        {
            var location = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == named.Key)?.GetLocation() ?? syntax.GetLocation();
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
