using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Dossier.Generators.Analyzers.Logging;

/// <summary>
/// Follows a value written to a sink back to the personal data it carries: tagged members read directly or
/// through interpolation, concatenation, formatting, <c>ToString()</c>, string methods and locals assigned earlier
/// in the same method, and whole objects whose printed form shows personal data. Values that identify no one
/// (lengths, counts, null checks, other booleans) and values passed through a redactor carry nothing.
/// </summary>
internal sealed class PersonalDataFlow
{
    private const string Redactor = "Microsoft.Extensions.Compliance.Redaction.Redactor";
    private const string DossierRedaction = "Dossier.Redaction.PersonalDataRedaction";

    // Deep enough for any hand-written expression; deeper trees (generated concatenations) are cut off rather
    // than risk the stack.
    private const int MaxDepth = 64;

    private readonly PrintedForms printedForms;

    public PersonalDataFlow(PrintedForms printedForms) => this.printedForms = printedForms;

    /// <summary>Adds to <paramref name="leaks"/> every personal value that <paramref name="value"/> writes out.</summary>
    /// <param name="serialized">Whether objects are written property by property (Serilog's <c>{@Name}</c>), not through <c>ToString</c>.</param>
    public void Collect(IOperation value, bool reportIdentifiers, bool serialized, List<PersonalDataLeak> leaks) =>
        new Walk(this, reportIdentifiers) { Serialized = serialized }.Visit(value, printed: true, 0, leaks);

    /// <summary>Whether the method turns its arguments into JSON: every public property, personal or not.</summary>
    private static bool IsSerializer(IMethodSymbol method) =>
        method.Name.StartsWith("Serialize", System.StringComparison.Ordinal) && method.ContainingType is { } type &&
        (AttributeReader.Is(type, "System.Text.Json.JsonSerializer") || AttributeReader.Is(type, "Newtonsoft.Json.JsonConvert"));

    /// <summary>Whether the method only ever returns a redacted form of its arguments.</summary>
    public static bool IsRedaction(IMethodSymbol method) =>
        method.ContainingType is { } type && (AttributeReader.InheritsFrom(type, Redactor) || AttributeReader.Is(type, DossierRedaction));

    private sealed class Walk
    {
        private readonly PersonalDataFlow owner;
        private readonly bool reportIdentifiers;
        private readonly HashSet<ILocalSymbol> visitingLocals = new(SymbolEqualityComparer.Default);

        public bool Serialized { get; set; }

        public Walk(PersonalDataFlow owner, bool reportIdentifiers)
        {
            this.owner = owner;
            this.reportIdentifiers = reportIdentifiers;
        }

        /// <param name="printed">Whether the value is turned into text here, so a whole object's printed form counts too.</param>
        public void Visit(IOperation? operation, bool printed, int depth, List<PersonalDataLeak> leaks)
        {
            if (operation is null || depth > MaxDepth || operation.ConstantValue.HasValue)
            {
                return;
            }

            depth++;
            switch (operation)
            {
                case IConversionOperation conversion:
                    Visit(conversion.Operand, printed, depth, leaks);
                    break;
                case IPropertyReferenceOperation property:
                    VisitMember(property, property.Property, property.Instance, printed, depth, leaks);
                    break;
                case IFieldReferenceOperation field:
                    VisitMember(field, field.Field, field.Instance, printed, depth, leaks);
                    break;
                case IParameterReferenceOperation parameter:
                    VisitMember(parameter, parameter.Parameter, null, printed, depth, leaks);
                    break;
                case ILocalReferenceOperation local:
                    VisitLocal(local, printed, depth, leaks);
                    break;
                case IArrayElementReferenceOperation element:
                    VisitDerived(element, new[] { element.ArrayReference }, printed, depth, leaks);
                    break;
                case IInstanceReferenceOperation:
                    VisitObject(operation, printed, leaks);
                    break;
                case IInterpolatedStringHandlerCreationOperation handler:
                    Visit(handler.Content, printed, depth, leaks);
                    break;
                case IInterpolatedStringOperation interpolated:
                    VisitInterpolation(interpolated, depth, leaks);
                    break;
                case IBinaryOperation binary:
                    VisitBinary(binary, depth, leaks);
                    break;
                case IUnaryOperation unary:
                    VisitDerived(unary, new[] { unary.Operand }, printed, depth, leaks);
                    break;
                case ICoalesceOperation coalesce:
                    Visit(coalesce.Value, printed, depth, leaks);
                    Visit(coalesce.WhenNull, printed, depth, leaks);
                    break;
                case IConditionalOperation conditional:
                    Visit(conditional.WhenTrue, printed, depth, leaks);
                    Visit(conditional.WhenFalse, printed, depth, leaks);
                    break;
                case IConditionalAccessOperation conditionalAccess:
                    Visit(conditionalAccess.WhenNotNull, printed, depth, leaks);
                    break;
                case IConditionalAccessInstanceOperation:
                    Visit(ConditionalAccessReceiver(operation), printed, depth, leaks);
                    break;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        Visit(arm.Value, printed, depth, leaks);
                    }

                    break;
                case IInvocationOperation invocation:
                    VisitInvocation(invocation, printed, depth, leaks);
                    break;
                case IObjectCreationOperation creation:
                    VisitObject(creation, printed, leaks);
                    break;
                case IAnonymousObjectCreationOperation anonymous:
                    // An anonymous type's ToString prints every property.
                    foreach (var initializer in anonymous.Initializers)
                    {
                        Visit(initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer, printed: true, depth, leaks);
                    }

                    break;
                case ISimpleAssignmentOperation assignment:
                    Visit(assignment.Value, printed, depth, leaks);
                    break;
                case IAwaitOperation awaited:
                    VisitDerived(awaited, new[] { awaited.Operation }, printed, depth, leaks);
                    break;
                case IDelegateCreationOperation or IAnonymousFunctionOperation or IPatternOperation or IIsPatternOperation
                    or IIsTypeOperation or IThrowOperation or ITypeOfOperation or IDefaultValueOperation
                    or INameOfOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation:
                    break;
                default:
                    // Arrays (params object[]), collection expressions, tuples and the like carry what their parts carry.
                    foreach (var child in operation.ChildOperations)
                    {
                        Visit(child, printed, depth, leaks);
                    }

                    break;
            }
        }

