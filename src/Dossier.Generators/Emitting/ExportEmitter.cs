using Dossier.Generators.Model;

namespace Dossier.Generators.Emitting;

/// <summary>Emits the statements that hand one member's value to the export visitor.</summary>
internal static class ExportEmitter
{
    public static void Emit(SourceWriter writer, MemberModel member, string field)
    {
        if (member.Tag is { Export: false } || member.Erase == EraseAction.Unsupported && member.Shape.Kind == ValueKind.NestedValue)
        {
            return;
        }

        var shape = member.Shape;
        writer.Open().Line("visitor.BeginMember(" + field + ");");
        if (shape.Collection == CollectionKind.None)
        {
            EmitValue(writer, shape, "this." + member.Target);
        }
        else
        {
            writer.Line("var __value = this." + member.Target + ";");
            writer.Line("if (__value is null)").Open().Line("visitor.Null();").Close()
                .Line("else").Open();
            if (shape.IsDictionary)
            {
                writer.Line("visitor.BeginMap();")
                    .Open("foreach (var __pair in __value)")
                    .Line("visitor.MapKey(global::Dossier.PersonalDataVisitor.KeyText(__pair.Key));");
                EmitValue(writer, shape, "__pair.Value");
                writer.Close().Line("visitor.EndMap();");
            }
            else
            {
                writer.Line("visitor.BeginList();").Open("foreach (var __item in __value)");
                EmitValue(writer, shape, "__item");
                writer.Close().Line("visitor.EndList();");
            }

            writer.Close();
        }

        writer.Line("visitor.EndMember();").Close();
    }

    private static void EmitValue(SourceWriter writer, ValueShape shape, string value)
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
            writer.Line("if (" + value + " is { } __present) " + call + "(__present); else visitor.Null();");
        }
        else
        {
            writer.Line(call + "(" + value + ");");
        }
    }
}
