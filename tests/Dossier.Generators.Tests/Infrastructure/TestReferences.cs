using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Dossier.Generators.Tests.Infrastructure;

/// <summary>
/// The references every test compilation gets: the .NET 10 reference assemblies shipped in a package (so tests
/// download nothing at run time), the Dossier runtime, and the two assemblies Dossier interoperates with:
/// Microsoft.Extensions.Compliance.Abstractions (which Dossier's attributes build on from .NET 8) and
/// ASP.NET Core Identity (its <c>[PersonalData]</c> attributes in Identity.Core, <c>IdentityUser</c> in Identity.Stores).
/// </summary>
public static class TestReferences
{
    public static ImmutableArray<MetadataReference> All { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Dossier.PersonalDataAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.AspNetCore.Identity.PersonalDataAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.AspNetCore.Identity.IdentityUser).Assembly.Location))
            .ToImmutableArray();

    /// <summary>Reference assemblies that resolve nothing by themselves; tests add <see cref="All"/> instead.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");
}
