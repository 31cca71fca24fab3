using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Benchmarks.RealWorld;

/// <summary>A member of the corpus as the labels name it: the file inside the application's repository, the type, the member.</summary>
[NotPersonalData(Justification = "Names a member of the corpus, not a person")]
public readonly record struct MemberKey(string File, string Type, string Member)
{
    public override string ToString() => $"{File} {Type}.{Member}";
}

/// <summary>
/// Compiles one application's extracted files into one compilation, the same way for the tests and the benchmark
/// command, and names the members in it the way the labels do.
/// </summary>
/// <remarks>
/// Only the .NET reference assemblies and Dossier are referenced: the applications' own dependencies (EF Core,
/// ASP.NET Core, their other projects) are not there, and their types become error types. PII003 reads names,
/// declared types and the types that hold them, so that changes little; a base type from another project is lost.
/// The applications' global usings are added (<see cref="GlobalUsingsPath"/>); with those dependencies absent, a
/// name they would give can bind to a .NET type instead (EF Core's <c>[Index]</c> in Smartstore becomes
/// <c>System.Index</c>, which is not an attribute).
/// </remarks>
public static class CorpusCompilation
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    public static ImmutableArray<MetadataReference> References { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location))
            .ToImmutableArray();

    /// <summary>
    /// The path of the syntax tree that holds an application's global usings. The labels name files inside the
    /// repositories, which never start with '&lt;', and the tree declares no type, so no label can name a member in it.
    /// </summary>
    public const string GlobalUsingsPath = "<global usings>.cs";

    public static CSharpCompilation Compile(CorpusApplication application) =>
        CSharpCompilation.Create(
            "RealWorld." + application.Id,
            application.SourceFiles().Select(file => CSharpSyntaxTree.ParseText(
                    SourceText.From(File.ReadAllText(Path.Combine(application.SourcesDirectory, file)), Encoding.UTF8), ParseOptions, path: file))
                .Concat(GlobalUsings(application)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

    // The global usings the application's own build has (apps.tsv's usings column: the SDK's implicit usings, <Using>
    // items, GlobalUsings.cs files), so that DateTime, Guid or List<T> are the types its developers see, not error types.
    private static IEnumerable<SyntaxTree> GlobalUsings(CorpusApplication application) => application.GlobalUsings.Count == 0
        ? []
        : [CSharpSyntaxTree.ParseText(
            SourceText.From(string.Concat(application.GlobalUsings.Select(name => "global using global::" + name + ";\n")), Encoding.UTF8),
            ParseOptions,
            path: GlobalUsingsPath)];

    /// <summary>
    /// The member whose name is at <paramref name="location"/> (a property's, a field's or a record parameter's
    /// identifier, where PII003 reports), with its 1-based line; null when no member's name is there.
    /// </summary>
    public static (MemberKey Key, int Line)? MemberAt(Location location)
    {
        if (location.SourceTree is not { } tree)
        {
            return null;
        }

        var token = tree.GetRoot().FindToken(location.SourceSpan.Start);
        if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not (PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax))
        {
            return null;
        }

        var types = token.Parent.Ancestors().OfType<BaseTypeDeclarationSyntax>().Reverse().Select(TypeName).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        return (new MemberKey(tree.FilePath, string.Join(".", types), token.ValueText), location.GetLineSpan().StartLinePosition.Line + 1);
    }

    // Generic types keep their type parameters (PagedResult<T>), so that Result and Result<T> in one file stay apart.
    private static string TypeName(BaseTypeDeclarationSyntax declaration) =>
        declaration is TypeDeclarationSyntax { TypeParameterList: { } parameters }
            ? declaration.Identifier.ValueText + "<" + string.Join(",", parameters.Parameters.Select(parameter => parameter.Identifier.ValueText)) + ">"
            : declaration.Identifier.ValueText;
}
