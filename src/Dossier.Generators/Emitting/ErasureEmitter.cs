using System.Globalization;
using Dossier.Generators.Model;

namespace Dossier.Generators.Emitting;

/// <summary>
/// Emits the statements that erase a type's members: for each, reach into nested values, then apply its strategy.
/// The report's entries are recorded in runs: members that need nothing but an entry are named together in one
/// <c>eraser.Erased(type, first, count)</c> call, made before the next member that reaches into nested values (whose
/// entries come first) and at the end, so the report lists every entry in the order it always has. Statements have
/// no block of their own, so every local carries the member's index.
/// <para>
/// An erasure may be scoped to one processing activity (consent withdrawn): then only members serving that activity
/// alone change. Each strategy statement is therefore guarded by when it applies, <c>eraser.IsFull</c> or
/// <c>eraser.ErasesActivity("name")</c>; neighbouring statements under the same condition share one block. Reaching
/// into nested values is never guarded, so a scoped erasure reaches as far as a full one, and the report's entries are
/// left to the eraser, which knows the scope.
/// </para>
/// </summary>
internal static class ErasureEmitter
{
    public static void Emit(SourceWriter writer, EquatableArray<MemberModel> members)
    {
        var runStart = 0;
        var runLength = 0;
        string? guard = null;
        for (var index = 0; index < members.Count; index++)
        {
            var member = members[index];
            if (member.Erase == EraseAction.Unsupported)
            {
                continue;
            }

            var field = TypeEmitter.TypeField + ", " + index.ToString(CultureInfo.InvariantCulture);
            var suffix = index.ToString(CultureInfo.InvariantCulture);
            if (member.Erase != EraseAction.Retain)
            {
                var target = "this." + member.Target;
                if (HasReach(member.Shape))
                {
                    EndGuard(writer, ref guard);
                    Flush(writer, ref runStart, ref runLength);
                    EmitReach(writer, member.Shape, target, field, suffix);
                }

                if (member.Erase != EraseAction.None)
                {
                    BeginGuard(writer, ref guard, Condition(member));
                    EmitStrategy(writer, member, target, suffix);
                }
            }

            if (member.Tag is not null && member.Erase != EraseAction.None)
            {
                if (runLength > 0 && runStart + runLength != index)
                {
                    EndGuard(writer, ref guard);
                    Flush(writer, ref runStart, ref runLength);
                }

                if (runLength == 0)
                {
                    runStart = index;
                }

                runLength++;
            }
        }

        EndGuard(writer, ref guard);
        Flush(writer, ref runStart, ref runLength);
    }

    /// <summary>
    /// When a member's strategy applies: in a full erasure and, for a member that serves one processing activity and
    /// nothing else (no other activity, no inline purpose of its own), in an erasure scoped to that activity. The
    /// eraser decides the report's entries by the same rule.
    /// </summary>
    private static string Condition(MemberModel member)
    {
        if (member.Tag is { } tag && string.IsNullOrWhiteSpace(tag.Purpose) && MemberTable.ActivitiesOf(tag) is { Count: 1 } activities)
        {
            return "eraser.ErasesActivity(" + Literal.String(activities[0]) + ")";
        }

        return "eraser.IsFull";
    }

    private static void BeginGuard(SourceWriter writer, ref string? guard, string condition)
    {
        if (guard == condition)
        {
            return;
        }

        EndGuard(writer, ref guard);
        writer.Open("if (" + condition + ")");
        guard = condition;
    }

    private static void EndGuard(SourceWriter writer, ref string? guard)
    {
        if (guard is not null)
        {
            writer.Close();
            guard = null;
        }
    }

    private static void Flush(SourceWriter writer, ref int runStart, ref int runLength)
    {
        if (runLength == 0)
        {
            return;
        }

        writer.Line("eraser.Erased(" + TypeEmitter.TypeField + ", " + runStart.ToString(CultureInfo.InvariantCulture) + ", " +
                    runLength.ToString(CultureInfo.InvariantCulture) + ");");
        runLength = 0;
    }

    private static bool HasReach(ValueShape shape) => shape.Kind is ValueKind.Nested or ValueKind.NestedValue or ValueKind.Dynamic;

