using System.Globalization;
using Dossier.Generators.Model;

namespace Dossier.Generators.Emitting;

/// <summary>
/// Emits the statements that hand one member's value to the export visitor: one call that names the member by its
/// index in the type's description and says the value's type in its name (<c>visitor.WriteString(...)</c>), so the
/// compiler has one or two overloads to weigh. A collection is written item by item between
/// <c>BeginMember</c> and <c>EndMember</c>; its locals carry the member's index.
/// </summary>
internal static class ExportEmitter
{
    public static void Emit(SourceWriter writer, MemberModel member, int index)
    {
        if (member.Tag is { Export: false } || member.Erase == EraseAction.Unsupported && member.Shape.Kind == ValueKind.NestedValue)
        {
            return;
        }

        var shape = member.Shape;
        var suffix = index.ToString(CultureInfo.InvariantCulture);
        var target = "this." + member.Target;
        if (shape.Collection == CollectionKind.None)
        {
            writer.Line("visitor." + WriteMethod(shape) + "(" + TypeEmitter.TypeField + ", " + suffix + ", " + target + ");");
            return;
        }

        writer.Line("visitor.BeginMember(" + TypeEmitter.TypeField + ", " + suffix + ");");
        var local = "__value" + suffix;
        writer.Line("var " + local + " = " + target + ";");
        writer.Line("if (" + local + " is null)").Open().Line("visitor.Null();").Close()
            .Line("else").Open();
        if (shape.IsDictionary)
        {
            writer.Line("visitor.BeginMap();")
                .Open("foreach (var __pair in " + local + ")")
                .Line("visitor.MapKey(global::Dossier.PersonalDataVisitor.KeyText(__pair.Key));");
            EmitItem(writer, shape, "__pair.Value", suffix);
            writer.Close().Line("visitor.EndMap();");
        }
        else
        {
            writer.Line("visitor.BeginList();").Open("foreach (var __item in " + local + ")");
            EmitItem(writer, shape, "__item", suffix);
            writer.Close().Line("visitor.EndList();");
        }

        writer.Close();
        writer.Line("visitor.EndMember();");
    }

    /// <summary>The visitor method for a single value of <paramref name="shape"/>; each has an overload for its <c>Nullable&lt;T&gt;</c>.</summary>
    private static string WriteMethod(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Scalar or ValueKind.Bytes => ScalarWriteMethod(shape.ItemTypeName),
        ValueKind.Enum => "WriteEnum",
        ValueKind.Nested => "WriteNested",
        ValueKind.NestedValue => "WriteNestedValue",
        ValueKind.Dynamic => "WriteDynamic",
        _ => "WriteText",
    };

    /// <summary>
    /// The method for a scalar, by its type: the one whose parameter the compiler would pick among the visitor's
    /// <c>Value</c> overloads (every integer type that fits one goes to <c>long</c>).
    /// </summary>
    private static string ScalarWriteMethod(string typeName) => typeName.TrimEnd('?') switch
    {
        "string" => "WriteString",
        "bool" => "WriteBoolean",
        "char" => "WriteChar",
        "sbyte" or "byte" or "short" or "ushort" or "int" or "uint" or "long" => "WriteInt64",
        "ulong" => "WriteUInt64",
        "float" => "WriteSingle",
        "double" => "WriteDouble",
        "decimal" => "WriteDecimal",
        "byte[]" => "WriteBytes",
        "global::System.DateTime" => "WriteDateTime",
        "global::System.DateTimeOffset" => "WriteDateTimeOffset",
        "global::System.Guid" => "WriteGuid",
        "global::System.TimeSpan" => "WriteTimeSpan",
        "global::System.DateOnly" => "WriteDateOnly",
        "global::System.TimeOnly" => "WriteTimeOnly",
        _ => "WriteText",
    };

    private static void EmitItem(SourceWriter writer, ValueShape shape, string value, string suffix)
    {
        var call = shape.Kind switch
        {
            ValueKind.Scalar or ValueKind.Bytes => "visitor.Value",
            ValueKind.Enum => "visitor.Enum",
            ValueKind.Nested => "visitor.Nested",
            ValueKind.NestedValue => "visitor.NestedValue",
            ValueKind.Dynamic => "visitor.Dynamic",
            _ => "visitor.Text",
        };

        if (shape.IsNullableValueType && shape.Kind != ValueKind.Text && shape.Kind != ValueKind.Dynamic)
        {
            var present = "__present" + suffix;
            writer.Line("if (" + value + " is { } " + present + ") " + call + "(" + present + "); else visitor.Null();");
        }
        else
        {
            writer.Line(call + "(" + value + ");");
        }
    }
}
