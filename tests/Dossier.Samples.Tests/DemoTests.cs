using System.Text.Json;
using DirectoryService;
using DirectoryService.Model;
using Dossier.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Samples.Tests;

/// <summary>Runs the sample's main command once and checks that what it printed is true of the database.</summary>
public sealed class DemoTests(DemoTests.Demo demo) : IClassFixture<DemoTests.Demo>
{
    private const string ErasedNationalId = "QQ 65 43 21 B";

    [Fact]
    public void Succeeds_and_says_where_everything_is()
    {
        Assert.Equal(0, demo.ExitCode);
        Assert.Contains(demo.Run.DatabasePath, demo.Output);
        Assert.Contains(DirectoryApp.ExportPath(demo.Run.DataDirectory, SeedData.ExportedEmail), demo.Output);
        Assert.Contains("Erasure of User:", demo.Output);
        Assert.Contains(DirectoryApp.InventoryPath, demo.Output);
        Assert.Contains("secret store", demo.Output);
    }

    [Fact]
    public void Encrypted_columns_hold_ciphertext_at_rest()
    {
        foreach (var row in demo.Run.Rows("Users"))
        {
            var nationalId = Assert.IsType<string>(row[nameof(User.NationalId)]);
            // Every seeded national id starts "QQ " and has spaces, which base64 never holds, so a plaintext id
            // would show; "QQ" alone turns up in random ciphertext now and then.
            Assert.DoesNotContain("QQ ", nationalId);
            AssertDossierEnvelope(nationalId);
        }

        var live = demo.Run.User(nameof(User.Email), SeedData.ExportedEmail);
        var passwordHash = Assert.IsType<string>(live[nameof(User.PasswordHash)]);
        Assert.DoesNotContain("ada-hash", passwordHash);
        AssertDossierEnvelope(passwordHash);
    }

    [Fact]
    public async Task Plaintext_comes_back_through_ef_core()
    {
        await using var db = demo.Run.OpenContext();
        var ada = await db.Set<User>().SingleAsync(user => user.Email == SeedData.ExportedEmail);
        Assert.Equal("QQ 12 34 56 A", ada.NationalId);
        Assert.Equal("pbkdf2-sha256$600000$c2FsdA$ada-hash", ada.PasswordHash);
    }

    [Fact]
    public void Erased_users_personal_columns_are_gone()
    {
        var erased = demo.Run.User(nameof(User.DisplayName), "anonymized");
        Assert.DoesNotContain("grace", (string)erased[nameof(User.Email)]!, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual("anonymized", erased[nameof(User.Email)]);
        Assert.Null(erased[nameof(User.Phone)]);
        Assert.Null(erased[nameof(User.DateOfBirth)]);
        Assert.Null(erased["HomeAddress_Street"]);
        Assert.Null(erased["HomeAddress_PostalCode"]);
        Assert.Equal("anonymized", erased["HomeAddress_City"]);
        Assert.Null(erased[nameof(User.PasswordHash)]);

        var devices = demo.Run.Rows("Devices", $"\"UserId\" = {erased["Id"]}");
        Assert.Equal(2, devices.Count);
        Assert.All(devices, device =>
        {
            Assert.Null(device[nameof(Device.LastIpAddress)]);
            Assert.Equal(0.0, device[nameof(Device.Latitude)]);
            Assert.Equal(0.0, device[nameof(Device.Longitude)]);
        });

        var sessions = demo.Run.Rows("LoginSessions", $"\"UserId\" = {erased["Id"]}");
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, session =>
        {
            Assert.DoesNotContain("198.51.100.", (string)session[nameof(LoginSession.IpAddress)]!);
            Assert.Equal("anonymized", session[nameof(LoginSession.UserAgent)]);
        });

        // A pseudonym stands for one value: different addresses give different tokens.
        Assert.NotEqual(sessions[0][nameof(LoginSession.IpAddress)], sessions[1][nameof(LoginSession.IpAddress)]);
    }

