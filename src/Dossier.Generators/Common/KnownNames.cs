namespace Dossier.Generators.Common;

/// <summary>Metadata names of the types Dossier looks for, in one place.</summary>
internal static class KnownNames
{
    public const string PersonalDataAttribute = "Dossier.PersonalDataAttribute";
    public const string DataSubjectAttribute = "Dossier.DataSubjectAttribute";
    public const string EncryptedAttribute = "Dossier.EncryptedAttribute";
    public const string AuditedAttribute = "Dossier.AuditedAttribute";
    public const string NotPersonalDataAttribute = "Dossier.NotPersonalDataAttribute";
    public const string DataControllerAttribute = "Dossier.DataControllerAttribute";
    public const string RecipientAttribute = "Dossier.RecipientAttribute";
    public const string ProcessingActivityAttribute = "Dossier.ProcessingActivityAttribute";
    public const string ProcessingActivitiesAttribute = "Dossier.ProcessingActivitiesAttribute";
    public const string PersonalDataInterface = "Dossier.IPersonalData";

    public const string IdentityPersonalDataAttribute = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
    public const string IdentityProtectedPersonalDataAttribute = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";
    public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

    public const string IPAddress = "System.Net.IPAddress";
    public const string Uri = "System.Uri";
    public const string DateOnly = "System.DateOnly";
    public const string TimeOnly = "System.TimeOnly";
    public const string DateTimeOffset = "System.DateTimeOffset";
    public const string Guid = "System.Guid";
    public const string TimeSpan = "System.TimeSpan";
}
