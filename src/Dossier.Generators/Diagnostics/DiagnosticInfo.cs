using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Diagnostics;

/// <summary>
/// A diagnostic found while parsing, as plain values. The parser produces these; analyzers turn them into
/// <see cref="Diagnostic"/>s, so the generator and the analyzers agree on what is invalid.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments, EquatableArray<KeyValue> Properties)
{
    /// <summary>
    /// Reported as a warning rather than at the descriptor's default severity: the same rule, where no data is missed
    /// yet (a type the team has not opted in). The project's own severity settings for the rule still win.
    /// </summary>
    public bool AsWarning { get; init; }

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        new(descriptor, LocationInfo.From(location), arguments.ToEquatableArray(), EquatableArray<KeyValue>.Empty);

    public DiagnosticInfo AsWarningIf(bool condition) => condition ? this with { AsWarning = true } : this;

    public DiagnosticInfo WithProperty(string key, string value) =>
        this with { Properties = new EquatableArray<KeyValue>(System.Linq.Enumerable.Append(Properties, new KeyValue(key, value))) };

    /// <summary>
    /// The diagnostic, located in <paramref name="compilation"/>'s own syntax tree where possible, so that
    /// <c>#pragma warning disable</c> and <c>[SuppressMessage]</c> apply to it.
    /// </summary>
    public Diagnostic ToDiagnostic(Compilation? compilation = null)
    {
        var properties = System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var property in Properties)
        {
            properties[property.Key] = property.Value;
        }

        var location = Location?.ToLocation();
        if (compilation is not null && Location is not null)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == Location.FilePath)
                {
                    location = Microsoft.CodeAnalysis.Location.Create(tree, Location.Span);
                    break;
                }
            }
        }

        return AsWarning
            ? Diagnostic.Create(Descriptor, location, DiagnosticSeverity.Warning, additionalLocations: null, properties.ToImmutable(), Arguments.ToObjectArray())
            : Diagnostic.Create(Descriptor, location, properties.ToImmutable(), Arguments.ToObjectArray());
    }
}

/// <summary>A key and a value, equatable.</summary>
internal readonly record struct KeyValue(string Key, string Value);

internal static class DiagnosticArguments
{
    public static object?[] ToObjectArray(this EquatableArray<string> arguments)
    {
        var result = new object?[arguments.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = arguments[i];
        }

        return result;
    }
}
