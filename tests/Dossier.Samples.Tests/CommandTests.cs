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
    }

    [Theory]
    [InlineData("export")]
    [InlineData("erase")]
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
