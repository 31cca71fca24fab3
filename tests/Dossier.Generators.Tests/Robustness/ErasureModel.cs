using System.Reflection;
using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Tagged types that between them use every erasure strategy and every shape erasure walks: inheritance, nested
/// objects, lists, arrays, dictionaries, structs, nullable structs, shared references and cycles,
/// <c>Export = false</c>, and non-personal members beside personal ones. Compiled once per test class.
/// </summary>
public sealed class ErasureModel
{
    private const string Source = """
        public abstract partial class Party
        {
            [PersonalData(DataCategory.Name)] public string? Salutation { get; set; }
            public string Kind { get; set; } = "";
        }

        [DataSubject("Person")]
        public partial class Person : Party
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize)] public string? Name { get; set; }
            [PersonalData(DataCategory.GovernmentId, Erasure = Erasure.Pseudonymize)] public string? TaxId { get; set; }
            [PersonalData(DataCategory.Identifier, Erasure = Erasure.Pseudonymize)] public Guid ExternalId { get; set; }
            [PersonalData(DataCategory.Identifier, Erasure = Erasure.Pseudonymize)] public long Number { get; set; }
            [PersonalData(DataCategory.Financial, Erasure = Erasure.Retain, RetentionReason = "Tax law")] public string? Iban { get; set; }
            [PersonalData(DataCategory.Credential, Export = false)] public string? Password { get; set; }
            [PersonalData(DataCategory.DateOfBirth)] public DateTime? Born { get; set; }
            [PersonalData(DataCategory.Demographic, Erasure = Erasure.Anonymize)] public int Age { get; set; }
            [PersonalData(DataCategory.Phone)] public List<string> Phones { get; set; } = new();
            [PersonalData(DataCategory.Name, Erasure = Erasure.Anonymize)] public string[] Aliases { get; set; } = Array.Empty<string>();
            [PersonalData(DataCategory.Identifier, Erasure = Erasure.Pseudonymize)] public List<string> Handles { get; set; } = new();
            [PersonalData(DataCategory.Behavioral)] public Dictionary<string, string> Preferences { get; set; } = new();
            public Location Pin { get; set; }
            public Location? LastPin { get; set; }
            public Address? Address { get; set; }
            public List<Address> PastAddresses { get; set; } = new();
            public Dictionary<string, Address> AddressBook { get; set; } = new();
            public Person? Friend { get; set; }
            public List<Person> Contacts { get; set; } = new();
            public int Visits { get; set; }
            public string Plan { get; set; } = "";
            [NotPersonalData(Justification = "Free text about the account")] public string Note { get; set; } = "";
        }

        public partial class Customer : Person
        {
            [PersonalData(DataCategory.Financial, Erasure = Erasure.Pseudonymize)] public byte[]? Card { get; set; }
            [PersonalData(DataCategory.Financial, Erasure = Erasure.Retain, RetentionReason = "Open invoices")] public decimal Debt { get; set; }
            public decimal Balance { get; set; }
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
            [PersonalData(DataCategory.PostalAddress, Erasure = Erasure.Retain, RetentionReason = "Shipping records")] public string? Country { get; set; }
            public string? Code { get; set; }
        }

        public partial struct Location
        {
            [PersonalData(DataCategory.Location, Erasure = Erasure.Anonymize)] public double Latitude { get; set; }
            [PersonalData(DataCategory.Location)] public double Longitude { get; set; }
            public int Zoom { get; set; }
        }
        """;

    public ErasureModel()
    {
        Assembly = GeneratorHarness.CompileAndLoad(Source);
        Person = Assembly.GetType("Person")!;
        Customer = Assembly.GetType("Customer")!;
        Address = Assembly.GetType("Address")!;
        Location = Assembly.GetType("Location")!;
    }

    public Assembly Assembly { get; }

    public Type Person { get; }

    public Type Customer { get; }

    public Type Address { get; }

    public Type Location { get; }

    public static ErasureOptions Options { get; } = new() { PseudonymizationKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray() };

    public static PersonalDataRecord Export(object subject) => PersonalDataExport.ToRecord((IPersonalData)subject);

    public static ErasureReport Erase(object subject, ErasureOptions? options = null) => Probe.Invoke(() =>
        (ErasureReport)subject.GetType().GetMethod("ErasePersonalData", new[] { typeof(ErasureOptions) })!.Invoke(subject, new object[] { options ?? Options })!);
}