    [Fact]
    public async Task Retained_members_are_kept()
    {
        var erased = demo.Run.User(nameof(User.DisplayName), "anonymized");
        var sessions = demo.Run.Rows("LoginSessions", $"\"UserId\" = {erased["Id"]}");
        Assert.Equal(["2025-02-14 09:30:00+00:00", "2025-03-02 09:30:00+00:00"], sessions.Select(s => s[nameof(LoginSession.SignedInAt)]));

        await using var db = demo.Run.OpenContext();
        var user = await db.Set<User>().SingleAsync(u => u.Id == (long)erased["Id"]!);
        Assert.Equal(ErasedNationalId, user.NationalId);
        Assert.Contains(User.NationalIdRetentionReason, demo.Output);
    }

    [Fact]
    public void Non_personal_data_is_untouched()
    {
        Assert.Equal(
            [("Northwind Traders", "northwind.example"), ("Contoso", "contoso.example")],
            demo.Run.Rows("Organizations").Select(o => ((string)o["Name"]!, (string)o["Domain"]!)));

        var erased = demo.Run.User(nameof(User.DisplayName), "anonymized");
        Assert.Equal("GB", erased["HomeAddress_Country"]);
        Assert.Equal(["iPhone 15", "Surface Laptop 6"], demo.Run.Rows("Devices", $"\"UserId\" = {erased["Id"]}").Select(d => d[nameof(Device.Model)]));

        var alan = demo.Run.User(nameof(User.Email), SeedData.UntouchedEmail);
        Assert.Equal("Alan Turing", alan[nameof(User.DisplayName)]);
        Assert.Equal("7 Wilmslow Road", alan["HomeAddress_Street"]);
    }

    [Fact]
    public void Export_holds_the_users_values_and_nothing_marked_not_for_export()
    {
        var json = File.ReadAllText(DirectoryApp.ExportPath(demo.Run.DataDirectory, SeedData.ExportedEmail));
        using var document = JsonDocument.Parse(json);
        var strings = Strings(document.RootElement).ToList();

        Assert.Contains(SeedData.ExportedEmail, strings);
        Assert.Contains("Ada Lovelace", strings);
        Assert.Contains("12 St James's Square", strings);
        Assert.Contains("QQ 12 34 56 A", strings);
        Assert.Contains("192.0.2.10", strings);
        Assert.DoesNotContain(strings, value => value.Contains("ada-hash", StringComparison.Ordinal));
        Assert.DoesNotContain(nameof(User.PasswordHash), json);
        Assert.DoesNotContain("ThinkPad", json);
    }

    [Fact]
    public void Support_tickets_that_refer_to_the_user_by_key_alone_are_exported_and_erased()
    {
        var json = File.ReadAllText(DirectoryApp.ExportPath(demo.Run.DataDirectory, SeedData.ExportedEmail));
        using var document = JsonDocument.Parse(json);
        var tickets = document.RootElement.GetProperty("data").GetProperty("SupportTicket").GetProperty("value");
        Assert.Equal("VPN drops every hour", Assert.Single(tickets.EnumerateArray()).GetProperty("data").GetProperty("Subject").GetProperty("value").GetString());
        Assert.DoesNotContain("New phone", json, StringComparison.Ordinal);

        var erased = demo.Run.User(nameof(User.DisplayName), "anonymized");
        var ticket = Assert.Single(demo.Run.Rows("SupportTickets", $"\"RequesterId\" = {erased["Id"]}"));
        Assert.Null(ticket[nameof(SupportTicket.Subject)]);
        Assert.Null(ticket[nameof(SupportTicket.Description)]);
        Assert.Equal("open", ticket[nameof(SupportTicket.Status)]);
        Assert.Contains("User.SupportTicket[0].Description (Communication): deleted", demo.Output, StringComparison.Ordinal);

        var ada = demo.Run.User(nameof(User.Email), SeedData.ExportedEmail);
        Assert.Equal("VPN drops every hour", Assert.Single(demo.Run.Rows("SupportTickets", $"\"RequesterId\" = {ada["Id"]}"))[nameof(SupportTicket.Subject)]);
    }

