using System.Globalization;
using Dossier.Generators.Model;

namespace Dossier.Generators.Emitting;

/// <summary>
/// Emits the statements that hand one member's value to the export visitor. They sit side by side in one method
/// without a block of their own, so every local a member needs carries the member's index.
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
        writer.Line("visitor.BeginMember(" + TypeEmitter.MemberField(index) + ");");
        if (shape.Collection == CollectionKind.None)
        {
            EmitValue(writer, shape, "this." + member.Target, suffix);
        }
        else
        {
            var local = "__value" + suffix;
            writer.Line("var " + local + " = this." + member.Target + ";");
            writer.Line("if (" + local + " is null)").Open().Line("visitor.Null();").Close()
                .Line("else").Open();
            if (shape.IsDictionary)
            {
                writer.Line("visitor.BeginMap();")
                    .Open("foreach (var __pair in " + local + ")")
                    .Line("visitor.MapKey(global::Dossier.PersonalDataVisitor.KeyText(__pair.Key));");
                EmitValue(writer, shape, "__pair.Value", suffix);
                writer.Close().Line("visitor.EndMap();");
            }
            else
            {
                writer.Line("visitor.BeginList();").Open("foreach (var __item in " + local + ")");
                EmitValue(writer, shape, "__item", suffix);
                writer.Close().Line("visitor.EndList();");
            }

            writer.Close();
        }

        writer.Line("visitor.EndMember();");
    }

    private static void EmitValue(SourceWriter writer, ValueShape shape, string value, string suffix)
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
