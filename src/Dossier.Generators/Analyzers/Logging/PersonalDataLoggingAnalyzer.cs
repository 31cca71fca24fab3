using System.Collections.Generic;
using System.Collections.Immutable;
using Dossier.Generators.Common;
using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Dossier.Generators.Analyzers.Logging;

/// <summary>
/// PII002: personal data written to a log, the console, debug or trace output, or an exception message,
/// without redaction.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataLoggingAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property set when wrapping the reported value in a redaction call keeps the code compiling.</summary>
    public const string CanRedactProperty = "CanRedact";

    private const string DataClassificationAttribute = KnownNames.DataClassificationAttribute;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.WrittenToLog);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;

        // Without any attribute that can tag a member, nothing is personal data.
        if (compilation.GetTypeByMetadataName(KnownNames.PersonalDataAttribute) is null &&
            compilation.GetTypeByMetadataName(KnownNames.IdentityPersonalDataAttribute) is null &&
            compilation.GetTypeByMetadataName(KnownNames.DataClassificationAttribute) is null)
        {
            return;
        }

        if (LogSinkCatalog.Create(compilation, LoggingOptions.ExtraSinkIds(context.Options, compilation)) is not { } sinks)
        {
            return;
        }

        var flow = new PersonalDataFlow(new PrintedForms());
        context.RegisterOperationAction(c => AnalyzeInvocation(c, sinks, flow), OperationKind.Invocation);
        if (sinks.Exception is { } exception)
        {
            context.RegisterOperationAction(c => AnalyzeCreation(c, exception, flow), OperationKind.ObjectCreation);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, LogSinkCatalog sinks, PersonalDataFlow flow)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (sinks.Describe(invocation) is not { } sink)
        {
            return;
        }

        // The logging generator redacts parameters that carry a data classification.
        var honoursClassification = sinks.IsLoggerMessage(invocation.TargetMethod.OriginalDefinition);
        var leaks = new List<PersonalDataLeak>();
        var reportIdentifiers = LoggingOptions.ReportIdentifiers(context.Options, invocation.Syntax.SyntaxTree);
        var serialized = DestructuresObjects(invocation);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue ||
                (honoursClassification && argument.Parameter is { } parameter && IsClassified(parameter)))
            {
                continue;
            }

            flow.Collect(argument.Value, reportIdentifiers, serialized, leaks);
        }

        Report(context, leaks, sink);
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, INamedTypeSymbol exception, PersonalDataFlow flow)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || !DerivesFrom(type, exception))
        {
            return;
        }

        var leaks = new List<PersonalDataLeak>();
        var reportIdentifiers = LoggingOptions.ReportIdentifiers(context.Options, creation.Syntax.SyntaxTree);
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Name == "message")
            {
                flow.Collect(argument.Value, reportIdentifiers, serialized: false, leaks);
            }
        }

        Report(context, leaks, "the message of " + type.Name);
    }

    // A message template with {@Name} asks Serilog, NLog and the Serilog provider for Microsoft.Extensions.Logging
    // to write the argument's properties one by one instead of calling ToString.
    private static bool DestructuresObjects(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string template } &&
                template.IndexOf("{@", System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(OperationAnalysisContext context, List<PersonalDataLeak> leaks, string sink)
    {
        var reported = new HashSet<Microsoft.CodeAnalysis.Text.TextSpan>();
        foreach (var leak in leaks)
        {
            var syntax = leak.At.Syntax;
            if (!reported.Add(syntax.Span))
            {
                continue;
            }

            var properties = CanRedact(leak.At)
                ? ImmutableDictionary<string, string?>.Empty.Add(CanRedactProperty, "true")
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.WrittenToLog,
                syntax.GetLocation(),
                properties,
                leak.IsObject ? "Object" : "Member",
                leak.Name,
                EnumNames.Category(leak.Category),
                sink));
        }
    }

    // PersonalDataRedaction.Redact returns a string: it can replace a string anywhere, and any other value
    // where the value is only turned into text (boxed into an object argument, interpolated, concatenated).
    private static bool CanRedact(IOperation value)
    {
        if (value.IsImplicit || value.Type is null || value.Type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (value.Type.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        return value.Parent switch
        {
            IConversionOperation conversion => conversion.Type?.SpecialType is SpecialType.System_Object or SpecialType.System_String,
            IInterpolationOperation => true,
            IBinaryOperation binary => binary.Type?.SpecialType == SpecialType.System_String,
            _ => false,
        };
    }

    private static bool IsClassified(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (AttributeReader.InheritsFrom(attribute.AttributeClass, DataClassificationAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var depth = 0; type is not null && depth < 64; depth++, type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
