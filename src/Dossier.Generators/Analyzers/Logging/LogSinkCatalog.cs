using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Dossier.Generators.Analyzers.Logging;

/// <summary>
/// The methods whose arguments end up in a log, the console, debug or trace output, resolved by symbol once per
/// compilation. A library the compilation does not reference simply adds no sinks.
/// </summary>
internal sealed class LogSinkCatalog
{
    private const string LoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";

    // Every method of these types writes its arguments somewhere people read. Interfaces also match the
    // classes that implement them, so a call on a concrete logger is a sink too.
    private static readonly (string MetadataName, string Sink)[] KnownSinkTypes =
    {
        ("Microsoft.Extensions.Logging.ILogger", "a log"),
        ("Microsoft.Extensions.Logging.LoggerExtensions", "a log"),
        ("System.Console", "the console"),
        ("System.Diagnostics.Debug", "debug output"),
        ("System.Diagnostics.Trace", "trace output"),
        ("Serilog.ILogger", "a log"),
        ("Serilog.Log", "a log"),
        ("NLog.ILoggerBase", "a log"),
        ("NLog.ILogger", "a log"),
        ("NLog.Logger", "a log"),
        ("log4net.ILog", "a log"),
    };

    private readonly Dictionary<INamedTypeSymbol, string> sinkTypes;
    private readonly HashSet<IMethodSymbol> extraMethods;
    private readonly INamedTypeSymbol? console;
    private readonly INamedTypeSymbol? textWriter;
    private readonly INamedTypeSymbol? loggerMessageAttribute;

    private LogSinkCatalog(
        Dictionary<INamedTypeSymbol, string> sinkTypes,
        HashSet<IMethodSymbol> extraMethods,
        INamedTypeSymbol? console,
        INamedTypeSymbol? textWriter,
        INamedTypeSymbol? loggerMessageAttribute,
        INamedTypeSymbol? exception)
    {
        this.sinkTypes = sinkTypes;
        this.extraMethods = extraMethods;
        this.console = console;
        this.textWriter = textWriter;
        this.loggerMessageAttribute = loggerMessageAttribute;
        Exception = exception;
    }

    /// <summary><c>System.Exception</c>: the message argument of its constructors, and of every derived type's, is a sink.</summary>
    public INamedTypeSymbol? Exception { get; }

    /// <summary>The catalog for <paramref name="compilation"/>, or <c>null</c> when it has no sink at all.</summary>
    public static LogSinkCatalog? Create(Compilation compilation, IEnumerable<string> extraSinkIds)
    {
        var sinkTypes = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
        foreach (var (metadataName, sink) in KnownSinkTypes)
        {
            if (compilation.GetTypeByMetadataName(metadataName) is { } type)
            {
                sinkTypes[type] = sink;
            }
        }

        var extraMethods = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var id in extraSinkIds)
        {
            foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
            {
                if (symbol is IMethodSymbol method)
                {
                    extraMethods.Add(method.OriginalDefinition);
                }
                else if (symbol is INamedTypeSymbol type && !sinkTypes.ContainsKey(type))
                {
                    sinkTypes[type] = "a configured log sink";
                }
            }
        }

        var console = compilation.GetTypeByMetadataName("System.Console");
        var textWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
        var loggerMessageAttribute = compilation.GetTypeByMetadataName(LoggerMessageAttribute);
        var exception = compilation.GetTypeByMetadataName("System.Exception");
        if (sinkTypes.Count == 0 && extraMethods.Count == 0 && loggerMessageAttribute is null && exception is null)
        {
            return null;
        }

        return new LogSinkCatalog(sinkTypes, extraMethods, console, textWriter, loggerMessageAttribute, exception);
    }

    /// <summary>Where the invoked method writes its arguments, in words for the diagnostic; <c>null</c> when it is no sink.</summary>
    public string? Describe(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ReducedFrom is { } reduced)
        {
            method = reduced;
        }

        method = method.OriginalDefinition;
        if (method.ContainingType is not { } type)
        {
            return null;
        }

        var callName = type.Name + "." + method.Name;
        if (extraMethods.Contains(method))
        {
            return "a configured log sink (" + callName + ")";
        }

        if (sinkTypes.TryGetValue(type.OriginalDefinition, out var sink) || ImplementsSinkInterface(type, method.Name, out sink))
        {
            return sink + " (" + callName + ")";
        }

        if (IsLoggerMessage(method))
        {
            return "a log (" + callName + ")";
        }

        if (ConsoleStream(invocation) is { } stream)
        {
            return "the console (Console." + stream + "." + method.Name + ")";
        }

        return null;
    }

    /// <summary>Whether the method is a source-generated logging method, whose parameters may carry data classifications.</summary>
    public bool IsLoggerMessage(IMethodSymbol method) =>
        loggerMessageAttribute is not null &&
        method.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, loggerMessageAttribute));

    private bool ImplementsSinkInterface(INamedTypeSymbol type, string methodName, out string sink)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (sinkTypes.TryGetValue(implemented.OriginalDefinition, out var found) &&
                implemented.GetMembers(methodName).Length > 0)
            {
                sink = found;
                return true;
            }
        }

        sink = string.Empty;
        return false;
    }

    // Console.Out.WriteLine(...) and Console.Error.Write(...): a TextWriter write whose receiver is one of the
    // console's own streams. A writer stored elsewhere first is out of reach of a per-call check.
    private string? ConsoleStream(IInvocationOperation invocation)
    {
        if (console is null || textWriter is null || !invocation.TargetMethod.Name.StartsWith("Write", System.StringComparison.Ordinal))
        {
            return null;
        }

        if (!DerivesFrom(invocation.TargetMethod.ContainingType, textWriter))
        {
            return null;
        }

        var receiver = invocation.Instance;
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property } &&
               SymbolEqualityComparer.Default.Equals(property.ContainingType, console)
            ? property.Name
            : null;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var depth = 0; type is not null && depth < 64; depth++, type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