    [Fact]
    public void Withdrawing_consent_to_the_newsletter_erases_what_serves_it_alone_and_keeps_the_e_mail_address()
    {
        var step = Between(demo.Output, "3. Withdraw consent", "4. Inventory");
        Assert.Contains("Erasure of User for processing activity 'Newsletter': 1 member erased, 0 members retained, 1 member kept for other activities", step);
        Assert.Contains("User.NewsletterTopics (Behavioral): deleted", step);
        Assert.Contains("User.Email (Email): still serves Sign-in, Account notices", step);
        Assert.Matches(@"NewsletterTopics\s+Engineering; Events in London\s+NULL\s+changed", step);
        Assert.Contains("Unchanged: Devices row", step);

        // In the file: the topics are gone, the address and everything serving other activities are as they were.
        var ada = demo.Run.User(nameof(User.Email), SeedData.ExportedEmail);
        Assert.Null(ada[nameof(User.NewsletterTopics)]);
        Assert.Equal("Ada Lovelace", ada[nameof(User.DisplayName)]);
        Assert.Equal("12 St James's Square", ada["HomeAddress_Street"]);
        Assert.Equal("192.0.2.10", Assert.Single(demo.Run.Rows("Devices", $"\"UserId\" = {ada["Id"]}"))[nameof(Device.LastIpAddress)]);
        Assert.Contains($"audit: Erase Employee {ada["Id"]} for activity Newsletter by directory-cli (demo)", step);

        // Only the one who withdrew: everyone else still gets the newsletter.
        Assert.Equal("Research; Chess club", demo.Run.User(nameof(User.Email), SeedData.UntouchedEmail)[nameof(User.NewsletterTopics)]);
    }

    [Fact]
    public async Task Every_table_with_personal_data_is_reached_from_a_user()
    {
        await using var db = demo.Run.OpenContext();

        Assert.Empty(db.Model.FindUnreachedPersonalData());
        PersonalDataCoverage.AssertEveryTypeReached(db);
    }

    [Fact]
    public void The_audit_trail_shows_the_export_the_erasure_and_who_read_the_national_id()
    {
        var audit = demo.Output.Split('\n').Select(line => line.Trim())
            .Where(line => line.StartsWith("audit: ", StringComparison.Ordinal)).ToList();

        var ada = demo.Run.User(nameof(User.Email), SeedData.ExportedEmail)["Id"];
        var grace = demo.Run.User(nameof(User.DisplayName), "anonymized")["Id"];
        Assert.Contains($"audit: Export Employee {ada} by directory-cli (demo)", audit);
        Assert.Contains($"audit: Read Employee {ada} NationalId by directory-cli (demo)", audit);
        Assert.Contains($"audit: Erase Employee {grace} by directory-cli (demo)", audit);

        // Names and ids only: no value the sample holds about anyone.
        Assert.DoesNotContain(audit, line => line.Contains("QQ ", StringComparison.Ordinal) || line.Contains('@') ||
                                             line.Contains("Lovelace", StringComparison.Ordinal) || line.Contains("hash", StringComparison.Ordinal));
    }

    // A Dossier value is base64 of: version 0x01, key id length, key id, nonce, tag, ciphertext.
    private static void AssertDossierEnvelope(string stored)
    {
        var bytes = Convert.FromBase64String(stored);
        Assert.Equal(0x01, bytes[0]);
        var keyId = System.Text.Encoding.ASCII.GetString(bytes, 2, bytes[1]);
        Assert.Equal("sample-1", keyId);
        Assert.True(bytes.Length > 2 + keyId.Length + 12 + 16, "the envelope holds a nonce, a tag and the ciphertext");
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' is not in the output");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to > from, $"'{end}' does not follow '{start}'");
        return text[from..to];
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Strings(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    /// <summary>The main command, run once for the class.</summary>
    public sealed class Demo : IAsyncLifetime
    {
        public SampleRun Run { get; } = new();

        public int ExitCode { get; private set; }

        public string Output { get; private set; } = "";

        public async Task InitializeAsync() => (ExitCode, Output) = await Run.RunAsync();

        public Task DisposeAsync()
        {
            Run.Dispose();
            return Task.CompletedTask;
        }
    }
}
