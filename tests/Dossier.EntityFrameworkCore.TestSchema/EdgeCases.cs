using System.Collections.Generic;
using Dossier;

namespace Dossier.EntityFrameworkCore.TestSchema;

// Models that data subject requests must either follow or refuse by name: composite keys, shadow foreign keys,
// inheritance mapped each of EF Core's three ways, table splitting and keyless entity types.

/// <summary>A data subject with a composite key.</summary>
[DataSubject]
public partial class Tenant
{
    public int Region { get; set; }

    public int Number { get; set; }

    [PersonalData(DataCategory.Name)]
    public string? Name { get; set; }
}

/// <summary>Refers to its tenant by a composite foreign key.</summary>
public partial class Lease
{
    public int Id { get; set; }

    public int TenantRegion { get; set; }

    public int TenantNumber { get; set; }

    [PersonalData(DataCategory.Other)]
    public string? Terms { get; set; }
}

/// <summary>A data subject at the root of a table-per-hierarchy mapping.</summary>
[DataSubject]
public partial class Person
{
    public int Id { get; set; }

    [PersonalData(DataCategory.Name)]
    public string? Name { get; set; }
}

public partial class Employee : Person
{
    [PersonalData(DataCategory.Employment)]
    public string? JobTitle { get; set; }
}

/// <summary>
/// Refers to its person by a shadow foreign key: no property in the class holds it. Comments reply to comments, so
/// the keys can form a cycle.
/// </summary>
public partial class Comment
{
    public int Id { get; set; }

    public int? ReplyToId { get; set; }

    [PersonalData(DataCategory.Communication)]
    public string? Text { get; set; }
}

/// <summary>Table per hierarchy: the foreign key is declared on the base type.</summary>
public abstract partial class Note
{
    public int Id { get; set; }

    public int PersonId { get; set; }
}

public partial class CallNote : Note
{
    [PersonalData(DataCategory.Communication)]
    public string? Transcript { get; set; }
}

/// <summary>Table per type.</summary>
public partial class Document
{
    public int Id { get; set; }

    public int PersonId { get; set; }

    [PersonalData(DataCategory.Other)]
    public string? Title { get; set; }
}

public partial class Contract : Document
{
    [PersonalData(DataCategory.Financial)]
    public string? Salary { get; set; }
}

/// <summary>Table per concrete type: the base has no table.</summary>
public abstract partial class Activity
{
    public int Id { get; set; }

    public int PersonId { get; set; }
}

public partial class SignIn : Activity
{
    [PersonalData(DataCategory.OnlineIdentifier)]
    public string? IpAddress { get; set; }
}

/// <summary>A data subject whose chart shares its table (table splitting).</summary>
[DataSubject]
public partial class Patient
{
    public int Id { get; set; }

    [PersonalData(DataCategory.Name)]
    public string? Name { get; set; }
}

public partial class PatientChart
{
    public int Id { get; set; }

    [PersonalData(DataCategory.Health)]
    public string? Diagnosis { get; set; }
}

/// <summary>Keyless, and refers to a patient: it can be exported, but EF Core cannot save its erasure.</summary>
public partial class CallRecord
{
    public int PatientId { get; set; }

    [PersonalData(DataCategory.Phone)]
    public string? Number { get; set; }
}

/// <summary>A keyless data subject: refused by name.</summary>
[DataSubject]
public partial class Visitor
{
    [PersonalData(DataCategory.Name)]
    public string? Name { get; set; }
}

/// <summary>Linked to a type this model does not map: the coverage check names it.</summary>
public partial class ExternalNote
{
    public int Id { get; set; }

    [PersonalDataLink(typeof(Member))]
    public int MemberId { get; set; }

    [PersonalData(DataCategory.Other)]
    public string? Text { get; set; }
}
