namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>What a member's type says about the data it can hold.</summary>
internal enum MemberShapeKind
{
    /// <summary>Text and the like (string, char[], byte[], Guid): the name decides.</summary>
    Text,

    /// <summary>A number: the name decides, unless it counts something.</summary>
    Number,

    /// <summary>A flag: says whether, not what; personal only when the fact is a special category.</summary>
    Boolean,

    /// <summary>A date or time: personal only as a date of birth.</summary>
    Timestamp,

    /// <summary>An enum: personal only when the enum's own name is (Gender, BloodType), not an OrderStatus.</summary>
    Enum,

    /// <summary>A framework type that holds personal data whatever the member is called (IPAddress, MailAddress).</summary>
    KnownPersonal,

    /// <summary>A type of the compilation's own: its members are classified where they are declared.</summary>
    SourceType,

    /// <summary>A type from a referenced assembly that the rule cannot look into.</summary>
    Opaque,

    /// <summary>
    /// A free-form JSON document (<c>JObject</c>, <c>JsonElement</c>, <c>JsonNode</c>): what it holds is known only
    /// from its name and the type around it.
    /// </summary>
    JsonDocument,

    /// <summary>Nothing to say: an error type, a type parameter, a delegate, an interface.</summary>
    Skip,
}

/// <summary>A member's type as the classifier sees it.</summary>
internal readonly struct MemberShape
{
    public MemberShape(MemberShapeKind kind, string? typeName = null, string? knownCategory = null, bool isKeyType = false)
    {
        Kind = kind;
        TypeName = typeName;
        KnownCategory = knownCategory;
        IsKeyType = isKeyType;
    }

    /// <summary>A Guid or a whole number: the types keys to other rows are written in.</summary>
    public bool IsKeyType { get; }

    public MemberShapeKind Kind { get; }

    /// <summary>The simple name of the enum, value or framework type, when it matters.</summary>
    public string? TypeName { get; }

    /// <summary>For <see cref="MemberShapeKind.KnownPersonal"/>: the category the type holds.</summary>
    public string? KnownCategory { get; }

    public static MemberShape Text => new(MemberShapeKind.Text);
}

/// <summary>A verdict: the suggested <c>DataCategory</c> name and why the member matched.</summary>
internal readonly struct Classification
{
    public Classification(string category, string reason)
    {
        Category = category;
        Reason = reason;
    }

    public string Category { get; }

    public string Reason { get; }
}
