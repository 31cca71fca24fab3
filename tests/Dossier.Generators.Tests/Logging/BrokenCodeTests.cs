using System.Collections.Immutable;
using Dossier.Generators.Analyzers.Logging;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Logging;

/// <summary>Code in the middle of an edit: the analyzer must never throw, whatever it reports.</summary>
public class BrokenCodeTests
{
    [Theory]
    [InlineData("""logger.LogInformation("Signed in {Email}", customer.);""")]
    [InlineData("""logger.LogInformation($"Signed in {customer.Emial}");""")]
    [InlineData("""Console.WriteLine(customer.Email""")]
    [InlineData("""throw new InvalidOperationException(message: );""")]
    [InlineData("""var e = ; Console.WriteLine(e);""")]
    [InlineData("""foreach (var x in ) Console.WriteLine(x);""")]
    [InlineData("""logger.LogInformation(undefined.Email);""")]
    [InlineData("""throw new UnknownException(customer.Email);""")]
    [InlineData("""logger.LogInformation("{A}", new object[] { customer.Email, );""")]
    [InlineData("""var a = a; logger.LogInformation(a);""")]
    [InlineData("""string s = s + customer.Email; logger.LogInformation(s);""")]
    [InlineData("""logger.LogInformation(customer.Emails.Select(c => ).ToList());""")]
    [InlineData("""logger.LogInformation("{X}", customer?.Home?.);""")]
    [InlineData("""Console.Out.WriteLine(patients.Where(p => p.).First());""")]
    [InlineData("""logger.Log(LogLevel.Information, new EventId(1), customer.Email, null, );""")]
    [InlineData("""logger.LogInformation("{W}", new Broken());""")]
    public async Task Does_not_throw_on_half_typed_code(string line)
    {
        var source = LoggingModel.InMethod(line) + """

            public record Broken([Dossier.PersonalData] string Name) : Missing
            {
                public override string ToString() => $"{Name" + ;
            }
            """;
        var exceptions = await RunAsync(source);
        Assert.Empty(exceptions);
    }

    [Fact]
    public async Task Long_concatenations_do_not_exhaust_the_stack()
    {
        var line = "logger.LogInformation(\"\"" + string.Concat(Enumerable.Repeat(" + customer.Email", 3000)) + ");";
        var exceptions = await RunAsync(LoggingModel.InMethod(line));
        Assert.Empty(exceptions);
    }

    private static async Task<List<Exception>> RunAsync(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create("Broken", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataLoggingAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return exceptions;
    }
}
