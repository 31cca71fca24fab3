using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Analyzers;

/// <summary>
/// A property or field in source that carries a personal-data tag, with the attribute that tags it. A record's
/// positional property is read through its primary-constructor parameter, so each member is seen once.
/// </summary>
internal sealed class TaggedMember
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<ISymbol, TaggedMember?>> s_byCompilation = new();

    private TaggedMember(ISymbol symbol, PersonalDataTag tag, AttributeData? attribute, AttributeSyntax? syntax, Location location)
    {
        Symbol = symbol;
        Tag = tag;
        Attribute = attribute;
        Syntax = syntax;
        Location = location;
    }

    public ISymbol Symbol { get; }

    public PersonalDataTag Tag { get; }

    public AttributeData? Attribute { get; }

    /// <summary>The tagging attribute as written, or <c>null</c> when it cannot be found.</summary>
    public AttributeSyntax? Syntax { get; }

    /// <summary>The member's name where it is declared.</summary>
    public Location Location { get; }

    /// <summary>
    /// Whether the tagging attribute is complete enough to judge: it bound to a constructor, every argument has
    /// a value and the syntax has no errors. Code being typed fails this, and the rules then stay silent.
    /// </summary>
    public bool IsWellFormed =>
        Attribute is { AttributeConstructor: not null } attribute &&
        Syntax is { } syntax && !syntax.ContainsDiagnostics &&
        attribute.ConstructorArguments.All(argument => argument.Kind != TypedConstantKind.Error) &&
        attribute.NamedArguments.All(argument => argument.Value.Kind != TypedConstantKind.Error) &&
        (syntax.ArgumentList?.Arguments.Count ?? 0) == attribute.ConstructorArguments.Length + attribute.NamedArguments.Length;

    /// <summary>
    /// Whether this is a later field of a declaration such as <c>[PersonalData] string a, b;</c>, whose attribute is
    /// the first field's too. Rules about the attribute's arguments report them once, with the first field.
    /// </summary>
    public bool SharesAttributeWithEarlierField =>
        Symbol is IFieldSymbol && Symbol.DeclaringSyntaxReferences.Length > 0 &&
        Symbol.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator &&
        declaration.Variables[0] != declarator;

    /// <summary>
    /// <see cref="From(ISymbol, CancellationToken)"/>, read once per compilation: the rules that look at every property
    /// and field (PII001, PII004, PII008, PII010, PII011 to PII014) ask for the same members, and each member's
    /// attributes and declaration are read for the first to ask. Held weakly: the answers go with the compilation.
    /// </summary>
    public static TaggedMember? From(ISymbol symbol, Compilation compilation, CancellationToken cancellationToken)
    {
        if (symbol is not (IPropertySymbol or IFieldSymbol))
        {
            return null;
        }

        var members = s_byCompilation.GetValue(compilation, _ => new ConcurrentDictionary<ISymbol, TaggedMember?>(SymbolEqualityComparer.Default));
        return members.TryGetValue(symbol, out var known) ? known : members.GetOrAdd(symbol, From(symbol, cancellationToken));
    }

    public static TaggedMember? From(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol is not (IPropertySymbol or IFieldSymbol) || symbol.IsImplicitlyDeclared || symbol.Name.Length == 0 ||
            symbol.Locations.FirstOrDefault(location => location.IsInSource) is not { } location)
        {
            return null;
        }

        if (PartialProperties.IsImplementationPart(symbol, cancellationToken) || AttributeReader.ReadTag(symbol, out var attribute) is not { } tag)
        {
            return null;
        }

        var syntax = attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        return new TaggedMember(symbol, tag, attribute, syntax, location);
    }

    /// <summary>Whether the tag states the named argument at all, whatever its value.</summary>
    public bool HasNamedArgument(string name) => Attribute is { } attribute && attribute.NamedArguments.Any(argument => argument.Key == name);

    /// <summary>Where the named argument is written, or the attribute when it is not.</summary>
    public Location ArgumentLocation(string name) =>
        NamedArgumentSyntax(name)?.GetLocation() ?? Syntax?.GetLocation() ?? Location;

    public AttributeArgumentSyntax? NamedArgumentSyntax(string name) =>
        Syntax?.ArgumentList?.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == name);

    /// <summary>Where the category argument is written, or the attribute when it is not.</summary>
    public Location CategoryLocation() =>
        Syntax?.ArgumentList?.Arguments.FirstOrDefault(argument => argument.NameEquals is null)?.GetLocation()
        ?? Syntax?.GetLocation() ?? Location;
}
