using Dossier.Generators.Analyzers.Untagged;

namespace Dossier.Generators.Tests.Untagged;

public class NameClassifierTests
{
    private static readonly PersonalDataClassifier Classifier = PersonalDataClassifier.Default;

    [Theory]
    [InlineData("HomeIPAddress2", "home ip address 2")]
    [InlineData("date_of_birth", "date of birth")]
    [InlineData("DOB", "date of birth")]
    [InlineData("customerSSN", "customer social security number")]
    [InlineData("Ipv6Address", "ip 6 address")]
    [InlineData("E_Mail", "email")]
    [InlineData("PassportNo", "passport number")]
    [InlineData("geoLat", "geo latitude")]
    [InlineData("Allergies", "allergy")]
    [InlineData("firstname", "first name")]
    [InlineData("emailaddress", "email address")]
    [InlineData("BillToName", "billing name")]
    public void Splits_identifiers_into_the_words_a_reader_sees(string identifier, string words) =>
        Assert.Equal(words, string.Join(" ", NameTokenizer.Tokenize(identifier, Classifier.Vocabulary)));

    [Theory]
    [InlineData("Customer", "Person")]
    [InlineData("CustomerDto", "Person")]
    [InlineData("CreateEmployeeRequest", "Person")]
    [InlineData("PatientViewModel", "Person")]
    [InlineData("Client", "Person")]
    [InlineData("HttpClient", "NonPerson")]
    [InlineData("Product", "NonPerson")]
    [InlineData("ServerNode", "NonPerson")]
    [InlineData("UserRepository", "NonPerson")]
    [InlineData("SmtpSettings", "Configuration")]
    [InlineData("JwtOptions", "Configuration")]
    [InlineData("UserNotificationSettings", "Neutral")]
    [InlineData("Order", "Neutral")]
    [InlineData("PageView", "Neutral")]
    [InlineData("BankAccount", "Person")]
    [InlineData("ServiceAccount", "NonPerson")]
    public void Reads_what_a_type_is_about_from_its_name(string type, string expected) =>
        Assert.Equal(expected, Classifier.ClassifyType(new[] { type }, isDataSubject: false).Kind.ToString());

    [Theory]
    [InlineData("Customer", "Email", "Email")]
    [InlineData("Customer", "EmailTemplate", null)]
    [InlineData("Customer", "AddressId", null)]
    [InlineData("Customer", "ProductName", null)]
    [InlineData("Customer", "SupportEmail", null)]
    [InlineData("Patient", "BloodType", "Health")]
    [InlineData("Patient", "VaccinationStatus", "Health")]
    [InlineData("Customer", "PhoneType", null)]
    [InlineData("Order", "ShippingAddress", "PostalAddress")]
    [InlineData("Order", "Name", null)]
    [InlineData("Department", "ManagerName", "Name")]
    [InlineData("Employee", "GeneticTestResult", "Genetic")]
    [InlineData("Ticket", "Assignee", "Name")]
    public void Classifies_member_names_in_their_type(string type, string member, string? category)
    {
        var context = Classifier.ClassifyType(new[] { type }, isDataSubject: false);
        Assert.Equal(category, Classifier.Classify(member, MemberShape.Text, context)?.Category);
    }

    [Fact]
    public void A_base_type_decides_when_the_type_name_does_not()
    {
        Assert.Equal(TypeContextKind.Person, Classifier.ClassifyType(new[] { "Admin", "Person" }, isDataSubject: false).Kind);
        Assert.Equal(TypeContextKind.Person, Classifier.ClassifyType(new[] { "Rider" }, isDataSubject: true).Kind);
    }
}