        private void VisitMember(IOperation reference, ISymbol member, IOperation? instance, bool printed, int depth, List<PersonalDataLeak> leaks)
        {
            if (AttributeReader.ReadTag(member) is { } tag)
            {
                if (PrintedForms.Counts(tag, reportIdentifiers))
                {
                    leaks.Add(new PersonalDataLeak(reference, member.Name, tag.Category, IsObject: false));
                }

                return;
            }

            // An untagged member of a personal value (an indexer, Value of a nullable, a field of a tagged struct)
            // is personal too, unless it is a length, a count or a flag.
            VisitDerived(reference, new[] { member.IsStatic ? null : instance }, printed, depth, leaks);
        }

        private void VisitLocal(ILocalReferenceOperation reference, bool printed, int depth, List<PersonalDataLeak> leaks)
        {
            if (visitingLocals.Add(reference.Local))
            {
                var carried = new List<PersonalDataLeak>();
                foreach (var (definition, kind) in LocalDefinitions.Before(reference))
                {
                    if (kind == LocalDefinitionKind.Element)
                    {
                        VisitDerived(definition, new[] { definition }, printed: false, depth, carried);
                    }
                    else
                    {
                        Visit(definition, printed: kind == LocalDefinitionKind.Appended, depth, carried);
                    }
                }

                visitingLocals.Remove(reference.Local);
                if (carried.Count > 0)
                {
                    // Point at the local in the sink: that is where the personal value leaves the method.
                    leaks.Add(carried[0].MovedTo(reference));
                    return;
                }
            }

            VisitObject(reference, printed, leaks);
        }

        private void VisitInterpolation(IInterpolatedStringOperation interpolated, int depth, List<PersonalDataLeak> leaks)
        {
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolationOperation hole:
                        Visit(hole.Expression, printed: true, depth, leaks);
                        break;
                    case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append }
                        when append.TargetMethod.Name == "AppendFormatted":
                        foreach (var argument in append.Arguments)
                        {
                            Visit(argument.Value, printed: true, depth, leaks);
                        }

