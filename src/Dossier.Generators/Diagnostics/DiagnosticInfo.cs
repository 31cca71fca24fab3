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

    /// <summary>A second place the diagnostic concerns (the declaration a code fix changes), if any.</summary>
    public LocationInfo? AdditionalLocation { get; init; }

    public DiagnosticInfo AsWarningIf(bool condition) => condition ? this with { AsWarning = true } : this;

    public DiagnosticInfo WithAdditionalLocation(Location? location) => this with { AdditionalLocation = LocationInfo.From(location) };

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

        var location = InCompilation(Location, compilation);
        var additional = AdditionalLocation is null ? null : new[] { InCompilation(AdditionalLocation, compilation)! };
        return Diagnostic.Create(Descriptor, location, AsWarning ? DiagnosticSeverity.Warning : Descriptor.DefaultSeverity, additional,
            properties.ToImmutable(), Arguments.ToObjectArray());
    }

    private static Location? InCompilation(LocationInfo? info, Compilation? compilation)
    {
        if (info is null)
        {
            return null;
        }

        if (compilation is not null)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == info.FilePath)
                {
                    return Microsoft.CodeAnalysis.Location.Create(tree, info.Span);
                }
            }
        }

        return info.ToLocation();
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
