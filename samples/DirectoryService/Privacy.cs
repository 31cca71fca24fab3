using Dossier;

// Who is responsible for the directory's personal data, and who else processes it (GDPR Art. 30(1)(a) and (d)).
// The inventory the build writes is assembled from these declarations and the [PersonalData] tags.
[assembly: DataController("Example Directory GmbH",
    Contact = "privacy@directory.example",
    DataProtectionOfficer = "dpo@directory.example")]

[assembly: Recipient(DirectoryService.Recipients.MailProvider,
    Role = RecipientRole.Processor,
    Purpose = "Delivers sign-in links and account notices by e-mail",
    Country = "US",
    TransferSafeguard = "SCCs")]

[assembly: Recipient(DirectoryService.Recipients.HostingProvider,
    Role = RecipientRole.Processor,
    Purpose = "Hosts the directory's servers and database",
    Country = "DE")]

namespace DirectoryService;

/// <summary>The names the assembly declares with <see cref="RecipientAttribute"/>, so tags cannot misspell them.</summary>
public static class Recipients
{
    public const string MailProvider = "MailCo";

    public const string HostingProvider = "HostCo";
}
