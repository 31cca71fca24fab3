using Dossier.Generators.Tests.Robustness;

namespace Dossier.Generators.Tests.Activities;

/// <summary>Every analyzer and the generator over one file that uses activities every way: what each activity rule says, and nothing else about activities.</summary>
public class ActivityRulesTogetherTests
{
    [Fact]
    public async Task Each_activity_rule_reports_what_the_file_gets_wrong_and_nothing_more()
    {
        var (result, _) = await CrashProbe.RunAsync(CrashProbe.Compile(new[] { ("/src/Activities.cs", ActivitySource.Text) }), CrashProbe.CreateDriver());
        Assert.Empty(result.Crashes);
        var reported = result.Dossier
            .Where(diagnostic => diagnostic.Id is "PII004" or "PII008" or "PII011" or "PII012" or "PII013" or "PII014")
            .Select(diagnostic => $"{diagnostic.Id} line {diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}: {diagnostic.GetMessage()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(new[]
        {
            "PII011 line 9: Processing activity 'Unused' is declared, but no member or type names it; name it in the Activities of the members it processes or in their type's [ProcessingActivities], or remove the declaration",
            "PII012 line 37: 'Genome' holds Genetic data, a special category (GDPR Art. 9(1)), on LegalBasis.Consent; consent to process it must be explicit: write LegalBasis.ExplicitConsent (Art. 9(2)(a)), or the Art. 9(2) condition that applies",
            // Genome names no activities of its own, so it serves its type's 'Research' beside its inline purpose.
            "PII012 line 8: Processing activity 'Research' is based on LegalBasis.Consent, but 'Patient.Diagnosis' and 'Patient.Genome' of a special category (GDPR Art. 9(1)) serve it; consent to process them must be explicit: write LegalBasis.ExplicitConsent (Art. 9(2)(a)), or the Art. 9(2) condition that applies",
            "PII013 line 24: 'Customer.Street' repeats the purpose and legal basis of 'Customer.City' and 'Order.Address'; declare them once as a processing activity",
            "PII013 line 27: 'Customer.City' repeats the purpose and legal basis of 'Customer.Street' and 'Order.Address'; declare them once as a processing activity",
            "PII013 line 41: 'Order.Address' repeats the purpose and legal basis of 'Customer.Street' and 'Customer.City'; declare them once as a processing activity",
            "PII014 line 19: 'Phone' names its own Activities, which replace those its type names with [ProcessingActivities]; it no longer serves 'Notices'; add them to its Activities if it still does",
        }, reported);
    }
}
