using Dossier.CodeFixes.Encryption;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<Dossier.Generators.Analyzers.Encryption.EncryptionAnalyzer, Dossier.CodeFixes.Encryption.AddEncryptedCodeFix>;

namespace Dossier.CodeFixes.Tests.Encryption;

public class AddEncryptedCodeFixTests
{
    [Fact]
    public Task Adds_Encrypted_beside_the_tag() => Verify.VerifyAsync("""
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Health, Purpose = "Care")]
            public string? {|PII001:Diagnosis|} { get; set; }
        }
        """, """
        using Dossier;
        public class Patient
        {
            [PersonalData(DataCategory.Health, Purpose = "Care"), Encrypted]
            public string? Diagnosis { get; set; }
        }
        """, equivalenceKey: AddEncryptedCodeFix.EquivalenceKey);

    [Fact]
    public Task Works_on_fields_record_parameters_and_without_a_using() => Verify.VerifyAsync("""
        public record Patient([Dossier.PersonalData(Dossier.DataCategory.Genetic)] string {|PII001:Genome|})
        {
            [Dossier.PersonalData(Dossier.DataCategory.Financial)] public string? {|PII001:Iban|};
        }
        """, """
        public record Patient([Dossier.PersonalData(Dossier.DataCategory.Genetic), Dossier.Encrypted] string Genome)
        {
            [Dossier.PersonalData(Dossier.DataCategory.Financial), Dossier.Encrypted] public string? Iban;
        }
        """);

    [Fact]
    public Task Fix_all_marks_every_member()
    {
        var test = Verify.Create("""
            using Dossier;
            public class Patient
            {
                [PersonalData(DataCategory.Health)] public string? {|PII001:Diagnosis|} { get; set; }
                [PersonalData(DataCategory.Biometric)] public byte[]? {|PII001:Fingerprint|} { get; set; }
                [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            }
            public class Account
            {
                [PersonalData(DataCategory.Credential)] public string? {|PII001:PasswordHash|} { get; set; }
            }
            """, """
            using Dossier;
            public class Patient
            {
                [PersonalData(DataCategory.Health), Encrypted] public string? Diagnosis { get; set; }
                [PersonalData(DataCategory.Biometric), Encrypted] public byte[]? Fingerprint { get; set; }
                [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            }
            public class Account
            {
                [PersonalData(DataCategory.Credential), Encrypted] public string? PasswordHash { get; set; }
            }
            """);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfIncrementalIterations = 3;
        return test.RunAsync();
    }
}
