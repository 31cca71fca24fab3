namespace Dossier.EntityFrameworkCore.Tests.Model;

/// <summary>Holds no personal data itself, but leads to a <see cref="Recipient"/> that does.</summary>
public sealed class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public decimal Total { get; set; }

    public int? RecipientId { get; set; }

    public Recipient? Recipient { get; set; }
}

/// <summary>Holds personal data by attribute only, as a type before the generator has run on it.</summary>
public sealed class Recipient
{
    public int Id { get; set; }

    [PersonalData(DataCategory.Name)]
    public string Name { get; set; } = "";
}

/// <summary>Holds no personal data and leads to none: loading a data subject leaves it out.</summary>
public sealed class Tag
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public string Label { get; set; } = "";
}

/// <summary>A record whose positional parameter carries the attribute (it stays on the parameter, not the property).</summary>
public sealed record Badge(int Id, [Encrypted] string Holder);

/// <summary>Marked the ASP.NET Core Identity way.</summary>
public sealed class Account
{
    public int Id { get; set; }

    [Microsoft.AspNetCore.Identity.ProtectedPersonalData]
    public string? PhoneNumber { get; set; }
}

/// <summary>Holds no personal data itself; its owned billing contact does.</summary>
public sealed class Subscription
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public BillingContact Billing { get; set; } = new();
}

public sealed class BillingContact
{
    [PersonalData(DataCategory.Phone)]
    public string? Phone { get; set; }
}
