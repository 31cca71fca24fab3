using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Diagnostics;

/// <summary>
/// Every diagnostic Dossier reports. Each has a page under docs/rules/ and a row in AnalyzerReleases.*.md;
/// a test keeps the three in step.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>PII001: a member of a category that must be encrypted at rest is not (GDPR Art. 32(1)(a)).</summary>
    public static readonly DiagnosticDescriptor NotEncrypted = Create(
        "PII001", "Personal data not encrypted at rest",
        "'{0}' holds {1} data, which must be encrypted at rest, but is not marked [Encrypted]; encrypt it and add [Encrypted]",
        "Dossier.Security", DiagnosticSeverity.Warning,
        "Special categories of personal data (GDPR Art. 9 and 10) and data whose loss harms the person (government ids, financial data, credentials) must be encrypted at rest (Art. 32(1)(a)). Set 'dossier.encryption_required' in .editorconfig to change which categories need it.");

    /// <summary>PII002: personal data reaches a log, console, trace or exception message.</summary>
    public static readonly DiagnosticDescriptor WrittenToLog = Create(
        "PII002", "Personal data written to a log",
        "{0} '{1}' ({2}) is written to {3} without redaction",
        "Dossier.Security", DiagnosticSeverity.Warning,
        "Logs are copied, shipped and kept far longer than the data they mention, and are rarely covered by erasure (CWE-532). Log an identifier that identifies no one, or redact the value.");

    /// <summary>PII003: a member looks like personal data but carries no Dossier attribute.</summary>
    public static readonly DiagnosticDescriptor Untagged = Create(
        "PII003", "Personal data not tagged",
        "'{0}' looks like personal data ({1}: {2}); tag it [PersonalData(DataCategory.{1})] or mark it [NotPersonalData]",
        "Dossier.Inventory", DiagnosticSeverity.Warning,
        "The data inventory, exports and erasure only know about tagged members. Tag the member, or state that it holds no personal data.");

    /// <summary>PII004: a tagged member, or a declared processing activity, lacks what the Art. 30 record needs. {0} is <c>'Email'</c> or <c>activity 'Newsletter'</c>.</summary>
    public static readonly DiagnosticDescriptor Incomplete = Create(
        "PII004", "Personal data described too thinly for the inventory",
        "{0} does not say its {1}; the record of processing needs it (GDPR Art. 30(1))",
        "Dossier.Inventory", DiagnosticSeverity.Warning,
        "The record of processing must state the purpose and legal basis of every processing, and where possible how long the data is kept. Set 'dossier.required_fields' in .editorconfig to require retention too.");

    /// <summary>PII005: erasure cannot assign the member.</summary>
    public static readonly DiagnosticDescriptor NotErasable = Create(
        "PII005", "Erasure cannot change the member",
        "Erasure cannot change '{0}' because it is {1}; make it settable, or keep it with Erasure = Erasure.Retain and a RetentionReason",
        "Dossier.Erasure", DiagnosticSeverity.Error,
        "ErasePersonalData() must be able to delete, anonymize or pseudonymize every member it covers (GDPR Art. 17). A member it cannot assign would keep the data after an erasure request.");

    /// <summary>PII006: the generator cannot reach a member or type it needs.</summary>
    public static readonly DiagnosticDescriptor Unreachable = Create(
        "PII006", "Dossier cannot reach a member it needs",
        "Dossier cannot generate export and erasure for '{0}': {1}",
        "Dossier.Generation", DiagnosticSeverity.Error,
        "Generated code lives in the same type as the personal data it exports and erases. The type, and every type that contains it, must be partial, and the members must be ones generated code can read and assign.");

    /// <summary>PII007: a record's compiler-made ToString prints personal data.</summary>
    public static readonly DiagnosticDescriptor RecordPrintsPersonalData = Create(
        "PII007", "Record prints personal data",
        "Record '{0}' prints personal data ({1}) in its compiler-generated ToString; declare PrintMembers to leave personal members out",
        "Dossier.Security", DiagnosticSeverity.Warning,
        "A record's compiler-generated ToString prints every property, so personal data ends up wherever the record is logged or shown in an error.");

    /// <summary>PII008: an attribute argument Dossier cannot use.</summary>
    public static readonly DiagnosticDescriptor InvalidArgument = Create(
        "PII008", "Invalid Dossier attribute argument",
        "{0}",
        "Dossier.Usage", DiagnosticSeverity.Error,
        "Dossier attribute arguments end up in generated code and in the data inventory; a value it cannot use would make either wrong.");

    /// <summary>
    /// PII009: the code's personal data differs from the approved inventory committed with it (the review gate).
    /// Reported once the whole compilation is known, so it is marked as a compilation-end diagnostic.
    /// </summary>
    public static readonly DiagnosticDescriptor NotApproved = new(
        "PII009", "Personal data differs from the approved inventory",
        "{0}",
        "Dossier.Inventory", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "New or changed personal data must be approved by someone accountable before it ships (GDPR Art. 25 data protection by design, Art. 30 record of processing kept current, Art. 35 impact assessment). Rewrite the approved inventory with 'dotnet build -p:DossierApprove=true' and have the diff reviewed.",
        helpLinkUri: HelpLink("PII009"),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII010: the access to a member whose category must be audited is not recorded (GDPR Art. 5(2), Art. 32).</summary>
    public static readonly DiagnosticDescriptor Unlogged = Create(
        "PII010", "Unlogged personal data",
        "{0}",
        "Dossier.Security", DiagnosticSeverity.Warning,
        "The controller must be able to show who read or changed a person's data, and when (GDPR Art. 5(2), Art. 32(1)(b)). Dossier records each access to an [Audited] partial property. Set 'dossier.audit_required' in .editorconfig to change which categories need it.");

    /// <summary>PII011: a processing activity declared with <c>[assembly: ProcessingActivity]</c> that no member or type names.</summary>
    public static readonly DiagnosticDescriptor UnusedActivity = Create(
        "PII011", "Processing activity no member serves",
        "Processing activity '{0}' is declared, but no member or type names it; name it in the Activities of the members it processes or in their type's [ProcessingActivities], or remove the declaration",
        "Dossier.Inventory", DiagnosticSeverity.Warning,
        "The record of processing lists each activity with the personal data it processes (GDPR Art. 30(1)(c)). An activity that names no data is either a declaration left behind or data that is processed but not tagged as serving it.");

    /// <summary>
    /// PII012: plain <c>LegalBasis.Consent</c> over special categories: a member's inline legal basis, or a declared
    /// activity that special-category members serve.
    /// </summary>
    public static readonly DiagnosticDescriptor ConsentOverSpecialCategory = Create(
        "PII012", "Consent to process special categories must be explicit", "{0}", "Dossier.Inventory", DiagnosticSeverity.Warning,
        "Processing special categories of personal data (GDPR Art. 9(1)) on consent needs explicit consent for specified purposes (Art. 9(2)(a)); plain consent (Art. 6(1)(a)) does not lift the prohibition. Write LegalBasis.ExplicitConsent once the consent is collected explicitly, or choose the Art. 9(2) condition that applies.");

    /// <summary>PII013: members that repeat the same inline purpose and legal basis, which could be declared once as a processing activity.</summary>
    public static readonly DiagnosticDescriptor RepeatedInlineDeclaration = Create(
        "PII013", "Purpose and legal basis repeated on several members",
        "'{0}' repeats the purpose and legal basis of {1}; declare them once as a processing activity",
        "Dossier.Inventory", DiagnosticSeverity.Info,
        "The record of processing is kept per processing activity (GDPR Art. 30(1)). Members that write the same purpose and legal basis are one activity; declared once with [assembly: ProcessingActivity], the purpose, legal basis, retention and recipients are written and changed in one place.");

    /// <summary>PII014: a member whose own <c>Activities</c> replace its type's <c>[ProcessingActivities]</c> and leave some out.</summary>
    public static readonly DiagnosticDescriptor ActivitiesReplaced = Create(
        "PII014", "A member's activities leave out its type's",
        "'{0}' names its own Activities, which replace those its type names with [ProcessingActivities]; it no longer serves {1}; add them to its Activities if it still does",
        "Dossier.Inventory", DiagnosticSeverity.Info,
        "A member's Activities replace its type's [ProcessingActivities] rather than adding to them. Leaving one of the type's activities out is often meant (a member that is not used for the newsletter), and sometimes an oversight that drops the member from the record of that activity.");

    public static string HelpLink(string id) => HelpLinks.For(id);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
}
