using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dossier.Generators.Tests.Infrastructure;

/// <summary>
/// Options as the compiler hands them to Dossier: global ones (MSBuild properties, <c>build_property.*</c>),
/// per source file (<c>.editorconfig</c> keys) and per additional file (item metadata). Each defaults to the
/// global ones, as a project with one <c>.editorconfig</c> at its root sees them.
/// </summary>
internal sealed class TestOptions(
    ImmutableDictionary<string, string> global,
    ImmutableDictionary<string, string>? perTree = null,
    ImmutableDictionary<string, string>? perAdditionalFile = null) : AnalyzerConfigOptionsProvider
{
    private readonly Values _global = new(global);
    private readonly Values _perTree = new(perTree ?? global);
    private readonly Values _perAdditionalFile = new(perAdditionalFile ?? global);

    /// <summary>MSBuild properties, given without their <c>build_property.</c> prefix.</summary>
    public static TestOptions FromProperties(IEnumerable<KeyValuePair<string, string>> properties) =>
        new(properties.ToImmutableDictionary(pair => "build_property." + pair.Key, pair => pair.Value));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _perTree;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _perAdditionalFile;

    private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>An additional file (<c>AdditionalFiles</c> item) held in memory.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
