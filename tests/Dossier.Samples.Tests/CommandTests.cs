using DirectoryService;
using DirectoryService.Model;

namespace Dossier.Samples.Tests;

/// <summary>The subcommands for trying the sample by hand, and what they do with bad input.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly SampleRun _run = new();

    [Fact]
    public async Task First_run_creates_the_database_and_the_keys()
    {
        Assert.False(Directory.Exists(_run.DataDirectory));

        var (exitCode, output) = await _run.RunAsync("export", SeedData.UntouchedEmail);

        Assert.Equal(DirectoryApp.Success, exitCode);
        Assert.True(File.Exists(_run.DatabasePath));
        Assert.True(File.Exists(Path.Combine(_run.DataDirectory, SampleKeys.FileName)));
        Assert.Contains("made on this first run", output);
        Assert.Contains("Alan Turing", File.ReadAllText(DirectoryApp.ExportPath(_run.DataDirectory, SeedData.UntouchedEmail)));
    }

    [Fact]
    public async Task Erase_prints_the_report_and_the_person_cannot_be_found_again()
    {
        var (exitCode, output) = await _run.RunAsync("erase", SeedData.UntouchedEmail);
        Assert.Equal(DirectoryApp.Success, exitCode);
        Assert.Contains("User.Email (Email): pseudonymized", output);
        Assert.Contains("Retained:", output);
        Assert.Contains("HomeAddress_Street", output);

        var again = await _run.RunAsync("export", SeedData.UntouchedEmail);
        Assert.Equal(DirectoryApp.UnknownPerson, again.ExitCode);
        Assert.Contains($"no user has the e-mail address '{SeedData.UntouchedEmail}'", again.Output);
    }

    [Fact]
    public async Task The_demo_runs_again_on_the_same_database()
    {
        Assert.Equal(0, (await _run.RunAsync()).ExitCode);
        var (exitCode, output) = await _run.RunAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("1 demo users added again", output);
        Assert.Equal(2, _run.Rows("Users", $"\"{nameof(User.DisplayName)}\" = 'anonymized'").Count);

        // The user who withdrew consent on the first run subscribed again, so the second run withdraws it again.
        Assert.Matches(@"NewsletterTopics\s+Engineering; Events in London\s+NULL\s+changed", output);
    }

    [Fact]
    public async Task Withdraw_erases_what_serves_the_activity_alone_and_keeps_the_rest()
    {
        var (exitCode, output) = await _run.RunAsync("withdraw", SeedData.UntouchedEmail, "Newsletter");

        Assert.Equal(DirectoryApp.Success, exitCode);
        Assert.Contains("Erasure of User for processing activity 'Newsletter'", output);
        Assert.Contains("User.Email (Email): still serves Sign-in, Account notices", output);
        Assert.Contains("by directory-cli (consent withdrawn (Art. 7(3)))", output);
        var alan = _run.User(nameof(User.Email), SeedData.UntouchedEmail);
        Assert.Null(alan[nameof(User.NewsletterTopics)]);
        Assert.Equal("Alan Turing", alan[nameof(User.DisplayName)]);
        Assert.Equal("Engineering; Events in London", _run.User(nameof(User.Email), SeedData.ExportedEmail)[nameof(User.NewsletterTopics)]);
    }

    [Fact]
    public async Task Unknown_activity_fails_without_changing_anything()
    {
        var (exitCode, output) = await _run.RunAsync("withdraw", SeedData.UntouchedEmail, "Newsleter");

        Assert.Equal(DirectoryApp.UnknownActivity, exitCode);
        Assert.Contains("error: No processing activity named 'Newsleter' is declared", output);
        Assert.Contains("'Newsletter'", output);
        Assert.Contains("Nothing was erased.", output);
        Assert.DoesNotContain("audit: Erase", output);
        Assert.All(_run.Rows("Users"), user => Assert.NotNull(user[nameof(User.NewsletterTopics)]));
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var (exitCode, output) = await _run.RunAsync("help");

        Assert.Equal(DirectoryApp.Success, exitCode);
        Assert.All(new[] { "export <email>", "erase <email>", "withdraw <email> <activity>", "inventory" }, command => Assert.Contains(command, output));
    }

    [Theory]
    [InlineData("export")]
    [InlineData("erase")]
    [InlineData("withdraw", "a@example.com")]
    [InlineData("withdraw", "a@example.com", "Newsletter", "Sign-in")]
    [InlineData("export", "a@example.com", "b@example.com")]
    [InlineData("frobnicate")]
    public async Task Bad_arguments_fail_with_usage(params string[] args)
    {
        var (exitCode, output) = await _run.RunAsync(args);

        Assert.Equal(DirectoryApp.BadUsage, exitCode);
        Assert.StartsWith("error: ", output);
        Assert.Contains("Usage:", output);
        Assert.False(Directory.Exists(_run.DataDirectory), "bad arguments must not create a database");
    }

    [Fact]
    public async Task Unknown_email_fails_without_changing_anything()
    {
        var (exitCode, output) = await _run.RunAsync("erase", "nobody@example.com");

        Assert.Equal(DirectoryApp.UnknownPerson, exitCode);
        Assert.Contains("error: no user has the e-mail address 'nobody@example.com'", output);
        Assert.Empty(_run.Rows("Users", $"\"{nameof(User.DisplayName)}\" = 'anonymized'"));
    }

    [Fact]
    public async Task Inventory_says_where_the_build_writes_it()
    {
        var (exitCode, output) = await _run.RunAsync("inventory");

        Assert.Equal(DirectoryApp.Success, exitCode);
        Assert.Contains(DirectoryApp.InventoryPath, output);
        Assert.EndsWith("DirectoryService.PersonalData.md", DirectoryApp.InventoryPath);
    }

    public void Dispose() => _run.Dispose();
}
