using static Dossier.Generators.Tests.Approval.ApprovalRunner;

namespace Dossier.Generators.Tests.Approval;

/// <summary>The approved file as a reviewer reads it in a pull request.</summary>
public class ApprovedFormatTests
{
    private const string Customer = """
        [assembly: Recipient("MailCo")]

        namespace Shop;

        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
            [Encrypted]
            public string Email { get; set; } = "";

            public List<Address> Deliveries { get; set; } = new();
        }
        """;

    private const string Address = """
        namespace Shop;

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Erasure = Erasure.Retain, RetentionReason = "Invoices must be kept")]
            public string Street { get; set; } = "";
        }

        public partial class Lead
        {
            [PersonalData(DataCategory.Name, Purpose = "Sales")]
            public string Name { get; set; } = "";
        }
        """;

    [Fact]
    public void Each_member_once_per_data_subject_sorted_with_its_facts_and_no_source_lines()
    {
        Assert.Equal("""
            {
              "schemaVersion": 1,
              "about": "Personal data approved for this project. Rewrite with 'dotnet build -p:DossierApprove=true' and review the diff; see https://github.com/dossier-dotnet/dossier/blob/main/docs/rules/PII009.md",
              "members": [
                {
                  "subject": "Customer",
                  "type": "Shop.Customer",
                  "path": "Customer.Deliveries[].Street",
                  "category": "PostalAddress",
                  "purpose": "Delivery",
                  "legalBasis": "Contract",
                  "retention": "P2Y",
                  "erasure": "Retain",
                  "retentionReason": "Invoices must be kept",
                  "encrypted": false,
                  "recipients": []
                },
                {
                  "subject": "Customer",
                  "type": "Shop.Customer",
                  "path": "Customer.Email",
                  "category": "Email",
                  "purpose": "Sign-in",
                  "legalBasis": "Contract",
                  "retention": "P2Y",
                  "erasure": "Delete",
                  "retentionReason": null,
                  "encrypted": true,
                  "recipients": [
                    "MailCo"
                  ]
                },
                {
                  "subject": null,
                  "type": "Shop.Lead",
                  "path": "Lead.Name",
                  "category": "Name",
                  "purpose": "Sales",
                  "legalBasis": "Unspecified",
                  "retention": null,
                  "erasure": "Delete",
                  "retentionReason": null,
                  "encrypted": false,
                  "recipients": []
                }
              ]
            }

            """.ReplaceLineEndings("\n"), Approve(Customer, Address));
    }

    [Fact]
    public void The_same_code_gives_the_same_bytes_whatever_the_order_of_its_files()
    {
        Assert.Equal(Approve(Customer, Address), Approve(Address, Customer));
    }
}
