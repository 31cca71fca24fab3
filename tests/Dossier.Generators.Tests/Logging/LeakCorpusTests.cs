using Dossier.Generators.Analyzers.Logging;
using Verify = Dossier.Generators.Tests.Infrastructure.AnalyzerVerifier<Dossier.Generators.Analyzers.Logging.PersonalDataLoggingAnalyzer>;

namespace Dossier.Generators.Tests.Logging;

/// <summary>Lines that write personal data somewhere people read it: each marked value must be reported, and nothing else.</summary>
public class LeakCorpusTests
{
    [Theory]
    // Microsoft.Extensions.Logging: extension methods, ILogger itself, scopes.
    [InlineData("""logger.LogInformation("Signed in {Email}", {|PII002:customer.Email|});""")]
    [InlineData("""logger.LogInformation(new EventId(7), "Signed in {Email}", {|PII002:customer.Email|});""")]
    [InlineData("""logger.LogWarning("Bounce for " + {|PII002:customer.Email|});""")]
    [InlineData("""logger.LogError(exception, "Payment failed for {Name}", {|PII002:customer.FullName|});""")]
    [InlineData("""logger.LogCritical("Tax number {Tax} rejected", {|PII002:customer.taxNumber|});""")]
    [InlineData("""logger.Log(LogLevel.Warning, "Phone {Phone}", {|PII002:customer.Phone|});""")]
    [InlineData("""logger.Log(LogLevel.Information, new EventId(1), {|PII002:customer.Email|}, null, (state, error) => state);""")]
    [InlineData("""using (logger.BeginScope("Customer {Name}", {|PII002:customer.FullName|})) { logger.LogInformation("Started"); }""")]
    [InlineData("""using var scope = logger.BeginScope({|PII002:customer.Email|});""")]
    // Flows: interpolation, formats, ToString, string methods, conditionals, composite arrays.
    [InlineData("""logger.LogInformation($"Signed in {{|PII002:customer.Email|}}");""")]
    [InlineData("""logger.LogInformation($"Born {{|PII002:customer.DateOfBirth|}:yyyy-MM-dd}");""")]
    [InlineData("""logger.LogDebug("Born " + {|PII002:customer.DateOfBirth|}.ToString("d"));""")]
    [InlineData("""logger.LogInformation(string.Format("Customer {0}", {|PII002:customer.FullName|}));""")]
    [InlineData("""logger.LogInformation("Addresses {All}", string.Join(", ", {|PII002:customer.Emails|}));""")]
    [InlineData("""logger.LogInformation("{Order} {Phone}", new object[] { order.Id, {|PII002:customer.Phone|} });""")]
    [InlineData("""logger.LogInformation("Contact {Contact}", {|PII002:customer.Phone|} ?? {|PII002:customer.Email|});""")]
    [InlineData("""logger.LogInformation("Contact {Contact}", order.Lines > 0 ? {|PII002:customer.Email|} : "none");""")]
    [InlineData("""logger.LogInformation("Domain {Domain}", {|PII002:customer.Email|}.Substring(customer.Email.IndexOf('@')));""")]
    [InlineData("""logger.LogInformation("Street {Street}", {|PII002:customer.Billing.Street|});""")]
    [InlineData("""logger.LogInformation("City {City}", {|PII002:customer.Home|}?.City);""")]
    [InlineData("""logger.LogInformation("Salary band {Band}", Math.Round({|PII002:customer.Salary|}, -3));""")]
    [InlineData("""logger.LogInformation("Disability {Flag}", {|PII002:customer.HasDisability|});""")]
    [InlineData("""logger.LogInformation("Nickname {Nickname}", {|PII002:customer.Nickname|});""")]
    [InlineData("""logger.LogInformation("Emails {Emails}", customers.Select(c => {|PII002:c.Email|}).ToList());""")]
    [InlineData("""logger.LogInformation("{Contact}", new { customer.Id, Email = {|PII002:customer.Email|} });""")]
    [InlineData("""logger.LogInformation("{Pair}", (order.Id, {|PII002:customer.FullName|}));""")]
    // Locals assigned earlier in the method.
    [InlineData("""var email = customer.Email; logger.LogInformation("Sending to {Email}", {|PII002:email|});""")]
    [InlineData("""var name = customer.FullName.Trim().ToUpperInvariant(); logger.LogInformation("Name {Name}", {|PII002:name|});""")]
    [InlineData("""string contact = "none"; if (order.Lines > 0) { contact = customer.Email; } logger.LogInformation("Contact {C}", {|PII002:contact|});""")]
    [InlineData("""var line = "Customer: "; line += customer.FullName; logger.LogInformation({|PII002:line|});""")]
    [InlineData("""var message = $"Hello {customer.FullName}"; logger.LogInformation({|PII002:message|});""")]
    [InlineData("""var parts = customer.FullName.Split(' '); logger.LogInformation("First name {First}", {|PII002:parts|}[0]);""")]
    [InlineData("""foreach (var address in customer.Emails) { logger.LogDebug("Address {Address}", {|PII002:address|}); }""")]
    [InlineData("""var text = patient.ToString(); logger.LogInformation({|PII002:text|});""")]
    [InlineData("""var builder = new System.Text.StringBuilder(); builder.Append("Customer ").Append(customer.FullName); logger.LogInformation({|PII002:builder|}.ToString());""")]
    [InlineData("""var recipients = new List<string>(); recipients.Add(customer.Email); logger.LogInformation("To {Recipients}", {|PII002:recipients|});""")]
    // Whole objects whose printed form shows personal data, and collections of them.
    [InlineData("""logger.LogInformation("Admitted {Patient}", {|PII002:patient|});""")]
    [InlineData("""logger.LogInformation("Admitted " + {|PII002:patient|}.ToString());""")]
    [InlineData("""logger.LogInformation($"Admitted {{|PII002:patient|}}");""")]
    [InlineData("""logger.LogInformation("Shipped {Shipment}", {|PII002:shipment|});""")]
    [InlineData("""logger.LogInformation("Hired {Employee}", {|PII002:employee|});""")]
    [InlineData("""logger.LogInformation("Ward {Patients}", {|PII002:patients|});""")]
    [InlineData("""logger.LogInformation("Index {Index}", {|PII002:patientsById|});""")]
    [InlineData("""logger.LogInformation("Waiting {Patients}", {|PII002:patients.Where(p => p.Id != Guid.Empty).ToList()|});""")]
    [InlineData("""logger.LogInformation(string.Join(", ", {|PII002:patients|}));""")]
    [InlineData("""foreach (var admitted in patients) { logger.LogInformation("{Patient}", {|PII002:admitted|}); }""")]
    [InlineData("""var current = patient; Console.WriteLine({|PII002:current|});""")]
    // Objects written property by property: destructuring templates and serializers.
    [InlineData("""Serilog.Log.Information("Created {@Customer}", {|PII002:customer|});""")]
    [InlineData("""logger.LogInformation("Created {@Customer}", {|PII002:customer|});""")]
    [InlineData("""logger.LogInformation("Payload {Json}", System.Text.Json.JsonSerializer.Serialize({|PII002:customer|}));""")]
    [InlineData("""Console.WriteLine(System.Text.Json.JsonSerializer.Serialize({|PII002:customers|}));""")]
    // Console, debug and trace output.
    [InlineData("""Console.WriteLine({|PII002:customer.Email|});""")]
    [InlineData("""Console.WriteLine({|PII002:customer.Email|}.ToLowerInvariant());""")]
    [InlineData("""Console.WriteLine("Customer {0} <{1}>", {|PII002:customer.FullName|}, {|PII002:customer.Email|});""")]
    [InlineData("""Console.Write($"Phone: {{|PII002:customer.Phone|}}");""")]
    [InlineData("""Console.Error.WriteLine("Bad address: " + {|PII002:customer.Billing.Street|});""")]
    [InlineData("""_ = Console.Out.WriteLineAsync({|PII002:customer.FullName|});""")]
    [InlineData("""Debug.WriteLine({|PII002:customer.Email|});""")]
    [InlineData("""Debug.WriteLine("Customer {0}", {|PII002:customer.FullName|});""")]
    [InlineData("""Debug.WriteLineIf(order.Total > 1000m, "Big spender " + {|PII002:customer.FullName|});""")]
    [InlineData("""Debug.Assert(order.Lines > 0, $"No lines for {{|PII002:customer.Email|}}");""")]
    [InlineData("""Trace.TraceInformation("Patient {0}", {|PII002:patient.Diagnosis|});""")]
    [InlineData("""Trace.WriteLine({|PII002:patient|});""")]
    // Exception messages.
    [InlineData("""throw new InvalidOperationException($"No account for {{|PII002:customer.Email|}}");""")]
    [InlineData("""throw new ArgumentException("Unknown phone " + {|PII002:customer.Phone|}, nameof(customer));""")]
    [InlineData("""throw new CustomerException($"Duplicate customer {{|PII002:customer.FullName|}}");""")]
    [InlineData("""var error = new KeyNotFoundException(string.Format("Missing {0}", {|PII002:customer.Email|}));""")]
    [InlineData("""throw new InvalidOperationException($"Cannot ship {{|PII002:shipment|}}");""")]
    // Serilog, NLog and log4net.
    [InlineData("""serilog.Information("Signed in {Email}", {|PII002:customer.Email|});""")]
    [InlineData("""Serilog.Log.Information("Admitted {@Patient}", {|PII002:patient|});""")]
    [InlineData("""serilog.ForContext("Email", {|PII002:customer.Email|}).Warning("Bounced");""")]
    [InlineData("""nlog.Info("Customer {Name}", {|PII002:customer.FullName|});""")]
    [InlineData("""NLog.ILogger byInterface = nlog; byInterface.Warn("Phone " + {|PII002:customer.Phone|});""")]
    [InlineData("""log4.Info({|PII002:customer.Email|});""")]
    [InlineData("""log4.InfoFormat("Customer {0}", {|PII002:customer.FullName|});""")]
    public Task Reports_personal_data_written_out(string line) => Verify.VerifyAsync(LoggingModel.InMethod(line));
}
