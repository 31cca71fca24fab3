using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Untagged.UntaggedPersonalDataAnalyzer>;

namespace Dossier.Generators.Tests.Untagged;

/// <summary>
/// PII003 on the shapes real applications write personal data in: plain names whose meaning comes from the other
/// members of the type, from the type's name or from the member's type.
/// </summary>
public class UntaggedContextTests
{
    [Fact]
    public Task City_state_and_country_beside_a_street_are_parts_of_an_address() => Verify.VerifyAsync("""
        public class Order
        {
            public string Name { get; set; } = "";
            public string {|PII003:ShippingAddress1|} { get; set; } = "";
            public string {|PII003:ShippingCity|} { get; set; } = "";
            public string {|PII003:ShippingCountry|} { get; set; } = "";
            public int ShippingCountryId { get; set; }
        }

        public class CheckoutModel
        {
            public string {|PII003:Street|} { get; set; } = "";
            public string {|PII003:City|} { get; set; } = "";
            public string {|PII003:State|} { get; set; } = "";
            public string {|PII003:Country|} { get; set; } = "";
        }

        public class Address
        {
            public string {|PII003:City|} { get; set; } = "";
            public string {|PII003:Country|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task City_and_country_without_an_address_or_on_a_thing_are_not() => Verify.VerifyAsync("""
        public class Order { public string Country { get; set; } = ""; public string Region { get; set; } = ""; }
        public class Warehouse { public string Street { get; set; } = ""; public string City { get; set; } = ""; public string Country { get; set; } = ""; }
        public class Store { public string Address1 { get; set; } = ""; public string City { get; set; } = ""; }
        """);

    [Fact]
    public Task Number_code_and_expiry_on_a_card_are_card_data() => Verify.VerifyAsync("""
        public class CardData
        {
            public string {|PII003:CardholderName|} { get; set; } = "";
            public string Brand { get; set; } = "";
            public string {|PII003:Number|} { get; set; } = "";
            public string {|PII003:ExpMonth|} { get; set; } = "";
            public string {|PII003:ExpYear|} { get; set; } = "";
            public string {|PII003:Code|} { get; set; } = "";
        }

        public class PaymentRequest
        {
            public string {|PII003:CreditCardNumber|} { get; set; } = "";
            public int {|PII003:CreditCardExpireMonth|} { get; set; }
            public string {|PII003:CardCvv2|} { get; set; } = "";
            public string {|PII003:NameOnCard|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task What_follows_who_did_it_is_that_persons() => Verify.VerifyAsync("""
        public class MovieRequest
        {
            public string {|PII003:RequestedByAlias|} { get; set; } = "";
            public string {|PII003:CreatedByName|} { get; set; } = "";
            public string SortedByName { get; set; } = "";
            public string GroupedByName { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_ticket_or_an_issue_carries_what_its_writer_wrote() => Verify.VerifyAsync("""
        public class Issues
        {
            public string {|PII003:Subject|} { get; set; } = "";
            public string {|PII003:Description|} { get; set; } = "";
            public string IssueCategory { get; set; } = "";
        }

        public class BlogComment { public string {|PII003:CommentText|} { get; set; } = ""; }
        public class NewsletterCampaign { public string Subject { get; set; } = ""; public string Body { get; set; } = ""; }
        public class BlogPost { public string Body { get; set; } = ""; public string Description { get; set; } = ""; }
        """);

    [Fact]
    public Task Number_and_code_elsewhere_are_not_card_data() => Verify.VerifyAsync("""
        public class GiftCard { public string Code { get; set; } = ""; public string Number { get; set; } = ""; }
        public class Invoice { public string Number { get; set; } = ""; public string Code { get; set; } = ""; }
        """);

    [Fact]
    public Task Secrets_a_person_holds_are_credentials() => Verify.VerifyAsync("""
        public class User
        {
            public string {|PII003:MasterPasswordHint|} { get; set; } = "";
            public string {|PII003:SecurityStamp|} { get; set; } = "";
            public string {|PII003:TwoFactorProviders|} { get; set; } = "";
            public string {|PII003:TwoFactorRecoveryCode|} { get; set; } = "";
            public string {|PII003:ApiKey|} { get; set; } = "";
            public string {|PII003:PrivateKey|} { get; set; } = "";
            public string {|PII003:Pw|} { get; set; } = "";
            public bool TwoFactorEnabled { get; set; }
            public string PasswordHintPlaceholder { get; set; } = "";
        }

        public class Session
        {
            public string {|PII003:AccessToken|} { get; set; } = "";
            public string {|PII003:RefreshToken|} { get; set; } = "";
            public string {|PII003:IdToken|} { get; set; } = "";
            public System.TimeSpan RefreshTokenLifetime { get; set; }
        }
        """);

    [Fact]
    public Task Identifiers_of_a_persons_device_and_connection() => Verify.VerifyAsync("""
        public class Device
        {
            public string {|PII003:Identifier|} { get; set; } = "";
            public string {|PII003:PushToken|} { get; set; } = "";
            public string Name { get; set; } = "";
        }

        public class SessionInfo
        {
            public string {|PII003:RemoteEndPoint|} { get; set; } = "";
            public System.Net.IPEndPoint? {|PII003:Peer|} { get; set; }
            public System.Net.IPEndPoint? LocalEndPoint { get; set; }
            public string {|PII003:DeviceId|} { get; set; } = "";
        }

        public class Event
        {
            public System.Guid Id { get; set; }
            public string {|PII003:IpAddress|} { get; set; } = "";
            public System.Guid? DeviceId { get; set; }
            public System.Guid? InstallationId { get; set; }
        }

        public class Installation { public System.Guid Id { get; set; } }
        """);

    [Fact]
    public Task A_networks_own_addresses_are_not_a_persons() => Verify.VerifyAsync("""
        public class IPData
        {
            public System.Net.IPAddress Address { get; set; } = System.Net.IPAddress.None;
            public string Subnet { get; set; } = "";
            public string IpAddress { get; set; } = "";
        }
        """);

    [Fact]
    public Task Role_prefixed_names_name_a_person() => Verify.VerifyAsync("""
        public class EmergencyAccess
        {
            public string {|PII003:GranteeName|} { get; set; } = "";
            public string {|PII003:GrantorEmail|} { get; set; } = "";
            public string CommandName { get; set; } = "";
        }

        public class BankTransfer
        {
            public string {|PII003:NameOnAccount|} { get; set; } = "";
            public string {|PII003:RecipientName|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Image_tags_named_after_a_parent_are_not_photos() => Verify.VerifyAsync("""
        public class BaseItemDto
        {
            public string ParentPrimaryImageTag { get; set; } = "";
            public string[] ParentBackdropImageTags { get; set; } = System.Array.Empty<string>();
        }
        """);

    [Fact]
    public Task An_identity_document_holds_a_persons_details() => Verify.VerifyAsync("""
        public class CipherDriversLicenseData
        {
            public string? {|PII003:FirstName|} { get; set; }
            public string? {|PII003:LicenseNumber|} { get; set; }
            public string? {|PII003:IssuingCountry|} { get; set; }
            public System.DateOnly? {|PII003:ExpirationDate|} { get; set; }
            public System.DateTime RevisionDate { get; set; }
        }

        public class License { public string Number { get; set; } = ""; public string Name { get; set; } = ""; }
        """);

    [Fact]
    public Task Reviews_comments_and_mails_carry_what_people_wrote_and_to_whom() => Verify.VerifyAsync("""
        public class Review
        {
            public string {|PII003:Title|} { get; set; } = "";
            public string {|PII003:Comment|} { get; set; } = "";
            public string {|PII003:ReviewerName|} { get; set; } = "";
        }

        public class QueuedEmail
        {
            public string From { get; set; } = "";
            public string {|PII003:To|} { get; set; } = "";
            public string {|PII003:Cc|} { get; set; } = "";
            public string {|PII003:ReplyTo|} { get; set; } = "";
            public string {|PII003:Body|} { get; set; } = "";
        }

        public class GiftCardInfo
        {
            public string {|PII003:RecipientName|} { get; set; } = "";
            public string {|PII003:Message|} { get; set; } = "";
        }

        public class MediaStream { public string Title { get; set; } = ""; public string Comment { get; set; } = ""; }
        public class Conversation { public string? Title { get; set; } }
        """);

    [Fact]
    public Task Secrets_of_a_verification_and_what_an_activity_log_says() => Verify.VerifyAsync("""
        public class ResetPasswordViewModel
        {
            public string {|PII003:Email|} { get; set; } = "";
            public string {|PII003:Code|} { get; set; } = "";
        }

        public class ActivityLog
        {
            public string {|PII003:Name|} { get; set; } = "";
            public string? {|PII003:ShortOverview|} { get; set; }
            public string Type { get; set; } = "";
        }

        public class Coupon { public string Code { get; set; } = ""; }
        """);

    [Fact]
    public Task Types_are_read_by_their_head_and_by_who_owns_them() => Verify.VerifyAsync("""
        public class UserCipherForTask { public string {|PII003:Email|} { get; set; } = ""; }
        public class EntityWithAttributes { public int Id { get; set; } }
        public class Order : EntityWithAttributes { public string {|PII003:CardNumber|} { get; set; } = ""; }
        public class WebAuthnCredential { public string {|PII003:EncryptedPrivateKey|} { get; set; } = ""; }
        public class SmtpCredential { public string Password { get; set; } = ""; }
        public class DeviceOptions { public string {|PII003:DeviceId|} { get; set; } = ""; }
        public class OrganizationApiKey { public string ApiKey { get; set; } = ""; }
        public class EmailAccount { public string Email { get; set; } = ""; public string Password { get; set; } = ""; }
        public class User { public string? {|PII003:Key|} { get; set; } public string? {|PII003:ResetPasswordKey|} { get; set; } }
        public class Setting { public string Key { get; set; } = ""; }
        """);

    [Fact]
    public Task The_message_says_which_context_made_a_plain_name_personal() => Verify.VerifyAsync(
        """
        public class CardData
        {
            public string {|#0:Number|} { get; set; } = "";
        }

        public class Checkout
        {
            public string {|#1:PostalCode|} { get; set; } = "";
            public string {|#2:City|} { get; set; } = "";
        }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Number", "Financial", "the name says 'number' and 'CardData' is a payment card"),
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("PostalCode", "PostalAddress", "the name says 'postal code'"),
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(2).WithArguments("City", "PostalAddress", "the name says 'city' and 'PostalCode' beside it makes 'Checkout' hold an address"));

    [Fact]
    public Task A_screens_title_is_its_own_text_but_a_profiles_title_is_a_job() => Verify.VerifyAsync("""
        public class ProfileViewModel
        {
            public string Title { get; set; } = "Your profile";
            public string Header { get; set; } = "";
            public string? {|PII003:Email|} { get; set; }
        }

        public class CustomerPage
        {
            public string Title { get; set; } = "";
        }

        public class EmployeeProfile
        {
            public string? {|PII003:Title|} { get; set; }
        }
        """);

    [Fact]
    public Task A_push_services_player_id_names_a_persons_device_but_a_games_player_id_is_a_key() => Verify.VerifyAsync("""
        public class NotificationUserId
        {
            public string {|#0:PlayerId|} { get; set; } = "";
            public string UserId { get; set; } = "";
        }

        public class MobileNotificationBody { public string {|PII003:PlayerId|} { get; set; } = ""; }
        public class GameScore { public string PlayerId { get; set; } = ""; public int Points { get; set; } }
        public class PushSubscription { public System.Guid PlayerId { get; set; } }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("PlayerId", "OnlineIdentifier", "the name says 'player id' and 'NotificationUserId' is a push notification registration"));

    [Fact]
    public Task A_note_about_a_customer_and_staff_comments_on_a_customer_are_about_that_person() => Verify.VerifyAsync("""
        public class CustomerNote
        {
            public string {|#0:Note|} { get; set; } = "";
            public string CustomerId { get; set; } = "";
            public bool DisplayToCustomer { get; set; }
        }

        public class Customer
        {
            public string {|#1:AdminComment|} { get; set; } = "";
        }

        public class OrderNote { public string Note { get; set; } = ""; }
        public class Vendor { public string AdminComment { get; set; } = ""; }
        public class Warehouse { public string AdminComment { get; set; } = ""; }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Note", "Other", "the name says 'note' and 'CustomerNote' is a note about a person"),
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("AdminComment", "Other", "the name says 'admin comment' and 'Customer' is a person-like type"));

    [Fact]
    public Task Coordinates_of_a_bare_geographic_position_are_a_location_but_a_places_or_a_screens_are_not() => Verify.VerifyAsync("""
        public class LocationModel
        {
            public double {|PII003:Latitude|} { get; set; }
            public double {|PII003:Longitude|} { get; set; }
        }

        public class GeoCoordinates
        {
            public double {|PII003:X|} { get; set; }
            public double {|PII003:Y|} { get; set; }
        }

        public class WarehouseLocation { public double Latitude { get; set; } public double Longitude { get; set; } }
        public class Coordinates { public double X { get; set; } public double Y { get; set; } }
        public class Point { public int X { get; set; } public int Y { get; set; } }
        """);

    [Fact]
    public Task A_persons_identifier_at_an_external_sign_in_provider_is_an_online_identifier() => Verify.VerifyAsync("""
        public class ExternalAuthentication
        {
            public string {|PII003:ExternalIdentifier|} { get; set; } = "";
            public string {|PII003:ExternalDisplayIdentifier|} { get; set; } = "";
            public string ProviderSystemName { get; set; } = "";
        }

        public class UserLogin { public string LoginProvider { get; set; } = ""; public string {|PII003:ProviderKey|} { get; set; } = ""; }
        public class Product { public string ExternalId { get; set; } = ""; }
        """);

    [Fact]
    public Task A_serialized_shipping_or_billing_address_is_an_address_and_a_persons_service_token_a_credential() => Verify.VerifyAsync("""
        public class Checkout
        {
            public string {|PII003:ShippingData|} { get; set; } = "";
            public string {|PII003:BillingDetails|} { get; set; } = "";
        }

        public class AppUser
        {
            public string {|PII003:MediaServerToken|} { get; set; } = "";
            public string {|PII003:ApiToken|} { get; set; } = "";
        }

        public class Product { public string ShippingInfo { get; set; } = ""; }
        public class MediaServer { public string ApiToken { get; set; } = ""; }
        """);

    [Fact]
    public Task A_country_beside_the_ip_address_of_a_request_is_where_the_person_connected_from() => Verify.VerifyAsync("""
        public class AuthRequest
        {
            public string {|PII003:RequestIpAddress|} { get; set; } = "";
            public string {|#0:RequestCountryName|} { get; set; } = "";
        }

        public class Order
        {
            public string {|PII003:CustomerIp|} { get; set; } = "";
            public string DirectDebitCountry { get; set; } = "";
        }

        public class Router { public string IpAddress { get; set; } = ""; public string Subnet { get; set; } = ""; public string Country { get; set; } = ""; }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("RequestCountryName", "Location", "the name says 'country' and 'RequestIpAddress' beside it makes it where a person connected from"));

    [Fact]
    public Task A_contact_forms_subject_is_what_its_sender_wrote() => Verify.VerifyAsync("""
        public class ContactUs
        {
            public string {|PII003:Email|} { get; set; } = "";
            public string {|PII003:Subject|} { get; set; } = "";
            public string {|PII003:Enquiry|} { get; set; } = "";
        }

        public class EmailTemplate { public string Subject { get; set; } = ""; }
        """);

    [Fact]
    public Task A_bare_key_or_data_on_a_persons_row_is_theirs_but_not_on_a_key_value_row() => Verify.VerifyAsync("""
        public class Send
        {
            public System.Guid Id { get; set; }
            public System.Guid? UserId { get; set; }
            public string {|#0:Key|} { get; set; } = "";
            public string {|PII003:Data|} { get; set; } = "";
        }

        public class DisplayPreference { public System.Guid UserId { get; set; } public string Key { get; set; } = ""; public string Value { get; set; } = ""; }
        public class Policy { public System.Guid OrganizationId { get; set; } public string Data { get; set; } = ""; }
        public class Episode { public string Key { get; set; } = ""; public string ParentKey { get; set; } = ""; }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Key", "Credential", "the name says 'key' and 'UserId' beside it makes 'Send' a person's"));

    [Fact]
    public Task A_persons_serialized_blob_is_theirs_but_an_addresss_or_a_things_is_not() => Verify.VerifyAsync("""
        public class ApplicationUser
        {
            public string Id { get; set; } = "";
            public byte[] {|#0:Blob|} { get; set; } = System.Array.Empty<byte>();
            public string {|PII003:Blob2|} { get; set; } = "";
        }

        public class UserBlob
        {
            public string {|PII003:Name|} { get; set; } = "";
            public bool ShowHints { get; set; }
        }

        public class LightningAddressData { public string CurrencyCode { get; set; } = ""; public string Blob { get; set; } = ""; }
        public class WebhookData { public string Id { get; set; } = ""; public string Blob { get; set; } = ""; }
        public class StoreBlob { public string Name { get; set; } = ""; }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Blob", "Other", "the name says 'blob' (serialized data) and 'ApplicationUser' is a person-like type"));

    [Fact]
    public Task An_api_key_keyed_by_the_key_itself_holds_it_in_its_id_when_a_person_owns_it() => Verify.VerifyAsync("""
        public class APIKeyData
        {
            public string {|#0:Id|} { get; set; } = "";
            public string UserId { get; set; } = "";
            public string Label { get; set; } = "";
        }

        public class ApiKey { public System.Guid Id { get; set; } public System.Guid UserId { get; set; } }
        public class StoreApiKey { public string Id { get; set; } = ""; public string StoreId { get; set; } = ""; }
        public class Customer { public string Id { get; set; } = ""; public string UserId { get; set; } = ""; }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Id", "Credential", "the name says 'id', 'APIKeyData' is a key for an API keyed by the key itself, and 'UserId' beside it makes it a person's"));

    [Fact]
    public Task A_mail_rules_subject_and_body_are_templates_not_a_persons_message() => Verify.VerifyAsync("""
        public class EmailRuleData
        {
            public string Trigger { get; set; } = "";
            public string Subject { get; set; } = "";
            public string Body { get; set; } = "";
        }

        public class EmailMessage
        {
            public string {|PII003:Subject|} { get; set; } = "";
            public string {|PII003:Body|} { get; set; } = "";
            public string {|PII003:Attachment|} { get; set; } = "";
            public string AttachmentFilePath { get; set; } = "";
            public string AttachmentFileName { get; set; } = "";
        }
        """);

    [Fact]
    public Task An_invoices_free_form_metadata_and_a_form_response_are_a_persons_but_a_plans_metadata_is_not() => Verify.VerifyAsync("""
        namespace Newtonsoft.Json.Linq { public class JObject { } }

        namespace Shop
        {
            using Newtonsoft.Json.Linq;

            public class InvoiceData
            {
                public string Id { get; set; } = "";
                public JObject {|#0:Metadata|} { get; set; } = new();
            }

            public class PaymentRequestData { public System.Text.Json.JsonElement {|PII003:FormResponse|} { get; set; } }
            public class OfferingModel { public JObject Metadata { get; set; } = new(); }
            public class InvoiceView { public string Metadata { get; set; } = ""; }
        }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Metadata", "Other", "the name says 'metadata' and 'InvoiceData' is a purchase ('invoice'), whose metadata holds the buyer's details"));

    [Fact]
    public Task An_invoices_blob_and_a_persons_identity_value_are_personal_but_a_wallets_address_is_not() => Verify.VerifyAsync("""
        public class InvoiceData
        {
            public string Id { get; set; } = "";
            public string {|#0:Blob2|} { get; set; } = "";
        }

        public class CustomerIdentityData
        {
            public string CustomerId { get; set; } = "";
            public string Type { get; set; } = "";
            public string {|#1:Value|} { get; set; } = "";
        }

        public class PullPaymentData { public string Blob { get; set; } = ""; }
        public class OnChainWalletAddressItem { public string Address { get; set; } = ""; public string KeyPath { get; set; } = ""; }
        public class Contact { public string {|PII003:Address|} { get; set; } = ""; }
        """,
        null,
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Blob2", "Other", "the name says 'blob' (serialized data) and 'InvoiceData' is a purchase ('invoice'), whose record holds the buyer's details"),
        new DiagnosticResult("PII003", DiagnosticSeverity.Warning).WithLocation(1)
            .WithArguments("Value", "OnlineIdentifier", "the name says 'value' and 'CustomerIdentityData' is a person's identity: the value is the address or handle itself"));

    [Fact]
    public Task A_whole_number_of_tokens_or_passwords_is_a_count_but_a_numeric_pin_is_a_secret() => Verify.VerifyAsync("""
        public class LanguageModelUsage
        {
            public long InputTokens { get; set; }
            public int MaxTokens { get; set; }
        }

        public class AccountPolicy { public int RememberedPasswordsNumber { get; set; } }

        public class Customer
        {
            public int {|PII003:Pin|} { get; set; }
            public string {|PII003:Password|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_map_of_names_to_text_holds_what_its_name_says() => Verify.VerifyAsync("""
        #nullable enable
        public class CapturedRequest
        {
            public System.Collections.Generic.Dictionary<string, string> {|PII003:Cookies|} { get; set; } = new();
            public System.Collections.Generic.IDictionary<string, string?> {|PII003:PhoneNumbers|} { get; set; } = new System.Collections.Generic.Dictionary<string, string?>();
            public System.Collections.Generic.Dictionary<string, string> Headers { get; set; } = new();
            public System.Collections.Generic.Dictionary<string, int> CookieSizes { get; set; } = new();
        }

        public class PageHit : IRecord
        {
            public string? {|PII003:UserAgent|} { get; set; }
            public string? Host { get; set; }
            public int? Port { get; set; }
            public System.Collections.Generic.Dictionary<string, string[]>? Headers { get; set; }
            public System.Collections.Generic.Dictionary<string, string>? {|PII003:Cookies|} { get; set; }
        }

        public interface IRecord { }
        """);

    [Fact]
    public Task An_oauth_or_sso_account_holds_the_persons_id_at_the_provider() => Verify.VerifyAsync("""
        public class OAuthAccount
        {
            public string Provider { get; set; } = "";
            public string {|PII003:ProviderUserId|} { get; set; } = "";
            public string {|PII003:Username|} { get; set; } = "";
        }

        public class SsoIdentity
        {
            public string Provider { get; set; } = "";
            public string {|PII003:ExternalId|} { get; set; } = "";
        }

        public class ShippingProvider { public string Provider { get; set; } = ""; public string ExternalId { get; set; } = ""; }
        """);

    [Fact]
    public Task An_oauth_or_web_application_is_software_but_a_job_application_is_a_persons() => Verify.VerifyAsync("""
        public interface IIdentity { string Id { get; } }

        public class OAuthApplication : IIdentity
        {
            public string Id { get; set; } = "";
            public string Name { get; set; } = "";
        }

        public class WebApplication { public string Name { get; set; } = ""; public string Country { get; set; } = ""; }

        public class JobApplication
        {
            public string {|PII003:FullName|} { get; set; } = "";
            public string {|PII003:Street|} { get; set; } = "";
            public string {|PII003:City|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task The_recipients_of_what_sends_mail_and_the_client_a_request_came_from_are_personal() => Verify.VerifyAsync("""
        public class AlertMailRule
        {
            public string Trigger { get; set; } = "";
            public string[] {|PII003:To|} { get; set; } = System.Array.Empty<string>();
            public string[] {|PII003:Cc|} { get; set; } = System.Array.Empty<string>();
        }

        public class Route { public string From { get; set; } = ""; public string To { get; set; } = ""; }

        public class SubmittingClient
        {
            public string? {|PII003:IpAddress|} { get; set; }
            public string? {|PII003:UserAgent|} { get; set; }
            public string? Version { get; set; }
        }

        public class ApiClient { public string Name { get; set; } = ""; public string IpAddress { get; set; } = ""; }
        """);

    [Fact]
    public Task An_email_on_a_licence_or_a_migration_is_a_persons_but_an_organisations_or_a_templates_is_its_own() => Verify.VerifyAsync("""
        public class RenewLicenseRequest
        {
            public string Key { get; set; } = "";
            public string {|PII003:Email|} { get; set; } = "";
        }

        public class UserMigration { public string {|PII003:EmailAddress|} { get; set; } = ""; }

        public class MailboxMigration { public string Email { get; set; } = ""; }

        public class SupplierInfo { public string Email { get; set; } = ""; }

        public class MessageTemplate { public string BccEmail { get; set; } = ""; }
        """);

    [Fact]
    public Task An_email_id_held_as_text_is_the_address_but_as_a_number_or_beside_an_email_a_key() => Verify.VerifyAsync("""
        public class Subscriber { public string {|PII003:EmailId|} { get; set; } = ""; }

        public class Delivery { public int EmailId { get; set; } public System.Guid MessageId { get; set; } }

        public class Bounce
        {
            public object Email { get; set; } = new();
            public string EmailId { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_persons_id_or_handle_on_a_chat_or_social_service_is_an_online_identifier() => Verify.VerifyAsync("""
        public class SupportLicense
        {
            public string Key { get; set; } = "";
            public string? {|PII003:DiscordId|} { get; set; }
        }

        public class Member { public string {|PII003:SlackUserId|} { get; set; } = ""; public string {|PII003:SteamUsername|} { get; set; } = ""; }

        public class Announcement { public string SlackChannelId { get; set; } = ""; public string SlackWebhookUrl { get; set; } = ""; }
        """);

    [Fact]
    public Task A_confirmation_invitation_or_reset_link_carries_a_persons_token() => Verify.VerifyAsync("""
        public class WelcomeMessage
        {
            public string {|PII003:ServerConfirmationLink|} { get; set; } = "";
            public string {|PII003:InvitationUrl|} { get; set; } = "";
            public string SampleResetLink { get; set; } = "";
            public string CallbackUrl { get; set; } = "";
        }

        public class AccountTransfer { public string {|PII003:PasswordResetUrl|} { get; set; } = ""; }
        """);

    [Fact]
    public Task What_a_person_wrote_in_a_review_or_a_rating_is_their_communication() => Verify.VerifyAsync("""
        public class UserBookRating
        {
            public float Score { get; set; }
            public string? {|PII003:Review|} { get; set; }
            public string? {|PII003:Tagline|} { get; set; }
        }

        public class ReadingEvent
        {
            public string? {|PII003:ReviewTitle|} { get; set; }
            public string? {|PII003:ReviewBody|} { get; set; }
            public int ReviewCount { get; set; }
        }

        public class Film { public string Title { get; set; } = ""; public string Tagline { get; set; } = ""; }

        public class FilmRating { public string Source { get; set; } = ""; public string Title { get; set; } = ""; public string Tagline { get; set; } = ""; public double Value { get; set; } }
        """);

    [Fact]
    public Task A_name_or_a_note_beside_an_email_and_a_phone_is_the_name_of_or_about_whom_they_reach() => Verify.VerifyAsync("""
        public class HelpRequest
        {
            public string {|PII003:Name|} { get; set; } = "";
            public string {|PII003:Phone|} { get; set; } = "";
            public string {|PII003:Email|} { get; set; } = "";
            public string {|PII003:Notes|} { get; set; } = "";
        }

        public class ImportRow
        {
            public string {|PII003:Name|} { get; set; } = "";
            public string {|PII003:Street|} { get; set; } = "";
            public string {|PII003:PostalCode|} { get; set; } = "";
            public string {|PII003:Email|} { get; set; } = "";
        }

        public class Venue { public string Name { get; set; } = ""; public string Phone { get; set; } = ""; public string Email { get; set; } = ""; public string Notes { get; set; } = ""; }

        public class Campaign { public string Name { get; set; } = ""; public string Email { get; set; } = ""; }
        """);

    [Fact]
    public Task A_table_of_postal_codes_is_reference_data_not_an_address() => Verify.VerifyAsync("""
        public class ZipCodeLocation
        {
            public string ZipCode { get; set; } = "";
            public string City { get; set; } = "";
            public string State { get; set; } = "";
            public double Latitude { get; set; }
            public double Longitude { get; set; }
        }

        public class ZipCodeChange { public string {|PII003:ZipCode|} { get; set; } = ""; public string {|PII003:City|} { get; set; } = ""; }
        """);

    [Fact]
    public Task A_user_name_on_a_thing_is_a_persons_but_on_a_system_its_own() => Verify.VerifyAsync("""
        public class DataMigration { public string {|PII003:Username|} { get; set; } = ""; }

        public class DatabaseServer { public string Username { get; set; } = ""; }
        """);

    [Fact]
    public Task A_client_with_redirect_uris_or_allowed_scopes_is_a_registered_application_not_a_person() => Verify.VerifyAsync("""
        namespace Auth
        {
            public class Client
            {
                public string ClientName { get; set; } = "";
                public string Description { get; set; } = "";
                public string LoginStartUri { get; set; } = "";
                public string PairwiseSubjectSalt { get; set; } = "";
                public System.Collections.Generic.List<string> RedirectUris { get; set; } = new();
                public System.Collections.Generic.List<string> AllowedScopes { get; set; } = new();
            }
        }

        namespace Crm
        {
            public class Client
            {
                public string {|PII003:Description|} { get; set; } = "";
                public string {|PII003:Email|} { get; set; } = "";
            }
        }
        """);

    [Fact]
    public Task Api_before_a_dto_suffix_names_the_layer_not_what_the_type_is_about() => Verify.VerifyAsync("""
        public class AccountPasswordApiDto<TKey>
        {
            public TKey? MemberId { get; set; }
            public string {|PII003:Password|} { get; set; } = "";
            public string {|PII003:RepeatPassword|} { get; set; } = "";
        }

        public class PartnerApi { public string Password { get; set; } = ""; }
        """);

    [Fact]
    public Task A_login_provider_beside_it_makes_the_provider_key_a_persons_id_there() => Verify.VerifyAsync("""
        public class MemberProviderDto<TKey>
        {
            public TKey? MemberId { get; set; }
            public string LoginProvider { get; set; } = "";
            public string {|PII003:ProviderKey|} { get; set; } = "";
            public string ProviderDisplayName { get; set; } = "";
        }

        public class PaymentProviderDto { public string ProviderKey { get; set; } = ""; public string Name { get; set; } = ""; }
        """);

    [Fact]
    public Task The_shared_key_of_an_authenticator_setup_is_the_persons_second_factor() => Verify.VerifyAsync("""
        public class SetUpAuthenticatorModel
        {
            public string {|PII003:SharedKey|} { get; set; } = "";
            public string {|PII003:SharedSecret|} { get; set; } = "";
        }

        public class ReplicationPeer { public string SharedKey { get; set; } = ""; public string SharedSecret { get; set; } = ""; }
        """);

    [Fact]
    public Task A_whole_number_of_what_is_left_is_a_count() => Verify.VerifyAsync("""
        public class MfaStatus
        {
            public int BackupCodesLeft { get; set; }
            public int PinAttemptsRemaining { get; set; }
            public int {|PII003:Pin|} { get; set; }
        }
        """);

    [Fact]
    public Task The_message_of_a_configuration_issue_is_what_a_check_found_not_someones_writing() => Verify.VerifyAsync("""
        public class ConfigurationIssue
        {
            public string Message { get; set; } = "";
            public System.Collections.Generic.Dictionary<string, string> MessageArguments { get; set; } = new();
        }

        public class SupportIssue { public string {|PII003:Message|} { get; set; } = ""; }
        """);

    [Fact]
    public async Task The_subject_name_beside_a_subject_id_is_the_person_the_row_is_about()
    {
        await Verify.VerifyAsync("""
            public class TokenRecord
            {
                public string Handle { get; set; } = "";
                public string SubjectId { get; set; } = "";
                public string {|PII003:SubjectName|} { get; set; } = "";
            }

            public class EventSearch
            {
                public string SubjectIdentifier { get; set; } = "";
                public string {|PII003:SubjectName|} { get; set; } = "";
            }

            public class Certificate { public string SubjectId { get; set; } = ""; public string SubjectName { get; set; } = ""; }
            """);

        // Where a Subject is a row of its own (a school's), SubjectId is a key to it and SubjectName its name.
        await Verify.VerifyAsync("""
            public class Subject { public int Id { get; set; } public string Title { get; set; } = ""; }
            public class Lesson { public int SubjectId { get; set; } public string SubjectName { get; set; } = ""; }
            """);
    }

    [Fact]
    public Task The_value_of_a_claim_about_a_user_is_personal_but_a_roles_is_not() => Verify.VerifyAsync("""
        public class MemberClaimModel
        {
            public int Id { get; set; }
            public string ClaimType { get; set; } = "";
            public string {|PII003:ClaimValue|} { get; set; } = "";
        }

        public class CustomerClaim { public string Type { get; set; } = ""; public string {|PII003:Value|} { get; set; } = ""; }

        public class RoleClaimModel { public string ClaimType { get; set; } = ""; public string ClaimValue { get; set; } = ""; }
        """);

    [Fact]
    public Task The_display_name_of_a_sign_in_session_is_its_users() => Verify.VerifyAsync("""
        public class ActiveSession
        {
            public string SessionKey { get; set; } = "";
            public string SubjectId { get; set; } = "";
            public string {|PII003:DisplayName|} { get; set; } = "";
        }

        public class TrainingSession { public int Id { get; set; } public string DisplayName { get; set; } = ""; }
        """);

    [Fact]
    public Task A_token_that_verifies_a_person_is_theirs_even_on_an_organisations_request() => Verify.VerifyAsync("""
        public class DisableSecondFactorRequest
        {
            public string {|PII003:UserVerificationToken|} { get; set; } = "";
            public string {|PII003:EmailVerificationToken|} { get; set; } = "";
        }

        public class OrganizationDisableSecondFactorRequest { public string {|PII003:UserVerificationToken|} { get; set; } = ""; }

        public class ContactFormPost { public string RequestVerificationToken { get; set; } = ""; }
        """);

    [Fact]
    public Task The_numbered_keys_of_a_hardware_key_second_factor_are_the_ids_of_the_keys_registered() => Verify.VerifyAsync("""
        public class SecurityKeySetupResponse
        {
            public bool Enabled { get; set; }
            public string {|PII003:Key1|} { get; set; } = "";
            public string {|PII003:Key2|} { get; set; } = "";
            public byte[] KeyHandle { get; set; } = System.Array.Empty<byte>();
        }

        public class TranslationEntry { public string Key1 { get; set; } = ""; public string Key2 { get; set; } = ""; }
        """);

    [Fact]
    public Task A_key_beside_a_persons_password_is_the_key_the_password_unlocks() => Verify.VerifyAsync("""
        public class ShareCreateRequest
        {
            public string Title { get; set; } = "";
            public string {|PII003:Key|} { get; set; } = "";
            public string? {|PII003:Password|} { get; set; }
        }

        public class UnlockSetupRequest { public string {|PII003:Key|} { get; set; } = ""; public int KdfIterations { get; set; } }

        public class LocalizedString { public string Key { get; set; } = ""; public string Value { get; set; } = ""; }
        """);

    [Fact]
    public Task The_reason_for_a_ban_or_an_infraction_is_what_was_written_about_the_person() => Verify.VerifyAsync("""
        public class ForumMember
        {
            public string {|PII003:UserName|} { get; set; } = "";
            public string? {|PII003:BanReason|} { get; set; }
        }

        public class WarningInfraction
        {
            public ulong SubjectId { get; set; }
            public string {|PII003:Reason|} { get; set; } = "";
            public string? {|PII003:RevokeReason|} { get; set; }
        }

        public class Refund { public decimal Amount { get; set; } public string Reason { get; set; } = ""; }

        public class FailedJobRecord { public string FailureReason { get; set; } = ""; public string Reason { get; set; } = ""; }
        """);

    [Fact]
    public Task A_discriminator_beside_a_user_name_is_part_of_a_chat_handle() => Verify.VerifyAsync("""
        public class ChatAccount
        {
            public string {|PII003:Username|} { get; set; } = "";
            public string {|PII003:Discriminator|} { get; set; } = "";
            public ushort {|PII003:DiscriminatorValue|} { get; set; }
        }

        public abstract class PaymentMethodRow { public int Id { get; set; } public string Discriminator { get; set; } = ""; }

        public class ShapeEntity { public string Name { get; set; } = ""; public string Discriminator { get; set; } = ""; }
        """);

    [Fact]
    public Task The_avatar_id_of_a_person_held_as_text_names_their_picture() => Verify.VerifyAsync("""
        public class GuildMember
        {
            public string? {|PII003:AvatarId|} { get; set; }
            public string? {|PII003:CommunityAvatarId|} { get; set; }
            public string? AvatarDecorationHash { get; set; }
        }

        public class Player { public System.Guid AvatarId { get; set; } }
        """);

    [Fact]
    public Task The_global_name_of_a_person_is_their_name() => Verify.VerifyAsync("""
        public class CommunityUser { public string? {|PII003:GlobalName|} { get; set; } }

        public class ScriptVariable { public string GlobalName { get; set; } = ""; }
        """);

    [Fact]
    public Task The_administrator_a_tenant_is_created_with_is_a_person() => Verify.VerifyAsync("""
        public record ProvisionTenantRequest(string Identifier, string {|PII003:AdminEmail|}, string {|PII003:AdminPassword|});

        public class OrganizationOverview { public string Title { get; set; } = ""; public string {|PII003:AdminEmail|} { get; set; } = ""; }

        public class ReportSchedule { public string AdminEmail { get; set; } = ""; }
        """);

    [Fact]
    public Task The_link_on_a_profile_picture_request_is_the_persons_picture() => Verify.VerifyAsync("""
        public record UpdateProfilePhotoRequest(string? {|PII003:PhotoUrl|});

        public class AvatarUploadResult { public string {|PII003:Url|} { get; set; } = ""; public long Size { get; set; } }

        public record ChangeProductImageRequest(string? ImageUrl);
        """);

    [Fact]
    public Task The_headers_of_a_message_are_the_protocols_not_a_heading() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public class OutgoingMail
        {
            public string {|PII003:Subject|} { get; set; } = "";
            public Dictionary<string, string> Headers { get; set; } = new();
        }

        public class ChatPrompt { public string {|PII003:Header|} { get; set; } = ""; public string {|PII003:SenderName|} { get; set; } = ""; }
        """);

    [Fact]
    public Task The_term_of_a_search_being_run_is_not_a_search_history() => Verify.VerifyAsync("""
        public record ListTeamsQuery(string? SearchTerm, int Page);

        public class ArticleFilter { public string? SearchText { get; set; } }

        public class SearchHistoryEntry { public string {|PII003:SearchTerm|} { get; set; } = ""; }
        """);

    [Fact]
    public Task An_activity_with_a_status_code_and_a_duration_is_a_traced_request() => Verify.VerifyAsync("""
        public class ActivityEvent
        {
            public string Name { get; set; } = "";
            public int StatusCode { get; set; }
            public long DurationMs { get; set; }
        }

        public class ActivityLogEntry { public string {|PII003:Name|} { get; set; } = ""; public string {|PII003:IpAddress|} { get; set; } = ""; }
        """);

    [Fact]
    public Task The_account_beside_a_services_host_or_index_is_the_systems_but_a_persons_login_is_theirs() => Verify.VerifyAsync("""
        public class SearchIndexStep
        {
            public System.Uri Host { get; set; } = null!;
            public string IndexName { get; set; } = "";
            public string? Username { get; set; }
            public string? Password { get; set; }
            public string ApiKey { get; set; } = "";
        }

        public class SignInForm
        {
            public string {|PII003:Username|} { get; set; } = "";
            public string {|PII003:Password|} { get; set; } = "";
            public string ReturnUrl { get; set; } = "";
        }

        public class SavedSiteLogin
        {
            public string Url { get; set; } = "";
            public string {|PII003:Username|} { get; set; } = "";
            public string {|PII003:Password|} { get; set; } = "";
        }

        public class MemberExternalSource
        {
            public string Host { get; set; } = "";
            public string {|PII003:ApiKey|} { get; set; } = "";
        }

        public class LibrarySource
        {
            public int UserId { get; set; }
            public string Host { get; set; } = "";
            public string {|PII003:ApiKey|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task The_subject_and_body_on_settings_kept_for_people_are_templates() => Verify.VerifyAsync("""
        public class InviteMailOptions
        {
            public string NewUserSubject { get; set; } = "";
            public string NewUserBody { get; set; } = "";
        }

        public class MemberNotificationSettings { public string WelcomeSubject { get; set; } = ""; public string Body { get; set; } = ""; }

        public class SupportMessage
        {
            public string {|PII003:SenderEmail|} { get; set; } = "";
            public string {|PII003:Subject|} { get; set; } = "";
            public string {|PII003:Body|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task The_secret_of_an_app_or_api_client_is_the_clients() => Verify.VerifyAsync("""
        public class AppClientAdded { public string Id { get; set; } = ""; public string Secret { get; set; } = ""; }
        public class ApiClientRotated { public string NewSecret { get; set; } = ""; }
        public class UserSecretChanged { public string {|PII003:Secret|} { get; set; } = ""; }
        """);

    [Fact]
    public Task What_a_persons_info_holds_is_theirs_but_an_info_address_is_the_systems() => Verify.VerifyAsync("""
        public class SearchIndexRow
        {
            public string Id { get; set; } = "";
            public string {|PII003:UserInfoApiKey|} { get; set; } = "";
            public string {|PII003:CustomerInfoEmail|} { get; set; } = "";
        }

        public class ContactPage { public string InfoEmail { get; set; } = ""; }
        """);

    [Fact]
    public Task An_event_about_a_comment_carries_what_its_writer_wrote() => Verify.VerifyAsync("""
        public class CommentPostedEvent
        {
            public string {|PII003:Text|} { get; set; } = "";
            public System.Uri? Url { get; set; }
        }

        public class OrderShippedEvent { public string Text { get; set; } = ""; }
        public class QueueMessageEvent { public string Body { get; set; } = ""; }
        """);

    [Fact]
    public Task A_persons_values_are_their_details() => Verify.VerifyAsync("""
        public class MemberValues
        {
            public string? {|PII003:DisplayName|} { get; set; }
            public string? {|PII003:PictureUrl|} { get; set; }
            public string? {|PII003:ClientSecret|} { get; set; }
            public System.Collections.Generic.List<(string Name, string Value)>? {|PII003:Properties|} { get; set; }
            public System.Collections.Generic.Dictionary<string, string>? {|PII003:Answers|} { get; set; }
            public bool? IsHidden { get; set; }
        }

        public class ProductValues { public string? DisplayName { get; set; } public string? Properties { get; set; } }
        public class ApiConnection { public string ClientId { get; set; } = ""; public string ClientSecret { get; set; } = ""; }
        """);

    [Fact]
    public Task A_persons_sign_in_records_are_rows_of_their_own_but_a_login_name_value_is_the_name() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public class ExternalLogin { public string Provider { get; set; } = ""; public string {|PII003:ProviderKey|} { get; set; } = ""; }
        public sealed record LoginName(string Value);

        public class Member
        {
            public List<ExternalLogin> Logins { get; set; } = new();
            public LoginName {|PII003:Login|} { get; set; } = new("");
        }
        """);

    [Fact]
    public Task The_text_of_a_document_shown_to_people_is_the_documents() => Verify.VerifyAsync("""
        public class SignUpModel
        {
            public string MemberAgreementText { get; set; } = "";
            public string CustomerTermsBody { get; set; } = "";
            public string {|PII003:MemberNoteText|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task The_search_term_of_a_query_is_the_requests_but_a_log_of_searches_says_what_someone_looked_for() => Verify.VerifyAsync("""
        public class ListTeamsQuery { public string? SearchTerm { get; set; } public int Page { get; set; } }
        public class SearchHistoryEntry { public string {|PII003:SearchTerm|} { get; set; } = ""; }
        public class SavedSearch { public int UserId { get; set; } public string {|PII003:SearchQuery|} { get; set; } = ""; }
        """);
}
