using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Logging.PersonalDataLoggingAnalyzer>;

namespace Dossier.Generators.Tests.Logging;

/// <summary>Lines a reviewer would let through: nothing in them identifies a person, so nothing is reported.</summary>
public class CleanCorpusTests
{
    [Theory]
    // Values that identify no one.
    [InlineData("""logger.LogInformation("Customer {Id} signed in", customer.Id);""")]
    [InlineData("""logger.LogInformation("Country {Country}, {Logins} logins", customer.Country, customer.LoginCount);""")]
    [InlineData("""logger.LogInformation("Email length {Length}", customer.Email.Length);""")]
    [InlineData("""logger.LogInformation("{Count} addresses", customer.Emails.Count);""")]
    [InlineData("""logger.LogInformation("Has phone {HasPhone}", customer.Phone != null);""")]
    [InlineData("""logger.LogInformation("Has phone {HasPhone}", customer.Phone is not null);""")]
    [InlineData("""logger.LogInformation("Has address {HasAddress}", customer.Home is null);""")]
    [InlineData("""logger.LogInformation("Any email {Any}", customer.Emails.Any());""")]
    [InlineData("""logger.LogInformation("{Count} customers", customers.Count());""")]
    [InlineData("""logger.LogInformation("{Count} patients", patients.Count);""")]
    [InlineData("""logger.LogInformation("Missing email {Missing}", string.IsNullOrEmpty(customer.Email));""")]
    [InlineData("""logger.LogInformation("Name set {Set}", customer.FullName.Length > 0);""")]
    [InlineData("""logger.LogInformation("High earner {High}", customer.Salary > 100000m);""")]
    [InlineData("""logger.LogInformation("At sign at {Index}", customer.Email.IndexOf('@'));""")]
    [InlineData("""logger.LogInformation("Adults {Count}", customers.Count(c => c.DateOfBirth < DateTime.Today.AddYears(-18)));""")]
    [InlineData("""logger.LogInformation("Domains {Count}", customers.Select(c => c.Email).Distinct().Count());""")]
    [InlineData("""logger.LogInformation("Patients {Ids}", string.Join(", ", patients.Select(p => p.Id)));""")]
    [InlineData("""logger.LogInformation("Customer {Id} has {Count} emails", customer.Id, customer.Emails.Count);""")]
    [InlineData("""Debug.WriteLine($"Email valid: {customer.Email.Contains('@')}");""")]
    [InlineData("""Debug.Assert(customer.Email != null, "Email required");""")]
    [InlineData("""logger.LogInformation("Found {Id}", FindId(customer.Email));""")]
    [InlineData("""var id = FindId(customer.Email); logger.LogInformation("Found {Id}", id);""")]
    [InlineData("""logger.LogInformation("Sent {Sent}", SendAsync(customer.Email).Result);""")]
    [InlineData("""var sent = SendAsync(customer.Email).GetAwaiter().GetResult(); Console.WriteLine($"Sent: {sent}");""")]
    // Identifiers are not reported unless configured.
    [InlineData("""logger.LogInformation("Customer {Number}", customer.CustomerNumber);""")]
    // Redacted values.
    [InlineData("""logger.LogInformation("Sent to {Email}", PersonalDataRedaction.Redact(customer.Email));""")]
    [InlineData("""logger.LogInformation("Born {Date}", PersonalDataRedaction.Redact(customer.DateOfBirth));""")]
    [InlineData("""logger.LogInformation("Sent to {Email}", redactor.Redact(customer.Email));""")]
    [InlineData("""logger.LogInformation($"Admitted {redactor.Redact(patient)}");""")]
    [InlineData("""var masked = redactor.Redact(customer.FullName); logger.LogInformation("Name {Name}", masked);""")]
    // Objects whose printed form shows no personal data.
    [InlineData("""logger.LogInformation("Order {Order}", order);""")]
    [InlineData("""logger.LogInformation("Account {Account}", account);""")]
    [InlineData("""logger.LogInformation("Discharged {Patient}", discharged);""")]
    [InlineData("""logger.LogInformation("Customer {Customer}", customer);""")]
    [InlineData("""Console.WriteLine($"Processed order {order.Id} with {order.Lines} lines");""")]
    [InlineData("""Console.WriteLine("Customers: " + customers.Count);""")]
    [InlineData("""logger.LogInformation("Payload {Json}", System.Text.Json.JsonSerializer.Serialize(order));""")]
    [InlineData("""logger.LogInformation("Order {@Order}", order);""")]
    [InlineData("""var builder = new System.Text.StringBuilder(); builder.Append("Order ").Append(order.Id); logger.LogInformation(builder.ToString());""")]
    [InlineData("""var ids = new List<Guid>(); ids.Add(customer.Id); logger.LogInformation("Ids {Ids}", ids);""")]
    [InlineData("""var builder = new System.Text.StringBuilder(); logger.LogInformation(builder.ToString()); builder.Append(customer.Email);""")]
    // Personal data that stays in the method, or locals that hold none.
    [InlineData("""var email = customer.Email; logger.LogInformation("Mailing customer {Id}", customer.Id);""")]
    [InlineData("""var email = "support@example.com"; logger.LogInformation("From {Email}", email);""")]
    [InlineData("""var note = "none"; logger.LogInformation(note); note = customer.Email;""")]
    [InlineData("""var upper = customer.Email.ToUpperInvariant(); customer.Email = upper;""")]
    [InlineData("""var label = $"{nameof(customer.Email)} changed"; logger.LogInformation(label);""")]
    [InlineData("""if (logger.IsEnabled(LogLevel.Debug)) { logger.LogDebug("Checked {Id}", customer.Id); }""")]
    // Exceptions that name the parameter, not the value.
    [InlineData("""throw new ArgumentNullException(nameof(customer.Email));""")]
    [InlineData("""throw new ArgumentException("Email is invalid", nameof(customer.Email));""")]
    [InlineData("""throw new CustomerException("Duplicate customer");""")]
    [InlineData("""logger.LogError(exception, "Payment failed for customer {Id}", customer.Id);""")]
    // Other libraries.
    [InlineData("""serilog.Information("Order {OrderId}", order.Id);""")]
    [InlineData("""Serilog.Log.Debug("Order {@Order}", order);""")]
    [InlineData("""nlog.Info("Customers {Count}", customers.Count);""")]
    [InlineData("""log4.Info("Batch done");""")]
    public Task Reports_nothing(string line) => Verify.VerifyAsync(LoggingModel.InMethod(line));
}
