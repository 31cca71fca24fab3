using System;
using System.Collections.Generic;
using Dossier;

namespace Dossier.EntityFrameworkCore.TestSchema;

// A shop with a help desk, shaped the way real schemas are: most rows point at the member by a foreign key only, some
// have a navigation on their own side only, some are two or three keys away, one is linked by a plain column.

/// <summary>The data subject: a customer account.</summary>
[DataSubject("Customer")]
public partial class Member
{
    public const string LoyaltyReason = "Loyalty points are tax-relevant for 10 years";

    public int Id { get; set; }

    [PersonalData(DataCategory.Email, Erasure = Erasure.Anonymize)]
    public string Email { get; set; } = "";

    [PersonalData(DataCategory.Name)]
    public string? Name { get; set; }

    [PersonalData(DataCategory.Phone, Erasure = Erasure.Pseudonymize)]
    public string? Phone { get; set; }

    [PersonalData(DataCategory.Identifier, Erasure = Erasure.Retain, RetentionReason = LoyaltyReason)]
    public string? LoyaltyNumber { get; set; }

    public string Plan { get; set; } = "basic";

    /// <summary>Owned, in the member's own row.</summary>
    public PostalAddress Home { get; set; } = new();

    /// <summary>Owned, in a table of its own.</summary>
    public List<EmergencyContact> Contacts { get; set; } = new();

    /// <summary>The one navigation on the member's side.</summary>
    public List<Device> Devices { get; set; } = new();

    /// <summary>Many-to-many through a join table EF Core makes; groups are shared and hold no personal data.</summary>
    public List<Group> Groups { get; set; } = new();
}

public partial class PostalAddress
{
    [PersonalData(DataCategory.PostalAddress)]
    public string? Street { get; set; }

    [PersonalData(DataCategory.PostalAddress, Erasure = Erasure.Anonymize)]
    public string? City { get; set; }
}

public partial class EmergencyContact
{
    [PersonalData(DataCategory.Name)]
    public string? Name { get; set; }

    [PersonalData(DataCategory.Phone)]
    public string? Phone { get; set; }
}

public partial class Device
{
    public int Id { get; set; }

    public int MemberId { get; set; }

    [PersonalData(DataCategory.OnlineIdentifier)]
    public string? Label { get; set; }
}

public class Group
{
    public int Id { get; set; }

    public string Title { get; set; } = "";
}

/// <summary>Help desk staff: a second kind of data subject, sharing the tickets table with members.</summary>
[DataSubject("Staff")]
public partial class Agent
{
    public int Id { get; set; }

    [PersonalData(DataCategory.Name)]
    public string? Name { get; set; }
}

/// <summary>Refers to its author by foreign key only (<c>HasOne&lt;Member&gt;().WithMany()</c>), and to an agent.</summary>
public partial class SupportTicket
{
    public int Id { get; set; }

    public int AuthorId { get; set; }

    public int? AssigneeId { get; set; }

    [PersonalData(DataCategory.Communication)]
    public string? Subject { get; set; }

    [PersonalData(DataCategory.Communication)]
    public string? Body { get; set; }

    public string Status { get; set; } = "open";
}

/// <summary>Two keys away; its navigation is on its own side only.</summary>
public partial class TicketMessage
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public SupportTicket? Ticket { get; set; }

    [PersonalData(DataCategory.Communication)]
    public string? Text { get; set; }
}

/// <summary>Three keys away, by foreign key only.</summary>
public partial class MessageAttachment
{
    public int Id { get; set; }

    public int MessageId { get; set; }

    [PersonalData(DataCategory.Communication)]
    public string? FileName { get; set; }
}

/// <summary>Holds no personal data of its own but an owned ship-to contact, and refers to its member by key only.</summary>
public partial class Order
{
    public int Id { get; set; }

    public int MemberId { get; set; }

    public decimal Total { get; set; }

    public ShipTo ShipTo { get; set; } = new();
}

public partial class ShipTo
{
    [PersonalData(DataCategory.Name)]
    public string? Recipient { get; set; }

    [PersonalData(DataCategory.PostalAddress)]
    public string? Street { get; set; }
}

/// <summary>Two keys away.</summary>
public partial class OrderLine
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public string Product { get; set; } = "";

    [PersonalData(DataCategory.Communication)]
    public string? GiftMessage { get; set; }
}

/// <summary>A row that holds nothing but the key: kept by erasure, counted, not exported.</summary>
public class ArticleVote
{
    public int Id { get; set; }

    public int MemberId { get; set; }

    public int ArticleId { get; set; }
}

/// <summary>Linked to its payer by a plain column that is no foreign key, declared with <see cref="PersonalDataLinkAttribute"/>.</summary>
public partial class Payment
{
    public int Id { get; set; }

    [PersonalDataLink(typeof(Member))]
    public int PayerId { get; set; }

    [PersonalData(DataCategory.Financial)]
    public string? CardHolder { get; set; }

    public DateTime PaidAt { get; set; }
}

/// <summary>Linked to its member by a copy of the member's e-mail address, declared with <see cref="PersonalDataLinkAttribute.Key"/>.</summary>
public partial class Invoice
{
    public int Id { get; set; }

    [PersonalDataLink(typeof(Member), Key = nameof(Member.Email))]
    [PersonalData(DataCategory.Email)]
    public string? BillingEmail { get; set; }

    [PersonalData(DataCategory.PostalAddress)]
    public string? BillingAddress { get; set; }

    public decimal Amount { get; set; }
}
