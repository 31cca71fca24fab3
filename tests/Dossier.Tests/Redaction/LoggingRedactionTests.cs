using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dossier.Tests.Redaction;

/// <summary>Dossier-tagged values written through Microsoft's logging, with its redaction switched on.</summary>
public class LoggingRedactionTests
{
    private const string Email = "grace@example.com";

    private static readonly Customer Grace = new() { Email = Email, Allergies = "penicillin", Plan = "Gold" };

    [Fact]
    public void Tagged_members_of_a_logged_object_are_redacted_and_the_rest_is_kept()
    {
        var log = Capture(redaction => redaction.SetDossierRedactor(), logger => Log.SignedUp(logger, Grace));

        Assert.DoesNotContain(Email, log);
        Assert.DoesNotContain("penicillin", log);
        Assert.Contains("customer.Email=" + PersonalDataRedaction.Mask, log);
        Assert.Contains("customer.Plan=Gold", log);
    }

    [Fact]
    public void Tagged_parameters_of_a_logging_method_are_redacted_in_the_message_and_the_tags()
    {
        var log = Capture(redaction => redaction.SetDossierRedactor(), logger => Log.ResetLinkSent(logger, Email, "Gold"));

        Assert.DoesNotContain(Email, log);
        Assert.Contains("Sent a reset link to " + PersonalDataRedaction.Mask + " for plan Gold", log);
    }

    [Fact]
    public void The_Dossier_redactor_covers_the_taxonomy_and_nothing_else()
    {
        var log = Capture(
            redaction => redaction.SetFallbackRedactor<NullRedactor>().SetDossierRedactor(),
            logger => Log.Called(logger, "+44 20 7946 0000", "T-1234"));

        Assert.DoesNotContain("7946", log);
        Assert.Contains("Called " + PersonalDataRedaction.Mask + " about ticket T-1234", log);
    }

    [Fact]
    public void Any_redactor_can_be_set_for_the_taxonomy()
    {
        var log = Capture(redaction => redaction.SetDossierRedactor<ErasingRedactor>(), logger => Log.SignedUp(logger, Grace));

        Assert.DoesNotContain(Email, log);
        Assert.DoesNotContain(PersonalDataRedaction.Mask, log);
        Assert.Contains("customer.Plan=Gold", log);
    }

    [Fact]
    public void Without_a_redactor_for_the_taxonomy_the_value_reaches_the_log()
    {
        var log = Capture(redaction => redaction.SetFallbackRedactor<NullRedactor>(), logger => Log.ResetLinkSent(logger, Email, "Gold"));

        Assert.Contains(Email, log);
    }

    private static string Capture(Action<IRedactionBuilder> configure, Action<ILogger> write)
    {
        var provider = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddRedaction(configure)
            .AddLogging(logging => logging.EnableRedaction().AddProvider(provider));
        using (var built = services.BuildServiceProvider())
        {
            write(built.GetRequiredService<ILoggerFactory>().CreateLogger("Test"));
        }

        Assert.NotEmpty(provider.Lines);
        return provider.Text;
    }
}
