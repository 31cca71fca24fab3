using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Dossier.Generators.Tests.Infrastructure;

/// <summary>
/// The references every test compilation gets: the .NET 10 reference assemblies shipped in a package (so tests
/// download nothing at run time) and the Dossier runtime.
/// </summary>
public static class TestReferences
{
    public static ImmutableArray<MetadataReference> All { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Dossier.PersonalDataAttribute).Assembly.Location))
            .ToImmutableArray();

    /// <summary>Reference assemblies that resolve nothing by themselves; tests add <see cref="All"/> instead.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");
}