    private static void EmitStrategy(SourceWriter writer, MemberModel member, string target, string suffix)
    {
        var shape = member.Shape;
        switch (member.Erase)
        {
            case EraseAction.AssignDefault:
                writer.Line(target + " = default!;");
                break;
            case EraseAction.Clear:
                writer.Line(target + "?.Clear();");
                break;
            case EraseAction.AssignEmpty:
                writer.Line(target + " = " + shape.EmptyExpression + ";");
                break;
            case EraseAction.ClearArrayItems:
                var array = "__array" + suffix;
                writer.Line("if (" + target + " is { } " + array + ") global::System.Array.Clear(" + array + ", 0, " + array + ".Length);");
                break;
            case EraseAction.Anonymize:
                if (shape.CanBeNull)
                {
                    writer.Line("if (" + target + " != null) " + target + " = " + Anonymous(shape, target) + ";");
                }
                else
                {
                    writer.Line(target + " = " + Anonymous(shape, target) + ";");
                }

                break;
            case EraseAction.AnonymizeItems:
                writer.Line("global::Dossier.PersonalDataEraser.ReplaceEach(" + target + ", " + ItemLambda(shape, Anonymous(shape, "__item")) + ");");
                break;
            case EraseAction.Pseudonymize:
                if (shape.CanBeNull)
                {
                    var present = "__present" + suffix;
                    writer.Line("if (" + target + " is { } " + present + ") " + target + " = eraser.Pseudonymize(" + present + ");");
                }
                else
                {
                    writer.Line(target + " = eraser.Pseudonymize(" + target + ");");
                }

                break;
            case EraseAction.PseudonymizeItems:
                var pseudonym = shape.IsNullableValueType ? "eraser.Pseudonymize(__item.Value)" : "eraser.Pseudonymize(__item)";
                writer.Line("global::Dossier.PersonalDataEraser.ReplaceEach(" + target + ", " + ItemLambda(shape, pseudonym) + ");");
                break;
        }
    }

    /// <summary>Erases what nested values hold before the member itself is deleted or kept.</summary>
    private static void EmitReach(SourceWriter writer, ValueShape shape, string target, string field, string suffix)
    {
        if (shape.Collection == CollectionKind.None)
        {
            switch (shape.Kind)
            {
                case ValueKind.Nested:
                    writer.Line("eraser.Nested(" + field + ", " + target + ");");
                    break;
                case ValueKind.NestedValue when shape.IsNullableValueType:
                    var nested = "__nested" + suffix;
                    writer.Line("if (" + target + " is { } " + nested + ") " + target + " = eraser.NestedValue(" + field + ", " + nested + ");");
                    break;
                case ValueKind.NestedValue:
                    writer.Line(target + " = eraser.NestedValue(" + field + ", " + target + ");");
                    break;
                case ValueKind.Dynamic:
                    writer.Line("eraser.Dynamic(" + field + ", " + target + ");");
                    break;
            }

            return;
        }

        var items = shape.IsDictionary ? target + "?.Values" : target;
        switch (shape.Kind)
        {
            case ValueKind.Nested:
                writer.Line("eraser.Each(" + field + ", " + items + ");");
                break;
            case ValueKind.NestedValue:
                writer.Line("eraser.EachValue(" + field + ", " + target + ");");
                break;
            case ValueKind.Dynamic:
                writer.Line("eraser.Dynamic(" + field + ", " + target + ");");
                break;
        }
    }

    private static string ItemLambda(ValueShape shape, string replacement) =>
        shape.ItemCanBeNull
            ? "__item => __item == null ? __item! : " + replacement
            : "__item => " + replacement;

    private static string Anonymous(ValueShape shape, string current) => shape.ScalarName switch
    {
        "string" => "global::Dossier.Anonymized.Text",
        "char" => "global::Dossier.Anonymized.Character",
        "byte[]" => "global::System.Array.Empty<byte>()",
        "IPAddress" => "global::Dossier.Anonymized.Address(" + current + ")",
        "Uri" => "global::Dossier.Anonymized.Uri",
        _ => "default(" + shape.ItemTypeName + ")",
    };
}
