using Dossier.CodeFixes.Logging;
using Dossier.Generators.Analyzers.Logging;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.CodeFixes.Tests.CodeFixVerifier<
    Dossier.Generators.Analyzers.Logging.PersonalDataLoggingAnalyzer,
    Dossier.CodeFixes.Logging.RedactPersonalDataCodeFix>;

namespace Dossier.CodeFixes.Tests.Logging;

public class RedactPersonalDataCodeFixTests
{
    private const string Model = """

        public class Customer
        {
            public Guid Id { get; set; }
            [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
            [PersonalData(DataCategory.DateOfBirth)] public DateTime DateOfBirth { get; set; }
            [PersonalData(DataCategory.PostalAddress)] public Address? Home { get; set; }
        }

        public class Address { public string City { get; set; } = ""; }

        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
            }
        }
        """;

    [Fact]
    public Task Wraps_a_logged_string_and_adds_the_using() => Verify.VerifyAsync(
        """
        using System;
        using Dossier;
        using Microsoft.Extensions.Logging;

        public class Mailer
        {
            public void Send(ILogger logger, Customer customer) =>
                logger.LogInformation("Sending to {Email}", {|PII002:customer.Email|});
        }
        """ + Model,
        """
        using System;
        using Dossier;
        using Dossier.Redaction;
        using Microsoft.Extensions.Logging;

        public class Mailer
        {
            public void Send(ILogger logger, Customer customer) =>
                logger.LogInformation("Sending to {Email}", PersonalDataRedaction.Redact(customer.Email));
        }
        """ + Model,
        equivalenceKey: RedactPersonalDataCodeFix.EquivalenceKey);

    [Fact]
    public Task Wraps_an_interpolated_date_and_a_local() => Verify.VerifyAsync(
        """
        using System;
        using Dossier;
        using Dossier.Redaction;

        public class Greeter
        {
            public void Greet(Customer customer)
            {
                var email = customer.Email;
                Console.WriteLine($"Born {{|PII002:customer.DateOfBirth|}:d}, mail {{|PII002:email|}}");
            }
        }
        """ + Model,
        """
        using System;
        using Dossier;
        using Dossier.Redaction;

        public class Greeter
        {
            public void Greet(Customer customer)
            {
                var email = customer.Email;
                Console.WriteLine($"Born {PersonalDataRedaction.Redact(customer.DateOfBirth):d}, mail {PersonalDataRedaction.Redact(email)}");
            }
        }
        """ + Model);

    [Fact]
    public Task Offers_no_fix_where_a_string_would_not_compile()
    {
        var source = """
            using System;
            using Dossier;

            public class Shipping
            {
                public void Ship(Customer customer) => Console.WriteLine({|PII002:customer.Home|}?.City);
            }
            """ + Model;
        return Verify.VerifyAsync(source, source);
    }

    [Fact]
    public Task Fix_all_redacts_every_value_in_the_document()
    {
        var test = Verify.Create(
            """
            using System;
            using Dossier;

            public class Checks
            {
                public void Fail(Customer customer)
                {
                    Console.WriteLine({|PII002:customer.Email|});
                    throw new InvalidOperationException("No account for " + {|PII002:customer.Email|} + " born " + {|PII002:customer.DateOfBirth|});
                }
            }
            """ + Model,
            """
            using System;
            using Dossier;
            using Dossier.Redaction;

            public class Checks
            {
                public void Fail(Customer customer)
                {
                    Console.WriteLine(PersonalDataRedaction.Redact(customer.Email));
                    throw new InvalidOperationException("No account for " + PersonalDataRedaction.Redact(customer.Email) + " born " + PersonalDataRedaction.Redact(customer.DateOfBirth));
                }
            }
            """ + Model);
        test.CodeActionEquivalenceKey = RedactPersonalDataCodeFix.EquivalenceKey;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        test.NumberOfIncrementalIterations = 3;
        return test.RunAsync();
    }
}
