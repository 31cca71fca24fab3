using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Common;
using Dossier.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Inventory;

/// <summary>
/// Reads the assembly-level declarations. Attributes on the assembly cannot be found by
/// <c>ForAttributeWithMetadataName</c>, so this runs on the compilation; it only reads attribute data, which is
/// cheap, and its equatable result keeps the steps after it cached.
/// </summary>
internal static class AssemblyFactsReader
{
    public static AssemblyFacts Read(Compilation compilation)
    {
        ControllerModel? controller = null;
        var recipients = new SortedDictionary<string, RecipientModel>(StringComparer.Ordinal);
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { } type || attribute.ConstructorArguments.Length != 1 ||
                attribute.ConstructorArguments[0].Value is not string name || name.Length == 0)
            {
                continue;
            }

            if (controller is null && AttributeReader.Is(type, KnownNames.DataControllerAttribute))
            {
                controller = new ControllerModel(name, Named(attribute, "Contact"), Named(attribute, "DataProtectionOfficer"), Named(attribute, "Representative"));
            }
            else if (AttributeReader.Is(type, KnownNames.RecipientAttribute) && DeclarationPolicy.IsRecipientName(name) && !recipients.ContainsKey(name))
            {
                var role = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Role").Value.Value is int value ? value : 0;
                recipients.Add(name, new RecipientModel(name, EnumNames.RecipientRole(role), Named(attribute, "Purpose"), Named(attribute, "Country"),
                    Named(attribute, "TransferSafeguard")));
            }
        }

        return new AssemblyFacts(compilation.AssemblyName ?? string.Empty, controller, recipients.Values.ToEquatableArray(),
            ActivityDeclarations.Read(compilation.Assembly));
    }

    private static string? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Primitive)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }
}
