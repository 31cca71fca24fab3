using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore.TestSchema;

/// <summary>
/// A subject whose personal strings are declared never null, as most existing models declare them: EF Core maps them to
/// required (NOT NULL) columns, and erasure must leave a value those columns accept.
/// </summary>
[DataSubject("Subscriber")]
public partial class Subscriber
{
    public int Id { get; set; }

    [PersonalData(DataCategory.Email)]
    public string Email { get; set; } = "";

    [PersonalData(DataCategory.Name)]
    public required string DisplayName { get; set; }

    [PersonalData(DataCategory.Location)]
    public string? City { get; set; }
}

/// <summary>The context of <see cref="Subscriber"/>.</summary>
public sealed class NewsletterContext(DbContextOptions<NewsletterContext> options) : DbContext(options)
{
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
}
