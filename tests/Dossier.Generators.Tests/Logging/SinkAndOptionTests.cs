using Dossier.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Logging.PersonalDataLoggingAnalyzer>;

namespace Dossier.Generators.Tests.Logging;

/// <summary>The diagnostic's wording, [LoggerMessage] methods, and the .editorconfig options.</summary>
public class SinkAndOptionTests
{
    private const string AuditTrail = """
        namespace MyCompany.Audit
        {
            public static class AuditTrail
            {
                public static void Write(string entry) { }
                public static void Write(string entry, int level) { }
            }
            public static class Journal
            {
                public static void Append(string entry) { }
            }
        }
        """;

    [Fact]
    public Task Message_names_the_member_its_category_and_the_sink() => Verify.VerifyAsync(
        LoggingModel.InMethod("""logger.LogInformation("Signed in {Email}", {|#0:customer.Email|});"""),
        null,
        new DiagnosticResult(DiagnosticDescriptors.WrittenToLog).WithLocation(0)
            .WithArguments("Member", "Email", "Email", "a log (LoggerExtensions.LogInformation)"));

    [Fact]
    public Task Message_names_the_object_type_and_what_it_prints() => Verify.VerifyAsync(
        LoggingModel.InMethod("""Console.Error.WriteLine({|#0:patient|});"""),
        null,
        new DiagnosticResult(DiagnosticDescriptors.WrittenToLog).WithLocation(0)
            .WithArguments("Object", "Patient", "Name", "the console (Console.Error.WriteLine)"));

    [Fact]
    public Task Message_names_the_exception_type() => Verify.VerifyAsync(
        LoggingModel.InMethod("""throw new ArgumentException({|#0:customer.Phone|});"""),
        null,
        new DiagnosticResult(DiagnosticDescriptors.WrittenToLog).WithLocation(0)
            .WithArguments("Member", "Phone", "Phone", "the message of ArgumentException"));

    [Fact]
    public Task LoggerMessage_parameters_are_sinks_unless_classified() => Verify.VerifyAsync(
        LoggingModel.InMethod("""
            AccountLog.SignedIn(logger, {|PII002:customer.Email|});
            AccountLog.SignedInClassified(logger, customer.Email);
            AccountLog.Admitted(logger, {|PII002:patient|}, order.Id);
            """) + """

            public static partial class AccountLog
            {
                [LoggerMessage(1, LogLevel.Information, "Customer {Email} signed in")]
                public static partial void SignedIn(ILogger logger, string email);

                [LoggerMessage(2, LogLevel.Information, "Customer {Email} signed in")]
                public static partial void SignedInClassified(ILogger logger, [PrivateData] string email);

                [LoggerMessage(3, LogLevel.Information, "Admitted {Patient} with order {OrderId}")]
                public static partial void Admitted(ILogger logger, Patient patient, Guid orderId);
            }

            public static partial class AccountLog
            {
                public static partial void SignedIn(ILogger logger, string email) { }
                public static partial void SignedInClassified(ILogger logger, string email) { }
                public static partial void Admitted(ILogger logger, Patient patient, Guid orderId) { }
            }
            """);

    // On .NET 8 and later [PersonalData] is itself a data classification, which the logging generator redacts.
    [Fact]
    public Task LoggerMessage_parameters_tagged_with_Dossiers_attribute_count_as_classified() => Verify.VerifyAsync(
        LoggingModel.InMethod("""
            AccountLog.SignedIn(logger, customer.Email);
            """) + """

            public static partial class AccountLog
            {
                [LoggerMessage(1, LogLevel.Information, "Customer {Email} signed in")]
                public static partial void SignedIn(ILogger logger, [PersonalData(DataCategory.Email)] string email);
            }

            public static partial class AccountLog
            {
                public static partial void SignedIn(ILogger logger, string email) { }
            }
            """);

    [Fact]
    public Task Identifiers_are_reported_when_configured() => Verify.VerifyAsync(
        LoggingModel.InMethod("""
            logger.LogInformation("Customer {Number}", {|PII002:customer.CustomerNumber|});
            logger.LogInformation("Customer {Id}", customer.Id);
            """),
        "dossier.pii002.report_identifiers = true");

    [Fact]
    public Task Identifiers_are_not_reported_when_configured_off() => Verify.VerifyAsync(
        LoggingModel.InMethod("""logger.LogInformation("Customer {Number}", customer.CustomerNumber);"""),
        "dossier.pii002.report_identifiers = false");

    [Fact]
    public Task Configured_sinks_are_reported_by_documentation_id() => Verify.VerifyAsync(
        LoggingModel.InMethod("""
            MyCompany.Audit.AuditTrail.Write({|PII002:customer.Email|});
            MyCompany.Audit.AuditTrail.Write({|PII002:customer.FullName|}, 2);
            MyCompany.Audit.Journal.Append({|PII002:customer.Phone|});
            """) + AuditTrail,
        "dossier.log_sinks = M:MyCompany.Audit.AuditTrail.Write(System.String), M:MyCompany.Audit.AuditTrail.Write(System.String,System.Int32), T:MyCompany.Audit.Journal");

    [Fact]
    public Task Methods_are_no_sinks_unless_configured() => Verify.VerifyAsync(
        LoggingModel.InMethod("""
            MyCompany.Audit.AuditTrail.Write(customer.Email);
            MyCompany.Audit.AuditTrail.Write({|PII002:customer.FullName|}, 2);
            """) + AuditTrail,
        "dossier.log_sinks = M:MyCompany.Audit.AuditTrail.Write(System.String,System.Int32), M:Does.Not.Exist(System.String)");

    [Fact]
    public Task Identity_tags_count_as_personal_data() => Verify.VerifyAsync("""
        using System;
        public class User
        {
            [Microsoft.AspNetCore.Identity.PersonalData] public string UserName { get; set; } = "";
            public void Show() => Console.WriteLine({|PII002:UserName|});
        }
        namespace Microsoft.AspNetCore.Identity
        {
            public class PersonalDataAttribute : Attribute { }
        }
        """);

    [Fact]
    public Task Tagged_record_parameter_inside_the_record_is_personal() => Verify.VerifyAsync("""
        using System;
        using Dossier;
        public record Visitor([PersonalData(DataCategory.Name)] string Name)
        {
            public void Greet() => Console.WriteLine($"Welcome {{|PII002:Name|}}");
        }
        """);
}
