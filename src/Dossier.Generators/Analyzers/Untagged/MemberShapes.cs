using System.Linq;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>Reads a member's type into a <see cref="MemberShape"/>. Tolerates error types and half-typed code.</summary>
internal static class MemberShapes
{
    private const string MailAddress = "System.Net.Mail.MailAddress";
    private const string PhysicalAddress = "System.Net.NetworkInformation.PhysicalAddress";
    private const string EndPoint = "System.Net.EndPoint";
    private const string CancellationToken = "System.Threading.CancellationToken";
    private const int MaxValueObjectMembers = 4;
    private const string KeyValuePair = "System.Collections.Generic.KeyValuePair`2";

    public static MemberShape Describe(ITypeSymbol? type) => Describe(type, depth: 0);

    private static MemberShape Describe(ITypeSymbol? type, int depth)
    {
        if (type is not null && IsJsonDocument(type))
        {
            return new MemberShape(MemberShapeKind.JsonDocument, type.Name);
        }

        if (type is null || depth > 4 || type.TypeKind == TypeKind.Error)
        {
            return new MemberShape(MemberShapeKind.Skip);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
                return new MemberShape(MemberShapeKind.Boolean);
            case SpecialType.System_String:
            case SpecialType.System_Char:
                return MemberShape.Text;
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
                return new MemberShape(MemberShapeKind.Number, isKeyType: true);
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return new MemberShape(MemberShapeKind.Number);
            case SpecialType.System_DateTime:
                return new MemberShape(MemberShapeKind.Timestamp);
            case SpecialType.System_Object:
                return new MemberShape(MemberShapeKind.Skip);
            case SpecialType.System_Nullable_T:
                break;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType is SpecialType.System_Byte or SpecialType.System_Char
                ? MemberShape.Text
                : Describe(array.ElementType, depth + 1);
        }

        if (type is not INamedTypeSymbol named)
        {
            return new MemberShape(MemberShapeKind.Skip);
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && named.TypeArguments.Length == 1)
        {
            return Describe(named.TypeArguments[0], depth + 1);
        }

        if (AttributeReader.Is(named, KnownNames.DateTimeOffset) || AttributeReader.Is(named, KnownNames.DateOnly) ||
            AttributeReader.Is(named, KnownNames.TimeOnly) || AttributeReader.Is(named, KnownNames.TimeSpan))
        {
            return new MemberShape(MemberShapeKind.Timestamp);
        }

        if (AttributeReader.Is(named, KnownNames.Guid))
        {
            return new MemberShape(MemberShapeKind.Text, isKeyType: true);
        }

        if (AttributeReader.Is(named, KnownNames.Uri))
        {
            return MemberShape.Text;
        }

        if (AttributeReader.Is(named, KnownNames.IPAddress) || AttributeReader.Is(named, PhysicalAddress) || IsEndPoint(named))
        {
            return new MemberShape(MemberShapeKind.KnownPersonal, named.Name, "OnlineIdentifier");
        }

        if (AttributeReader.Is(named, MailAddress))
        {
            return new MemberShape(MemberShapeKind.KnownPersonal, named.Name, "Email");
        }

        switch (named.TypeKind)
        {
            case TypeKind.Enum:
                return new MemberShape(MemberShapeKind.Enum, named.Name);
            case TypeKind.Class:
            case TypeKind.Struct:
            case TypeKind.Interface:
                return DescribeObject(named, depth);
            default:
                return new MemberShape(MemberShapeKind.Skip);
        }
    }

    // Newtonsoft's and System.Text.Json's document types. A build that cannot resolve them (a missing reference, code
    // being typed) still names them, so an unresolved type with one of these names counts too.
    private static bool IsJsonDocument(ITypeSymbol type)
    {
        if (!JsonDocumentTypes.Contains(type.Name))
        {
            return false;
        }

        var space = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return type.TypeKind == TypeKind.Error || space is "Newtonsoft.Json.Linq" or "System.Text.Json" or "System.Text.Json.Nodes";
    }

    private static readonly System.Collections.Generic.HashSet<string> JsonDocumentTypes = new(System.StringComparer.Ordinal)
    {
        "JObject", "JToken", "JsonObject", "JsonNode", "JsonElement", "JsonDocument",
    };

    // System.Net.EndPoint and what derives from it (IPEndPoint, DnsEndPoint): the other end of a connection.
    private static bool IsEndPoint(INamedTypeSymbol named)
    {
        if (!named.Name.EndsWith("EndPoint", System.StringComparison.Ordinal))
        {
            return false;
        }

        for (INamedTypeSymbol? current = named; current is not null; current = current.BaseType)
        {
            if (AttributeReader.Is(current, EndPoint))
            {
                return true;
            }
        }

        return false;
    }

    private static MemberShape DescribeObject(INamedTypeSymbol named, int depth)
    {
        // A collection holds what its elements hold: List<string> Allergies is a list of allergies.
        var elements = named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            ? named
            : named.AllInterfaces.FirstOrDefault(candidate =>
                candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        if (elements is not null && elements.TypeArguments.Length == 1)
        {
            // A map of names to text holds what its name says (Cookies, PhoneNumbers by kind); any other map is a
            // structure of its own.
            var element = elements.TypeArguments[0];
            if (element is INamedTypeSymbol { IsTupleType: true } tuple)
            {
                // A list of (name, value) pairs of text is such a map by another spelling.
                return tuple.TupleElements.All(item => item.Type.SpecialType == SpecialType.System_String)
                    ? MemberShape.Text
                    : new MemberShape(MemberShapeKind.Skip);
            }

            return element is INamedTypeSymbol { IsGenericType: true } pair && AttributeReader.Is(pair.OriginalDefinition, KeyValuePair)
                ? pair.TypeArguments.All(argument => argument.SpecialType == SpecialType.System_String)
                    ? Describe(pair.TypeArguments[1], depth + 1)
                    : new MemberShape(MemberShapeKind.Skip)
                : Describe(element, depth + 1);
        }

        if (named.TypeKind == TypeKind.Interface)
        {
            return new MemberShape(MemberShapeKind.Skip);
        }

        if (!named.Locations.Any(location => location.IsInSource))
        {
            return AttributeReader.Is(named, CancellationToken)
                ? new MemberShape(MemberShapeKind.Skip)
                : new MemberShape(MemberShapeKind.Opaque, named.Name);
        }

        // A class of several values is an entity of its own (a navigation property), classified where it is declared;
        // a small type can stand for one datum (an EmailAddress, a PhoneNumber).
        return named.TypeKind == TypeKind.Class && DataMemberCount(named) > MaxValueObjectMembers
            ? new MemberShape(MemberShapeKind.Skip)
            : new MemberShape(MemberShapeKind.SourceType, named.Name);
    }

    private static int DataMemberCount(INamedTypeSymbol type)
    {
        var count = 0;
        foreach (var member in type.GetMembers())
        {
            if (!member.IsStatic && !member.IsImplicitlyDeclared && member.Kind is SymbolKind.Property or SymbolKind.Field)
            {
                count++;
            }
        }

        return count;
    }
}
