using Dossier;

// Who is responsible for the directory's personal data, and who else processes it (GDPR Art. 30(1)(a) and (d)).
// The inventory the build writes is assembled from these declarations and the [PersonalData] tags.
[assembly: DataController("Example Directory GmbH",
    Contact = "privacy@directory.example",
    DataProtectionOfficer = "dpo@directory.example")]

[assembly: Recipient(DirectoryService.Recipients.MailProvider,
    Role = RecipientRole.Processor,
    Purpose = "Delivers sign-in links, account notices and the newsletter by e-mail",
    Country = "US",
    TransferSafeguard = "SCCs")]

[assembly: Recipient(DirectoryService.Recipients.HostingProvider,
    Role = RecipientRole.Processor,
    Purpose = "Hosts the directory's servers and database",
    Country = "DE")]

// What the directory processes personal data for, each declared once (Art. 30(1)(b)-(g)): members name the
// activities they serve, and the inventory lists the record of processing by activity. The e-mail address serves three,
// on three legal bases: signing in (the employment contract), account notices (legitimate interests) and the
// newsletter (consent).
[assembly: ProcessingActivity(DirectoryService.Activities.SignIn,
    Purpose = "Signing employees in to the directory",
    LegalBasis = LegalBasis.Contract,
    Retention = "P2Y",
    Recipients = new[] { DirectoryService.Recipients.HostingProvider },
    SecurityMeasures = "TLS for every connection; passwords stored only as salted hashes")]

[assembly: ProcessingActivity(DirectoryService.Activities.AccountNotices,
    Purpose = "Sending security and account notices by e-mail",
    LegalBasis = LegalBasis.LegitimateInterests,
    Retention = "P2Y",
    Recipients = new[] { DirectoryService.Recipients.MailProvider })]

// On consent alone: whoever withdraws it (Art. 7(3)) is erased from this activity only. What serves nothing else, the
// topics they chose, goes; the e-mail address stays, still needed to sign in and for account notices.
[assembly: ProcessingActivity(DirectoryService.Activities.Newsletter,
    Purpose = "Sending the monthly company newsletter to employees who asked for it",
    LegalBasis = LegalBasis.Consent,
    Retention = "P2Y",
    Recipients = new[] { DirectoryService.Recipients.MailProvider })]

[assembly: ProcessingActivity(DirectoryService.Activities.Directory,
    Purpose = "Showing who someone is in the directory and how to reach them",
    LegalBasis = LegalBasis.Contract,
    Retention = "P2Y",
    Recipients = new[] { DirectoryService.Recipients.HostingProvider })]

[assembly: ProcessingActivity(DirectoryService.Activities.Shipping,
    Purpose = "Sending hardware and paperwork to the employee",
    LegalBasis = LegalBasis.Contract,
    Retention = "P2Y",
    Recipients = new[] { DirectoryService.Recipients.HostingProvider })]

[assembly: ProcessingActivity(DirectoryService.Activities.SecurityMonitoring,
    Purpose = "Detecting unusual sign-ins and investigating account takeovers",
    LegalBasis = LegalBasis.LegitimateInterests,
    Retention = "P1Y",
    Recipients = new[] { DirectoryService.Recipients.HostingProvider },
    SecurityMeasures = "Security logs readable by the security team only")]

// Tickets refer to their requester by a key alone, so no [DataSubject] type reaches them: the activity says whose they are.
[assembly: ProcessingActivity(DirectoryService.Activities.Support,
    Purpose = "Answering IT support requests",
    LegalBasis = LegalBasis.Contract,
    Retention = "P1Y",
    DataSubjects = new[] { "Employee" },
    Recipients = new[] { DirectoryService.Recipients.HostingProvider })]

[assembly: ProcessingActivity(DirectoryService.Activities.Payroll,
    Purpose = "Social security and payroll reporting",
    LegalBasis = LegalBasis.LegalObligation,
    Retention = "P10Y",
    Recipients = new[] { DirectoryService.Recipients.HostingProvider },
    SecurityMeasures = "Encryption key held outside the database; access reviewed every quarter")]

namespace DirectoryService;

/// <summary>The names the assembly declares with <see cref="ProcessingActivityAttribute"/>, so tags cannot misspell them.</summary>
public static class Activities
{
    public const string SignIn = "Sign-in";

    public const string AccountNotices = "Account notices";

    public const string Newsletter = "Newsletter";

    public const string Directory = "Directory listing";

    public const string Shipping = "Shipping to employees";

    public const string SecurityMonitoring = "Security monitoring";

    public const string Support = "IT support";

    public const string Payroll = "Payroll reporting";
}

/// <summary>The names the assembly declares with <see cref="RecipientAttribute"/>, so tags cannot misspell them.</summary>
public static class Recipients
{
    public const string MailProvider = "MailCo";

    public const string HostingProvider = "HostCo";
}