                        break;
                }
            }
        }

        private void VisitBinary(IBinaryOperation binary, int depth, List<PersonalDataLeak> leaks)
        {
            if (binary.Type?.SpecialType == SpecialType.System_String)
            {
                // Concatenation calls ToString on both sides.
                Visit(binary.LeftOperand, printed: true, depth, leaks);
                Visit(binary.RightOperand, printed: true, depth, leaks);
                return;
            }

            VisitDerived(binary, new[] { binary.LeftOperand, binary.RightOperand }, printed: false, depth, leaks);
        }

        private void VisitInvocation(IInvocationOperation invocation, bool printed, int depth, List<PersonalDataLeak> leaks)
        {
            var method = invocation.TargetMethod;
            if (IsRedaction(method))
            {
                return;
            }

            if (method.Name == "ToString" && invocation.Instance is { } receiver)
            {
                Visit(receiver, printed: true, depth, leaks);
                return;
            }

            // What the method works on (its receiver, the this-argument of an extension, the results of lambdas)
            // flows into its result; other arguments only when the result is text built from them or a value of
            // the same kind (Math.Round(salary)). A lookup by email returns a record id, not the email.
            var before = leaks.Count;
            var worksOn = new List<PersonalDataLeak>();
            var passed = new List<PersonalDataLeak>();
            var wasSerialized = Serialized;
            Serialized |= IsSerializer(method);
            Visit(invocation.Instance, printed: false, depth, worksOn);
            var formats = method.ReturnType.SpecialType == SpecialType.System_String;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (argument.Value is IDelegateCreationOperation or IAnonymousFunctionOperation)
                {
                    foreach (var returned in LambdaResults(argument.Value))
                    {
                        Visit(returned, printed: false, depth, worksOn);
                    }
                }
                else if (method.IsExtensionMethod && argument.Parameter?.Ordinal == 0)
                {
                    Visit(argument.Value, printed: false, depth, worksOn);
                }
                else
                {
                    // string.Format, string.Join, Convert.ToString and their kind print object arguments.
                    var argumentLeaks = new List<PersonalDataLeak>();
                    Visit(argument.Value, printed: formats && (Serialized || TakesAnything(argument.Parameter)), depth, argumentLeaks);
                    if (argumentLeaks.Count > 0 && (formats || SameKind(invocation.Type, argument.Value)))
                    {
                        passed.AddRange(argumentLeaks);
                    }
                }
            }

            Serialized = wasSerialized;
            if (worksOn.Count > 0 && CarriesData(invocation.Type, worksOn))
            {
                leaks.AddRange(worksOn);
            }

            if (passed.Count > 0 && CarriesData(invocation.Type, passed))
            {
                leaks.AddRange(passed);
            }

            if (leaks.Count == before)
            {
                VisitObject(invocation, printed, leaks);
            }
        }

        // A value computed from personal data: kept when its type can still hold the data. When its inputs carry
        // nothing, the value may still be an object whose printed form shows personal data.
        private void VisitDerived(IOperation result, IOperation?[] inputs, bool printed, int depth, List<PersonalDataLeak> leaks)
        {
            var carried = new List<PersonalDataLeak>();
            foreach (var input in inputs)
            {
                Visit(input, printed: false, depth, carried);
            }

            if (carried.Count > 0 && CarriesData(result.Type, carried))
            {
                leaks.AddRange(carried);
            }
            else
            {
                VisitObject(result, printed, leaks);
            }
        }

        private void VisitObject(IOperation value, bool printed, List<PersonalDataLeak> leaks)
        {
            if (printed && owner.printedForms.Find(value.Type, reportIdentifiers, Serialized) is { } member)
            {
                leaks.Add(new PersonalDataLeak(value, member.TypeName, member.Category, IsObject: true));
            }
        }

        // A flag says nothing about the person, and a count or index taken from text or a collection (Length,
        // Count(), IndexOf) does not either; a number taken from anything else (a salary rounded, the year of a
        // birth date) still does.
        private static bool CarriesData(ITypeSymbol? result, List<PersonalDataLeak> inputs)
        {
            if (result is null)
            {
                return true;
            }

            if (result.SpecialType == SpecialType.System_Boolean)
            {
                return false;
            }

            return !IsCount(result) || !inputs.All(input => IsTextOrCollection(input.At.Type));
        }

        private static bool SameKind(ITypeSymbol? result, IOperation argument)
        {
            var type = argument is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Type : argument.Type;
            return result is not null && type is not null &&
                   (SymbolEqualityComparer.Default.Equals(result, type) || (IsNumber(result) && IsNumber(type)));
        }

        private static bool IsCount(ITypeSymbol type) =>
            type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32
                or SpecialType.System_UInt64 or SpecialType.System_Int16 or SpecialType.System_UInt16;

        private static bool IsTextOrCollection(ITypeSymbol? type) =>
            type is not null && (type.SpecialType == SpecialType.System_String || type is IArrayTypeSymbol ||
                                 type.AllInterfaces.Any(implemented => implemented.SpecialType == SpecialType.System_Collections_IEnumerable));

        private static bool IsNumber(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type is not null && (IsCount(type) || type.SpecialType is SpecialType.System_Decimal or SpecialType.System_Double
                or SpecialType.System_Single or SpecialType.System_Byte or SpecialType.System_SByte);
        }

        private static bool TakesAnything(IParameterSymbol? parameter)
        {
            var type = parameter?.OriginalDefinition.Type;
            return type switch
            {
                null => false,
                IArrayTypeSymbol array => array.ElementType.SpecialType == SpecialType.System_Object || array.ElementType is ITypeParameterSymbol,
                ITypeParameterSymbol => true,
                INamedTypeSymbol named => named.SpecialType == SpecialType.System_Object ||
                                          named.TypeArguments.Any(argument => argument is ITypeParameterSymbol),
                _ => false,
            };
        }

        private static IEnumerable<IOperation> LambdaResults(IOperation value)
        {
            var function = value is IDelegateCreationOperation creation ? creation.Target as IAnonymousFunctionOperation : value as IAnonymousFunctionOperation;
            if (function?.Body is null)
            {
                return Enumerable.Empty<IOperation>();
            }

            return function.Body.Descendants().OfType<IReturnOperation>()
                .Select(returned => returned.ReturnedValue)
                .Where(returned => returned is not null)!;
        }

        private static IOperation? ConditionalAccessReceiver(IOperation instance)
        {
            for (var current = instance.Parent; current is not null; current = current.Parent)
            {
                if (current is IConditionalAccessOperation access && !access.Operation.Descendants().Contains(instance))
                {
                    return access.Operation;
                }
            }

            return null;
        }
    }
}
