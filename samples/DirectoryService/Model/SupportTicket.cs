using System;
using Dossier;

namespace DirectoryService.Model;

/// <summary>
/// A request to the IT help desk. It refers to the user who raised it by a foreign key alone: no navigation on either
/// side, the way audit and support tables usually are. Dossier follows the key from the model, so the ticket is
/// exported and erased with its user.
/// </summary>
[ProcessingActivities(Activities.Support)]
public partial class SupportTicket
{
    public int Id { get; set; }

    public int RequesterId { get; set; }

    [NotPersonalData(Justification = "When a ticket was opened says nothing about a person once its text is erased; kept for help desk statistics")]
    public DateTimeOffset OpenedAt { get; set; }

    [PersonalData(DataCategory.Communication)]
    public string? Subject { get; set; }

    // What people write to a help desk is whatever they need help with: their own words, often more than asked for.
    [PersonalData(DataCategory.Communication)]
    public string? Description { get; set; }

    [NotPersonalData(Justification = "A workflow state such as 'open' or 'closed'")]
    public string Status { get; set; } = "open";
}
