using System;
using System.Linq;
using System.Threading.Tasks;
using DirectoryService.Model;
using Microsoft.EntityFrameworkCore;

namespace DirectoryService;

/// <summary>
/// The people the sample starts with. All values are made up from ranges reserved for examples: example.com-style
/// domains, documentation IP addresses (RFC 5737), UK drama phone numbers and "QQ" national insurance numbers.
/// </summary>
public static class SeedData
{
    /// <summary>The user the demo exports, and who then withdraws consent to the newsletter.</summary>
    public const string ExportedEmail = "ada@northwind.example";

    /// <summary>The user the demo erases.</summary>
    public const string ErasedEmail = "grace@contoso.example";

    /// <summary>A user the demo leaves alone.</summary>
    public const string UntouchedEmail = "alan@northwind.example";

    /// <summary>
    /// Adds the organizations and users that are missing, and the newsletter topics of the user who withdrew consent,
    /// so the demo can run again after an erasure and a withdrawal.
    /// </summary>
    /// <returns>How many users were added.</returns>
    public static async Task<int> EnsureSeededAsync(DirectoryContext db)
    {
        var northwind = await OrganizationAsync(db, "Northwind Traders", "northwind.example");
        var contoso = await OrganizationAsync(db, "Contoso", "contoso.example");

        var added = 0;
        foreach (var user in new[] { Ada(northwind), Grace(contoso), Alan(northwind) })
        {
            if (!await db.Set<User>().AnyAsync(existing => existing.Email == user.Email))
            {
                db.Set<User>().Add(user);
                added++;
            }
        }

        // A withdrawal keeps the user and their e-mail address, so the user is not added again: they subscribe again.
        var subscriber = await db.Set<User>().SingleOrDefaultAsync(user => user.Email == ExportedEmail);
        if (subscriber is not null)
        {
            subscriber.NewsletterTopics ??= AdasNewsletterTopics;
        }

        await db.SaveChangesAsync();

        // Tickets refer to their users by key only, so they are added once the users have ids.
        foreach (var (email, subject, description) in Tickets)
        {
            var requester = await db.Set<User>().SingleAsync(user => user.Email == email);
            if (!await db.Set<SupportTicket>().AnyAsync(ticket => ticket.RequesterId == requester.Id))
            {
                db.Set<SupportTicket>().Add(new SupportTicket
                {
                    RequesterId = requester.Id, OpenedAt = new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero), Subject = subject, Description = description,
                });
            }
        }

        await db.SaveChangesAsync();
        return added;
    }

    private static readonly (string Email, string Subject, string Description)[] Tickets =
    [
        (ExportedEmail, "VPN drops every hour", "Since Monday my VPN disconnects every hour, also from home in St James's Square."),
        (ErasedEmail, "New phone for Grace Hopper", "Please move my authenticator to my new iPhone; my number is still +44 161 496 0042."),
    ];

    private static async Task<Organization> OrganizationAsync(DirectoryContext db, string name, string domain)
    {
        var organization = await db.Set<Organization>().FirstOrDefaultAsync(o => o.Domain == domain);
        if (organization is null)
        {
            organization = new Organization { Name = name, Domain = domain };
            db.Set<Organization>().Add(organization);
        }

        return organization;
    }

    private const string AdasNewsletterTopics = "Engineering; Events in London";

    private static User Ada(Organization organization) => new()
    {
        Organization = organization,
        Email = ExportedEmail,
        NewsletterTopics = AdasNewsletterTopics,
        DisplayName = "Ada Lovelace",
        Phone = "+44 20 7946 0018",
        DateOfBirth = new DateOnly(1985, 12, 10),
        HomeAddress = new Address { Street = "12 St James's Square", PostalCode = "SW1Y 4LB", City = "London", Country = "GB" },
        NationalId = "QQ 12 34 56 A",
        PasswordHash = "pbkdf2-sha256$600000$c2FsdA$ada-hash",
        Devices = { new Device { Model = "ThinkPad X1 Carbon", LastIpAddress = "192.0.2.10", Latitude = 51.51, Longitude = -0.13 } },
        Sessions = { Session(2025, 3, 1, "192.0.2.10", "Mozilla/5.0 (Windows NT 10.0) Firefox/136.0") },
    };

    private static User Grace(Organization organization) => new()
    {
        Organization = organization,
        Email = ErasedEmail,
        NewsletterTopics = "Engineering",
        DisplayName = "Grace Hopper",
        Phone = "+44 161 496 0042",
        DateOfBirth = new DateOnly(1976, 12, 9),
        HomeAddress = new Address { Street = "1 Harbour Road", PostalCode = "M1 1AA", City = "Manchester", Country = "GB" },
        NationalId = "QQ 65 43 21 B",
        PasswordHash = "pbkdf2-sha256$600000$c2FsdA$grace-hash",
        Devices =
        {
            new Device { Model = "iPhone 15", LastIpAddress = "198.51.100.23", Latitude = 53.48, Longitude = -2.24 },
            new Device { Model = "Surface Laptop 6", LastIpAddress = "198.51.100.24", Latitude = 53.48, Longitude = -2.24 },
        },
        Sessions =
        {
            Session(2025, 2, 14, "198.51.100.23", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3) Safari/604.1"),
            Session(2025, 3, 2, "198.51.100.24", "Mozilla/5.0 (Windows NT 10.0) Edg/134.0"),
        },
    };

    private static User Alan(Organization organization) => new()
    {
        Organization = organization,
        Email = UntouchedEmail,
        NewsletterTopics = "Research; Chess club",
        DisplayName = "Alan Turing",
        Phone = "+44 20 7946 0954",
        DateOfBirth = new DateOnly(1982, 6, 23),
        HomeAddress = new Address { Street = "7 Wilmslow Road", PostalCode = "SK9 1AA", City = "Wilmslow", Country = "GB" },
        NationalId = "QQ 11 22 33 C",
        PasswordHash = "pbkdf2-sha256$600000$c2FsdA$alan-hash",
        Devices = { new Device { Model = "Pixel 9", LastIpAddress = "203.0.113.5", Latitude = 53.33, Longitude = -2.23 } },
    };

    private static LoginSession Session(int year, int month, int day, string ip, string userAgent) => new()
    {
        SignedInAt = new DateTimeOffset(year, month, day, 9, 30, 0, TimeSpan.Zero),
        IpAddress = ip,
        UserAgent = userAgent,
    };
}
