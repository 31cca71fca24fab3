using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Analyzers.Encryption;
using Dossier.Generators.Common;

namespace Dossier.Generators.Model;

/// <summary>
/// One member the generated code exports or erases: a tagged member, or an untagged container whose value
/// holds personal data. <see cref="Tag"/> is <c>null</c> for containers. <see cref="AuditedProperty"/> is set
/// when the generator implements the member as an audited partial property.
/// </summary>
internal sealed record MemberModel(
    string Name,
    string Identifier,
    TagModel? Tag,
    ValueShape Shape,
    EraseAction Erase,
    string? FilePath,
    int Line,
    AuditedPropertyModel? AuditedProperty = null)
{
    /// <summary>
    /// What export and erasure read and assign: the backing field of an audited property, so that an export or an
    /// erasure is one audit event rather than one per member, else the member itself.
    /// </summary>
    public string Target => AuditedProperty?.BackingField ?? Identifier;
}

/// <summary>
/// The implementing declaration the generator writes for an <c>[Audited]</c> partial property: the definition's
/// modifiers and accessors, a backing field, and accessors that record each read and write.
/// </summary>
/// <param name="Modifiers">The definition's modifiers, <c>partial</c> included, as written.</param>
/// <param name="TypeName">The property's type, fully qualified, with its nullable annotation.</param>
/// <param name="BackingField">The field that holds the value.</param>
/// <param name="InitializeField">The field is a non-nullable reference in a class: <c>= default!</c> keeps generated code free of the nullable warning an uninitialized field would get.</param>
/// <param name="Accessors">The definition's accessors.</param>
internal sealed record AuditedPropertyModel(
    string Modifiers,
    string TypeName,
    string BackingField,
    bool InitializeField,
    EquatableArray<AccessorModel> Accessors);

/// <summary>One accessor of an audited property: <c>get</c>, <c>set</c> or <c>init</c>, with its own modifiers (<c>private</c>, <c>readonly</c>).</summary>
internal sealed record AccessorModel(string Modifiers, string Keyword)
{
    public bool IsGetter => Keyword == "get";
}

/// <summary>What a member's tag declares, with enum arguments already checked to be in range.</summary>
/// <param name="Facts">What the rules' verdicts read of the member, for the inventory's gaps.</param>
/// <param name="Activities">
/// The processing activities the member serves, as named: its own <c>Activities</c>, else its type's
/// <c>[ProcessingActivities]</c>. Names are resolved against the assembly's declarations later, where those are known.
/// </param>
internal sealed record TagModel(
    string Category,
    bool IsSpecialCategory,
    string? Purpose,
    string LegalBasis,
    string? Retention,
    string Erasure,
    string? RetentionReason,
    EquatableArray<string> Recipients,
    bool Export,
    bool Encrypted,
    bool Audited,
    string Source,
    RuleFacts Facts,
    EquatableArray<string> Activities);

/// <summary>
/// What PII001, PII004 and PII010 judge a tagged member by, beyond what the inventory prints, as plain values: the
/// inventory's gaps ask the rules' own predicates (<c>EncryptionPolicy</c>, <c>DeclarationPolicy</c>,
/// <c>AuditPolicy</c>) about these, with the rules' <c>.editorconfig</c> values for the member's file.
/// </summary>
/// <param name="Category">The <c>DataCategory</c> value as written, which <c>CategoryPolicy</c> judges.</param>
/// <param name="Stated">The inventory fields the tag states (<c>DeclarationPolicy.Stated</c>).</param>
/// <param name="Logging">Whether the member's access is logged (<c>AuditedAccess.Classify</c>).</param>
/// <param name="StoredType">The member's type as <c>dossier.encrypted_types</c> names it (<c>EncryptionPolicy.StoredTypeOf</c>).</param>
internal sealed record RuleFacts(int Category, RequiredFields Stated, AccessLogging Logging, StoredType? StoredType);

