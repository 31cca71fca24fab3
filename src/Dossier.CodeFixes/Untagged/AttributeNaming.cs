using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.CodeFixes.Untagged;

/// <summary>
/// How to write Dossier's names where the fix puts them: short when <c>Dossier</c> is imported, short with a
/// new <c>using Dossier;</c> when nothing else goes by those names, and <c>global::Dossier.</c>-qualified when
/// the user has names of their own that would clash.
/// </summary>
internal sealed class AttributeNaming
{
    private readonly string _prefix;

    private AttributeNaming(string prefix, bool needsUsing)
    {
        _prefix = prefix;
        NeedsUsing = needsUsing;
    }

    /// <summary>Whether the document needs <c>using Dossier;</c> for the short names to resolve.</summary>
    public bool NeedsUsing { get; }

    public static AttributeNaming For(SemanticModel model, int position, bool tag)
    {
        var names = tag
            ? new[] { "PersonalDataAttribute", "PersonalData", "DataCategory" }
            : new[] { "NotPersonalDataAttribute", "NotPersonalData" };
        var allDossier = true;
        var noneVisible = true;
        foreach (var name in names)
        {
            var found = model.LookupNamespacesAndTypes(position, name: name);
            noneVisible &= found.IsEmpty;
            var isDossier = found.Length == 1 && found[0].ToDisplayString() == "Dossier." + name;

            // "PersonalData" itself is not a type; it must resolve to nothing so that C# finds PersonalDataAttribute.
            allDossier &= name.EndsWith("Attribute", System.StringComparison.Ordinal) || name == "DataCategory" ? isDossier : found.IsEmpty;
        }

        if (allDossier)
        {
            return new AttributeNaming(string.Empty, needsUsing: false);
        }

        return noneVisible
            ? new AttributeNaming(string.Empty, needsUsing: true)
            : new AttributeNaming("global::Dossier.", needsUsing: false);
    }

    /// <summary><c>PersonalData(DataCategory.X)</c>.</summary>
    public AttributeSyntax PersonalData(string category) =>
        SyntaxFactory.Attribute(
            SyntaxFactory.ParseName(_prefix + "PersonalData"),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.AttributeArgument(SyntaxFactory.ParseExpression(_prefix + "DataCategory." + category)))));

    /// <summary><c>NotPersonalData</c>.</summary>
    public AttributeSyntax NotPersonalData() => SyntaxFactory.Attribute(SyntaxFactory.ParseName(_prefix + "NotPersonalData"));
}

/// <summary>Puts an attribute list and a using directive into existing code, keeping its layout.</summary>
internal static class AttributePlacement
{
    /// <summary>Adds <paramref name="attribute"/> as the first attribute list of a property, field or parameter.</summary>
    public static SyntaxNode Add(SyntaxNode node, AttributeSyntax attribute, string newLine)
    {
        var leading = node.GetLeadingTrivia();

        // A member on a line of its own gets the attribute on the line above; one written inline, like a
        // positional parameter or a one-line class, gets it in front.
        var ownLine = node is not ParameterSyntax && leading.Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(ownLine ? SyntaxFactory.EndOfLine(newLine) : SyntaxFactory.Space);
        var rest = ownLine ? Indentation(leading) : SyntaxFactory.TriviaList();
        switch (node)
        {
            case ParameterSyntax parameter:
                parameter = parameter.WithLeadingTrivia(rest);
                return parameter.WithAttributeLists(parameter.AttributeLists.Insert(0, list));
            case PropertyDeclarationSyntax property:
                property = property.WithLeadingTrivia(rest);
                return property.WithAttributeLists(property.AttributeLists.Insert(0, list));
            case FieldDeclarationSyntax field:
                field = field.WithLeadingTrivia(rest);
                return field.WithAttributeLists(field.AttributeLists.Insert(0, list));
            default:
                return node;
        }
    }

    /// <summary>Adds <c>using Dossier;</c> after the <c>System</c> usings, in order among the rest.</summary>
    public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string newLine)
    {
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("Dossier"))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
        var usings = unit.Usings;
        if (usings.Count == 0)
        {
            // Keep a file header above the new using, and a blank line below it.
            directive = directive.WithLeadingTrivia(unit.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine), SyntaxFactory.EndOfLine(newLine));
            return unit.WithoutLeadingTrivia().WithUsings(usings.Add(directive));
        }

        var index = 0;
        while (index < usings.Count && Before(usings[index]))
        {
            index++;
        }

        if (index == 0)
        {
            directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
            usings = usings.Replace(usings[0], usings[0].WithoutLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    // Whether an existing using stays before "using Dossier;": System usings first, then alphabetical.
    private static bool Before(UsingDirectiveSyntax existing)
    {
        if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name is null)
        {
            return false;
        }

        var name = existing.Name.ToString();
        return name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal) ||
            string.CompareOrdinal(name, "Dossier") < 0;
    }

    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var afterLastLine = leading.Reverse().TakeWhile(trivia => !trivia.IsKind(SyntaxKind.EndOfLineTrivia)).Reverse();
        return SyntaxFactory.TriviaList(afterLastLine.Where(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)));
    }
}
