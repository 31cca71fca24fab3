using Dossier.Generators.Diagnostics;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Encryption.EncryptionAnalyzer>;

namespace Dossier.Generators.Tests.Rules;

public class EncryptionAnalyzerTests
{
    [Fact]
    public Task Reports_special_categories_and_sensitive_data_that_is_not_encrypted() => Verify.VerifyAsync("""
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Health)] public string? {|PII001:Diagnosis|} { get; set; }
            [PersonalData(DataCategory.CriminalRecord)] public string? {|PII001:Convictions|} { get; set; }
            [PersonalData(DataCategory.GovernmentId)] public string? {|PII001:PassportNumber|} { get; set; }
            [PersonalData(DataCategory.Financial)] public string? {|PII001:Iban|};
            [PersonalData(DataCategory.Credential)] public string? {|PII001:PasswordHash|} { get; set; }
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            [PersonalData] public string? Nickname { get; set; }
            public string? Untagged { get; set; }
        }
        """);

    [Fact]
    public Task Message_names_the_member_and_its_category() => Verify.VerifyAsync("""
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Biometric)] public byte[]? {|#0:Fingerprint|} { get; set; }
        }
        """, null, new DiagnosticResult(DiagnosticDescriptors.NotEncrypted).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("Fingerprint", "Biometric"));

    [Fact]
    public Task Encrypted_and_protected_members_are_not_reported() => Verify.VerifyAsync("""
        using Dossier;
        namespace Microsoft.AspNetCore.Identity
        {
            public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }
        public class Patient
        {
            [PersonalData(DataCategory.Health), Encrypted] public string? Diagnosis { get; set; }
            [Encrypted]
            [PersonalData(DataCategory.Financial)] public string? Iban;
            [PersonalData(DataCategory.GovernmentId), Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string? PassportNumber { get; set; }
        }
        """, "dossier.encryption_required = all");

    [Fact]
    public Task Record_positional_parameters_are_reported_once_and_read_their_encryption() => Verify.VerifyAsync("""
        using Dossier;
        public record Patient([PersonalData(DataCategory.Genetic)] string {|PII001:Genome|}, [PersonalData(DataCategory.Health), Encrypted] string Diagnosis);
        """);

    [Fact]
    public Task Declared_wrapper_types_count_as_encrypted() => Verify.VerifyAsync("""
        using Dossier;
        namespace Acme.Security
        {
            public readonly struct EncryptedString { }
            public sealed class Sealed<T> { }
            public sealed class Outer { public sealed class Inner { } }
        }
        public class Patient
        {
            [PersonalData(DataCategory.Health)] public Acme.Security.EncryptedString Diagnosis { get; set; }
            [PersonalData(DataCategory.Health)] public Acme.Security.EncryptedString? Allergies { get; set; }
            [PersonalData(DataCategory.Financial)] public Acme.Security.Sealed<string>? Iban { get; set; }
            [PersonalData(DataCategory.Credential)] public Acme.Security.Outer.Inner? Secret { get; set; }
            [PersonalData(DataCategory.Genetic)] public string? {|PII001:Genome|} { get; set; }
        }
        """, "dossier.encrypted_types = Acme.Security.EncryptedString, Acme.Security.Sealed, Acme.Security.Outer.Inner");

    [Fact]
    public Task Special_requires_only_article_9_and_10_data() => Verify.VerifyAsync("""
        using Dossier;
        public class Person
        {
            [PersonalData(DataCategory.ReligiousBelief)] public string? {|PII001:Religion|} { get; set; }
            [PersonalData(DataCategory.GovernmentId)] public string? PassportNumber { get; set; }
            [PersonalData(DataCategory.Credential)] public string? PasswordHash { get; set; }
        }
        """, "dossier.encryption_required = special");

    [Fact]
    public Task All_requires_every_tagged_member() => Verify.VerifyAsync("""
        using Dossier;
        public class Person
        {
            [PersonalData(DataCategory.Email)] public string? {|PII001:Email|} { get; set; }
            [PersonalData] public string? {|PII001:Nickname|} { get; set; }
            public string? Untagged { get; set; }
        }
        """, "dossier.encryption_required = all");

    [Fact]
    public Task None_turns_the_rule_off() => Verify.VerifyAsync("""
        using Dossier;
        public class Person
        {
            [PersonalData(DataCategory.Health)] public string? Diagnosis { get; set; }
        }
        """, "dossier.encryption_required = none");

    [Fact]
    public Task An_unknown_setting_keeps_the_default() => Verify.VerifyAsync("""
        using Dossier;
        public class Person
        {
            [PersonalData(DataCategory.Credential)] public string? {|PII001:PasswordHash|} { get; set; }
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
        }
        """, "dossier.encryption_required = everything");

    [Fact]
    public Task Identity_tagged_members_count_as_category_other() => Verify.VerifyAsync("""
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
        public class User
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public string? {|PII001:PhoneNumber|} { get; set; }
        }
        """, "dossier.encryption_required = all");

    [Fact]
    public Task Compliance_classified_members_count_as_category_other() => Verify.VerifyAsync("""
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public class DataClassificationAttribute : System.Attribute { }
        }
        public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
        public class User
        {
            [PrivateData] public string? {|PII001:HomeAddress|} { get; set; }
        }
        """, "dossier.encryption_required = all");

    [Fact]
    public Task Compliance_classified_members_are_not_sensitive_by_default() => Verify.VerifyAsync("""
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public class DataClassificationAttribute : System.Attribute { }
        }
        public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
        public class User
        {
            [PrivateData] public string? HomeAddress { get; set; }
        }
        """);

    [Fact]
    public Task Classifications_from_the_Dossier_taxonomy_carry_their_category() => Verify.VerifyAsync("""
        using Dossier;
        using Dossier.Redaction;
        using Microsoft.Extensions.Compliance.Classification;
        public sealed class HealthDataAttribute() : DataClassificationAttribute(DossierTaxonomy.Health);
        public sealed class FinancialDataAttribute : DataClassificationAttribute
        {
            public FinancialDataAttribute() : base(DossierTaxonomy.For(DataCategory.Financial)) { }
        }
        public sealed class EmailDataAttribute() : DataClassificationAttribute(DossierTaxonomy.Email);
        public class Patient
        {
            [HealthData] public string? {|PII001:Diagnosis|} { get; set; }
            [FinancialData] public string? {|PII001:Iban|} { get; set; }
            [EmailData] public string? Email { get; set; }
            [HealthData, Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string? Allergies { get; set; }
        }
        """);
}