/// <summary>How a value is read for export.</summary>
internal enum ValueKind
{
    /// <summary>A string, number, Boolean, character, date, time or GUID: the visitor has an overload for it.</summary>
    Scalar,
    /// <summary>An enum, exported by name.</summary>
    Enum,
    /// <summary>Any other type, exported as its text.</summary>
    Text,
    /// <summary>A byte array, exported as Base64.</summary>
    Bytes,
    /// <summary>A reference type that holds personal data.</summary>
    Nested,
    /// <summary>A value type that holds personal data.</summary>
    NestedValue,
    /// <summary>A type known only at run time: object, an interface, a type parameter.</summary>
    Dynamic,
}

/// <summary>What kind of collection a member is, which decides how erasure empties it.</summary>
internal enum CollectionKind
{
    None,
    /// <summary>A single-dimensional array: items replaceable in place.</summary>
    Array,
    /// <summary>A concrete mutable list (List&lt;T&gt;, Collection&lt;T&gt;): <c>Clear()</c>, items replaceable in place.</summary>
    List,
    /// <summary>Another concrete mutable collection or dictionary (HashSet&lt;T&gt;, Dictionary&lt;K,V&gt;): <c>Clear()</c>.</summary>
    Clearable,
    /// <summary>A mutable collection interface (IList&lt;T&gt;, ICollection&lt;T&gt;, ISet&lt;T&gt;, IDictionary&lt;K,V&gt;).</summary>
    MutableInterface,
    /// <summary>A read-only interface (IEnumerable&lt;T&gt;, IReadOnlyList&lt;T&gt;, IReadOnlyDictionary&lt;K,V&gt;).</summary>
    ReadOnlyInterface,
    /// <summary>Any other enumerable type: exported item by item, erased only by assigning <c>null</c>.</summary>
    Other,
}

/// <summary>The shape of a member's value: a single value, or a collection of values of <see cref="Kind"/>.</summary>
/// <param name="Kind">How a single value (or each item) is exported.</param>
/// <param name="TypeName">The fully qualified type of the member.</param>
/// <param name="ItemTypeName">The fully qualified type of a single value or item.</param>
/// <param name="IsNullableValueType">The single value or item is a <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="CanBeNull">The member itself can hold <c>null</c>.</param>
/// <param name="ItemCanBeNull">A single value or item can be <c>null</c>.</param>
/// <param name="Collection">The kind of collection, or <see cref="CollectionKind.None"/>.</param>
/// <param name="IsDictionary">The collection is a dictionary: items are its values, keys are exported as text.</param>
/// <param name="EmptyExpression">An expression for an empty value assignable to the member, or <c>null</c>: an empty collection, or <c>""</c> for a string declared never null.</param>
/// <param name="NestedTypeFullName">The type that holds personal data, for nested values and items (the inventory follows it).</param>
/// <param name="ScalarName">For scalars: the special name the emitter keys anonymization and pseudonymization on.</param>
internal sealed record ValueShape(
    ValueKind Kind,
    string TypeName,
    string ItemTypeName,
    bool IsNullableValueType,
    bool CanBeNull,
    bool ItemCanBeNull,
    CollectionKind Collection,
    bool IsDictionary,
    string? EmptyExpression,
    string? NestedTypeFullName,
    string ScalarName);

/// <summary>What the generated erase code does with the member.</summary>
internal enum EraseAction
{
    /// <summary>Nothing to assign: only reach into nested values (containers, retained members).</summary>
    None,
    /// <summary>Assign <c>default</c>/<c>null</c>.</summary>
    AssignDefault,
    /// <summary>Empty the collection in place with <c>Clear()</c>.</summary>
    Clear,
    /// <summary>Assign an empty collection.</summary>
    AssignEmpty,
    /// <summary>Clear an array's items in place (get-only arrays).</summary>
    ClearArrayItems,
    /// <summary>Assign the anonymized value.</summary>
    Anonymize,
    /// <summary>Replace every item with its anonymized value, in place.</summary>
    AnonymizeItems,
    /// <summary>Assign the pseudonym.</summary>
    Pseudonymize,
    /// <summary>Replace every item with its pseudonym, in place.</summary>
    PseudonymizeItems,
    /// <summary>Keep the value; record the reason.</summary>
    Retain,
    /// <summary>The member cannot be erased (PII005/PII006/PII008 reported); generated code leaves it out.</summary>
    Unsupported,
}
