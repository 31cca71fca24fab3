namespace Dossier.Generators.Tests.Activities;

/// <summary>
/// A customer whose data serves declared processing activities: members serving one, two, none, an activity and an
/// inline purpose of their own, a retained consent record, nested objects and collections whose type names its
/// members' activity, and a collection member of its own.
/// </summary>
internal static class ActivityRuntimeSource
{
    public const string Customer = """
        [assembly: Recipient("MailCo")]
        [assembly: ProcessingActivity("Sign-in", Purpose = "Signing customers in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
        [assembly: ProcessingActivity("Newsletter", Purpose = "Sending the monthly newsletter", LegalBasis = LegalBasis.Consent, Retention = "P1Y", Recipients = new[] { "MailCo" })]
        [assembly: ProcessingActivity("Fraud checks", Purpose = "Detecting fraudulent sign-ups", LegalBasis = LegalBasis.LegitimateInterests)]

        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Activities = new[] { "Sign-in", "Newsletter" })]
            public string? Email { get; set; }

            [PersonalData(DataCategory.Credential, Activities = new[] { "Sign-in" }, Export = false)]
            public string? PasswordHash { get; set; }

            [PersonalData(DataCategory.Name, Activities = new[] { "Newsletter" }, Erasure = Erasure.Anonymize)]
            public string? Salutation { get; set; }

            [PersonalData(DataCategory.Behavioral, Activities = new[] { "Newsletter" }, Purpose = "Product analytics", LegalBasis = LegalBasis.LegitimateInterests)]
            public string? ReadingHabits { get; set; }

            [PersonalData(DataCategory.Other, Activities = new[] { "Newsletter" }, Erasure = Erasure.Retain, RetentionReason = "Proof of consent (Art. 7(1))")]
            public string? ConsentRecord { get; set; }

            [PersonalData(DataCategory.Behavioral, Activities = new[] { "Newsletter" })]
            public List<string> Topics { get; set; } = new();

            [PersonalData(DataCategory.Phone, Purpose = "Delivery calls", LegalBasis = LegalBasis.Contract)]
            public string? Phone { get; set; }

            public int Points { get; set; }

            public Subscription? Subscription { get; set; }

            public List<Subscription> Past { get; set; } = new();
        }

        [ProcessingActivities("Newsletter")]
        public partial class Subscription
        {
            [PersonalData(DataCategory.Email)]
            public string? Address { get; set; }

            [PersonalData(DataCategory.OnlineIdentifier, Activities = new[] { "Newsletter", "Fraud checks" })]
            public string? SignupIp { get; set; }
        }

        public static class Fixture
        {
            public static Customer Create() => new()
            {
                Email = "ada@example.com", PasswordHash = "hash!", Salutation = "Countess", ReadingHabits = "mornings",
                ConsentRecord = "2024-05-01 web form", Topics = { "mathematics", "engines" }, Phone = "+44 20 7946 0000", Points = 7,
                Subscription = new Subscription { Address = "ada@news.example", SignupIp = "192.0.2.7" },
                Past = { new Subscription { Address = "ada@old.example", SignupIp = "192.0.2.8" } },
            };

            public static Dictionary<string, object?> State(Customer customer, ErasureReport? report) => new()
            {
                ["Email"] = customer.Email, ["PasswordHash"] = customer.PasswordHash, ["Salutation"] = customer.Salutation,
                ["ReadingHabits"] = customer.ReadingHabits, ["ConsentRecord"] = customer.ConsentRecord, ["Topics"] = customer.Topics.Count,
                ["Phone"] = customer.Phone, ["Points"] = customer.Points,
                ["SubscriptionAddress"] = customer.Subscription!.Address, ["SubscriptionIp"] = customer.Subscription.SignupIp,
                ["PastAddress"] = customer.Past[0].Address, ["PastIp"] = customer.Past[0].SignupIp,
                ["Erased"] = report?.Erased.Select(entry => entry.Path).ToArray(),
                ["Retained"] = report?.Retained.Select(entry => entry.Path).ToArray(),
                ["Kept"] = report?.Kept.Select(entry => entry.Path + " for " + string.Join(", ", entry.KeptFor.Select(activity => activity.Name))).ToArray(),
                ["Report"] = report?.ToString(),
            };
        }
        """;

    public static string Scenario(string body) =>
        "public static class Scenario\n{\n    public static string Run()\n    {\n" + body + "\n    }\n}\n";
}
