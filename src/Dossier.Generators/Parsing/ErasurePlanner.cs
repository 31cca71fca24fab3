using Dossier.Generators.Common;
using Dossier.Generators.Model;

namespace Dossier.Generators.Parsing;

/// <summary>
/// Decides what generated erase code does with a member, from its tag, its shape and whether generated code
/// can assign it; or why it cannot (PII005: cannot assign, PII008: strategy unsuited to the type).
/// </summary>
internal static class ErasurePlanner
{
    public static EraseAction Plan(PersonalDataTag? tag, ValueShape shape, string? notWritableReason, out Problem problem)
    {
        problem = Problem.None;
        var writable = notWritableReason is null;
        if (tag is null)
        {
            // A container: erasure reaches into it. A nested value type is erased in a copy that must be stored back.
            if (shape.Kind == ValueKind.NestedValue && shape.Collection == CollectionKind.None && !writable)
            {
                problem = Problem.NotWritable;
                return EraseAction.Unsupported;
            }

            return EraseAction.None;
        }

        switch (tag.Erasure)
        {
            case PersonalDataTag.ErasureRetain:
                return EraseAction.Retain;
            case PersonalDataTag.ErasureDelete:
                return PlanDelete(shape, writable, out problem);
            case PersonalDataTag.ErasureAnonymize:
            case PersonalDataTag.ErasurePseudonymize:
                var pseudonymize = tag.Erasure == PersonalDataTag.ErasurePseudonymize;
                if (!(pseudonymize ? CanPseudonymize(shape) : CanAnonymize(shape)))
                {
                    problem = Problem.StrategyUnsuited;
                    return EraseAction.Unsupported;
                }

                if (shape.Collection == CollectionKind.None)
                {
                    if (!writable)
                    {
                        problem = Problem.NotWritable;
                        return EraseAction.Unsupported;
                    }

                    return pseudonymize ? EraseAction.Pseudonymize : EraseAction.Anonymize;
                }

                if (shape.Collection is CollectionKind.Array or CollectionKind.List && !shape.IsDictionary)
                {
                    return pseudonymize ? EraseAction.PseudonymizeItems : EraseAction.AnonymizeItems;
                }

                problem = Problem.StrategyUnsuited;
                return EraseAction.Unsupported;
            default:
                // Out-of-range strategies are PII008 from the argument checks; generated code leaves the member alone.
                problem = Problem.InvalidStrategy;
                return EraseAction.Unsupported;
        }
    }

    private static EraseAction PlanDelete(ValueShape shape, bool writable, out Problem problem)
    {
        problem = Problem.None;
        switch (shape.Collection)
        {
            case CollectionKind.None:
                if (writable && shape.EmptyExpression is not null)
                {
                    // A string declared never null.
                    return EraseAction.AssignEmpty;
                }

                break;
            case CollectionKind.Array:
                return writable ? EraseAction.AssignEmpty : EraseAction.ClearArrayItems;
            case CollectionKind.List:
            case CollectionKind.MutableInterface:
                return writable && shape.EmptyExpression is not null ? EraseAction.AssignEmpty : EraseAction.Clear;
            case CollectionKind.Clearable:
                return EraseAction.Clear;
            case CollectionKind.ReadOnlyInterface:
                if (writable)
                {
                    return EraseAction.AssignEmpty;
                }

                break;
            case CollectionKind.Other:
                if (writable && shape.CanBeNull)
                {
                    return EraseAction.AssignDefault;
                }

                break;
        }

        if (!writable)
        {
            problem = Problem.NotWritable;
            return EraseAction.Unsupported;
        }

        return EraseAction.AssignDefault;
    }

    private static bool CanAnonymize(ValueShape shape) =>
        shape.Kind is ValueKind.Scalar or ValueKind.Bytes or ValueKind.Enum ||
        (shape.Kind == ValueKind.Text && shape.ScalarName is "IPAddress" or "Uri");

    private static bool CanPseudonymize(ValueShape shape) =>
        shape.Kind is ValueKind.Scalar or ValueKind.Bytes && shape.ScalarName is "string" or "Guid" or "byte[]" or "long" or "int";

    /// <summary>Why a member's erasure cannot be generated.</summary>
    public enum Problem
    {
        None,
        NotWritable,
        StrategyUnsuited,
        InvalidStrategy,
    }
}
