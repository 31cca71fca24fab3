using static Dossier.Generators.Tests.Approval.ApprovalRunner;

namespace Dossier.Generators.Tests.Approval;

/// <summary>PII009 on approved files it cannot read and on code mid-edit: a clear diagnostic, never a crash.</summary>
public class UnreadableInputTests
{
    private const string Customer = """
        namespace Shop;

        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
            public string Email { get; set; } = "";
        }
        """;

    [Theory]
    [InlineData("", "line 1, column 1: unexpected end of the file; a value was expected")]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"members\": [\n    { \"type\": \"Shop.Customer\" \"path\": \"Customer.Email\" }\n  ]\n}", "line 4, column 31: ',' or '}' was expected, not '\"'")]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"members\": [\n", "line 4, column 1: unexpected end of the file; a value was expected")]
    [InlineData("{ \"schemaVersion\": 1, \"members\": [ { \"type\": \"Shop.Customer\", \"path\": \"Customer.Email\", } ] }", "line 1, column 89: a property name in double quotes was expected, not '}'")]
    [InlineData("{ \"schemaVersion\": 1, \"members\": [] } trailing", "line 1, column 39: unexpected text after the end of the document")]
    [InlineData("{ \"schemaVersion\": 1, \"members\": [ \"Customer.Email\" ] }", "line 1, column 36: each of 'members' must be an object")]
    [InlineData("{ \"schemaVersion\": 2, \"members\": [] }", "line 1, column 20: 'schemaVersion' must be 1, the version this Dossier reads")]
    [InlineData("{ \"schemaVersion\": 1 }", "line 1, column 1: 'members' must be an array of approved members")]
    [InlineData("[]", "line 1, column 1: the file must hold a JSON object with 'schemaVersion' and 'members'")]
    [InlineData("{ \"schemaVersion\": 1, \"members\": [ { \"path\": \"Customer.Email\" } ] }", "line 1, column 36: an approved member must have 'type'")]
    [InlineData("{ \"schemaVersion\": 1, \"members\": [ { \"type\": \"T\", \"path\": \"P\", \"encrypted\": \"yes\" } ] }", "line 1, column 77: 'encrypted' must be true or false")]
    [InlineData("{ \"schemaVersion\": 1, \"members\": [ { \"type\": \"T\", \"path\": \"P\", \"recipients\": [1] } ] }", "line 1, column 79: 'recipients' must hold strings only")]
    [InlineData("{ \"schemaVersion\": 1, \"members\": [ { \"type\": \"T\", \"path\": \"P\", \"purpose\": \"a\\qb\" } ] }", "line 1, column 77: '\\q' is not a JSON escape")]
    [InlineData("{ \"schemaVersion\": 1, \"members\": [ { \"type\": \"T\", \"path\": \"P\", \"purpose\": \"open } ] }", "line 1, column 75: a string is not closed")]
    [InlineData("<<<<<<< HEAD\n{}", "line 1, column 1: unexpected character '<'; a value was expected")]
    public async Task A_file_that_cannot_be_read_is_one_diagnostic_with_line_and_column(string approved, string problem)
    {
        var diagnostic = Assert.Single(await CheckAsync(approved, new[] { Customer }));

        Assert.Equal("PII009", diagnostic.Id);
        Assert.Equal($"The approved inventory 'PersonalData.approved.json' cannot be read: {problem}; correct it, or rewrite it with 'dotnet build -p:DossierApprove=true'",
            diagnostic.GetMessage());
        Assert.Equal(ApprovedPath, diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public async Task Values_nested_without_end_are_refused_not_recursed_into()
    {
        var approved = "{ \"schemaVersion\": 1, \"members\": " + new string('[', 10_000) + new string(']', 10_000) + " }";

        var diagnostic = Assert.Single(await CheckAsync(approved, new[] { Customer }));

        Assert.Contains("values are nested too deeply", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[PersonalData(DataCategory.Email, Purpose = \"Sign-in\", LegalBasis = LegalBasis.Contract, Retention = \"P2Y\")]\n    public Strin Email { get; set; }")]
    [InlineData("[PersonalData(DataCategory.Email, Purpose = \"Sign-in\", LegalBasis = LegalBasis.Contract, Retention = \"P2Y\")]\n    public string Email { get; set; } = \"\";\n    [PersonalData(DataCategory.")]
    [InlineData("[PersonalData(DataCategory.Email, Purpose = \"Sign-in\", LegalBasis = , Retention = \"P2Y\")]\n    public string Email { get; set; } = \"\";")]
    [InlineData("[PersonalData((DataCategory)999, Purpose = \"Sign-in\", LegalBasis = (LegalBasis)42)]\n    public string Email { get; set; } = \"\";")]
    [InlineData("[PersonalData(DataCategory.Email)]\n    public string Email { get; set; } = \"\";\n    public Unknown<Missing> Other { get; set; }\n    public partial class")]
    public async Task Half_typed_code_never_crashes_the_gate(string members)
    {
        var approved = ApprovalRunner.Approve(Customer);
        var halfTyped = Customer.Replace(
            "[PersonalData(DataCategory.Email, Purpose = \"Sign-in\", LegalBasis = LegalBasis.Contract, Retention = \"P2Y\")]\n    public string Email { get; set; } = \"\";",
            members, StringComparison.Ordinal);
        Assert.NotEqual(Customer, halfTyped);

        var diagnostics = await CheckAsync(approved, new[] { halfTyped });

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
