using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Untagged.UntaggedPersonalDataAnalyzer>;

namespace Dossier.Generators.Tests.Untagged;

/// <summary>
/// PII003 on the words real code uses for personal data, and on the names that contain such words but hold
/// something else.
/// </summary>
public class UntaggedWordsTests
{
    [Fact]
    public Task Tokens_that_stand_for_someone_are_credentials() => Verify.VerifyAsync("""
        public class AuthorizationInfo
        {
            public string? {|PII003:Token|} { get; set; }
            public string {|PII003:AccountActivationToken|} { get; set; } = "";
            public string {|PII003:OAuthToken|} { get; set; } = "";
            public string ContinuationToken { get; set; } = "";
            public string ClientToken { get; set; } = "";
            public System.Threading.CancellationToken Cancellation { get; set; }
        }
        """);

    [Fact]
    public Task A_person_word_before_a_system_word_keeps_the_term_personal() => Verify.VerifyAsync("""
        public class Collection
        {
            public string? {|PII003:DefaultUserCollectionEmail|} { get; set; }
            public string SupportEmail { get; set; } = "";
        }

        public class Customer { public string BankContactPhone { get; set; } = ""; }
        """);

    [Fact]
    public Task Something_addressed_to_a_person_is_not_their_name() => Verify.VerifyAsync("""
        public class PaymentCreateRequest
        {
            public string note_to_payer { get; set; } = "";
            public string {|PII003:payer_id|} { get; set; } = "";
        }

        public class Comment { public string {|PII003:CommenterName|} { get; set; } = ""; }
        """);

    [Fact]
    public Task Display_preferences_and_image_measures_are_not_personal() => Verify.VerifyAsync("""
        public class User
        {
            public string? AudioLanguagePreference { get; set; }
            public double? PrimaryImageAspectRatio { get; set; }
            public string? {|PII003:DietaryPreference|} { get; set; }
        }
        """);

    [Fact]
    public Task Entities_and_enums_named_after_data_are_not_the_data() => Verify.VerifyAsync("""
        public enum EmailAttachmentStorageLocation { Blob, Path }
        public enum Gender { Female, Male }
        public class EmailAccount { public int Id { get; set; } public string Host { get; set; } = ""; public int Port { get; set; } public string DisplayName { get; set; } = ""; public bool Ssl { get; set; } }
        public readonly record struct EmailAddress(string Value);
        public class QueuedEmailAttachment
        {
            public EmailAttachmentStorageLocation StorageLocation { get; set; }
            public EmailAccount? EmailAccount { get; set; }
        }

        public class Customer
        {
            public Gender {|PII003:Sex|} { get; set; }
            public EmailAddress {|PII003:Contact|} { get; set; }
        }
        """);
}
