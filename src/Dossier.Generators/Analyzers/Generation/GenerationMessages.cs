namespace Dossier.Generators.Analyzers.Generation;

/// <summary>
/// What PII005 and PII006 say, in one place: the reasons the generator gives when it cannot read, assign or extend a
/// member or a type. The parse (Parsing/TypeParser) decides when; the words are here, beside the analyzer that reports
/// them.
/// </summary>
internal static class GenerationMessages
{
    // PII006 on a member the generated code cannot read.
    public const string ExplicitInterfaceImplementation =
        "an explicit interface implementation has no name generated code can use; implement the interface member with a public property";

    public const string NoGetter = "it has no getter, so generated code cannot read it; add a getter";

    public static string PrivateGetterInBase(string baseType) =>
        $"its getter is private to base type '{baseType}'; make it protected or make '{baseType}' partial";

    public static string PrivateInBase(string baseType, string type) =>
        $"it is private to base type '{baseType}', which generated code in '{type}' cannot see; make '{baseType}' partial";

    public const string UnsupportedType = "its type is not supported";

    // PII006 on a member whose type cannot be exported.
    public const string UnresolvedType = "its type could not be resolved";
    public const string PointerType = "pointer types cannot be exported";
    public const string RefStructMember = "ref struct types such as Span<T> cannot be stored in an export";
    public const string DelegateType = "delegates hold code, not data";
    public const string MultiDimensionalArray = "multi-dimensional arrays are not supported; use a single-dimensional array or a List<T>";

    // PII005: why erasure cannot assign a member (completes "because it is ...").
    public const string PositionalRecordProperty = "a positional record property (init-only)";
    public const string GetOnly = "get-only";
    public const string InitOnly = "init-only";
    public const string ReadOnlyField = "readonly";
    public const string ReadOnlyStructMember = "a member of a readonly struct";
    public const string NotFieldOrProperty = "not a field or property";
    public const string NotAssignable = "not assignable";

    public static string PrivateSetterInBase(string baseType) => $"its setter is private to base type '{baseType}'";

    // PII006 on a type that gets no generated code.
    public const string RefStructType =
        "a ref struct cannot implement IPersonalData or be held in an export; keep the personal data in a class or an ordinary struct";

    public const string FileLocalType =
        "a file-local type is visible only in its own file, so generated code in another file cannot extend it; remove the 'file' modifier";

    public static string BaseImplementsByHand(string baseType) =>
        $"its base type '{baseType}' implements IPersonalData by hand, so generated code cannot extend it; derive from a type whose export is generated";

    public static string HeldTypeWithoutCode(string heldType, string holder, string member, string path, string why) =>
        $"it holds '{heldType}', whose personal data ({holder}.{member}{path}) gets no generated code and would be missing from the export and erasure of '{holder}': {why}";

    public static string HeldTypeNotPartial(string notPartial) => $"'{notPartial}' is not partial; declare it 'partial'";

    public const string CannotBeExtended = "it cannot be extended by generated code";

    /// <summary>Why a type that is not partial (or sits in one that is not) gets no code, worded by its role.</summary>
    public static string NotPartial(bool itself, string notPartial, bool interopTagged, bool extendsGenerated, string? baseType)
    {
        var which = itself ? "it is not partial" : $"its containing type '{notPartial}' is not partial";
        if (interopTagged)
        {
            return $"the type holds personal data tagged by ASP.NET Core Identity or a data classification attribute, but {which}, so Dossier neither exports nor erases it; declare it 'partial' to include it";
        }

        if (extendsGenerated)
        {
            return $"the type derives from '{baseType}', whose export and erasure are generated, and adds members that hold personal data, which that code cannot cover while {which}; declare it 'partial'";
        }

        return itself
            ? "the type holds personal data but is not partial; declare it 'partial'"
            : $"the type holds personal data but its containing type '{notPartial}' is not partial; declare it 'partial'";
    }

    // PII006 on tags that sit where no one person's data is.
    public const string TaggedEvent =
        "an event holds handlers, not a person's data, and its compiler-made field cannot be named; remove the tag";

    public const string TaggedInterfaceMember =
        "an interface member holds no data of its own; tag the property of the class or struct that implements it";

    public const string TaggedConstant = "a constant is the same for everyone, so it is nobody's personal data; remove the tag";

    public static string TaggedBackingField(string owner) =>
        $"the tag is on the compiler's backing field of '{owner}', which generated code cannot name; tag '{owner}' itself instead of using 'field:'";

    public const string TaggedIndexer = "an indexer has no single value to export or erase; tag the collection it reads from";

    public const string TaggedStatic =
        "static members belong to no single person, so they are neither exported nor erased; make it an instance member";

    public const string TaggedPrimaryConstructorParameter =
        "a primary-constructor parameter of a class or struct is not a member generated code can read or erase; store it in a tagged property";
}
