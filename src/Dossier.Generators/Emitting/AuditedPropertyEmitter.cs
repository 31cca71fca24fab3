using Dossier.Generators.Model;

namespace Dossier.Generators.Emitting;

/// <summary>
/// Emits the implementing declaration of each <c>[Audited]</c> partial property: a backing field, and accessors
/// that record the access in the application's audit log before they read or write it. A log that throws stops
/// the access, so no read or write goes unrecorded.
/// </summary>
internal static class AuditedPropertyEmitter
{
    public static void Emit(SourceWriter writer, TypeModel type)
    {
        for (var i = 0; i < type.Members.Count; i++)
        {
            if (type.Members[i] is { AuditedProperty: { } property } member)
            {
                Emit(writer, member, property, TypeEmitter.TypeField + ", " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static void Emit(SourceWriter writer, MemberModel member, AuditedPropertyModel property, string memberIndex)
    {
        writer.Line()
            .Line(TypeEmitter.GeneratedCodeAttribute)
            .Line("private " + property.TypeName + " " + property.BackingField + (property.InitializeField ? " = default!;" : ";"))
            .Line()
            // No [GeneratedCode] here: the two parts of a partial property share their attributes, so it would mark the
            // user's own declaration as generated, and every analyzer (Dossier's rules on the member included) would
            // skip it.
            .Open(property.Modifiers + " " + property.TypeName + " " + member.Identifier);
        foreach (var accessor in property.Accessors)
        {
            writer.Open(accessor.Modifiers.Length == 0 ? accessor.Keyword : accessor.Modifiers + " " + accessor.Keyword);
            if (accessor.IsGetter)
            {
                writer.Line("global::Dossier.PersonalDataAudit.RecordRead(this, " + memberIndex + ");")
                    .Line("return this." + property.BackingField + ";");
            }
            else
            {
                writer.Line("global::Dossier.PersonalDataAudit.RecordWrite(this, " + memberIndex + ");")
                    .Line("this." + property.BackingField + " = value;");
            }

            writer.Close();
        }

        writer.Close();
    }
}
