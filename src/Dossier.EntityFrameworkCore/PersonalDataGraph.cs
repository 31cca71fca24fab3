using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.EntityFrameworkCore.Reach;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// One data subject as loaded by <see cref="PersonalDataDbContextExtensions.LoadPersonalDataAsync{TSubject}"/>: the
/// subject's entity with the navigations that hold personal data, and every row that refers to it through a foreign
/// key or a <see cref="PersonalDataLinkAttribute"/> link, directly or through other such rows, grouped by entity type.
/// </summary>
/// <typeparam name="TSubject">The data subject's entity type.</typeparam>
public sealed class PersonalDataGraph<TSubject>
    where TSubject : class, IPersonalData
{
    internal PersonalDataGraph(TSubject subject, IReadOnlyList<PersonalDataRows> rows)
    {
        Subject = subject;
        Rows = rows;
    }

    /// <summary>The data subject's entity.</summary>
    public TSubject Subject { get; }

    /// <summary>The rows that refer to the subject, one group per entity type, sorted by the type's name.</summary>
    public IReadOnlyList<PersonalDataRows> Rows { get; }

    /// <summary>
    /// How many rows refer to the subject but hold no personal data themselves (a join row, an order that holds only
    /// amounts). Export leaves them out and erasure keeps them: a row is never deleted, and the key they hold points
    /// at a subject whose personal data is gone.
    /// </summary>
    public int KeyOnlyRowCount => Rows.Where(rows => !rows.HoldsPersonalData).Sum(rows => rows.Count);

    /// <summary>
    /// Exports the subject, with one member per entity type that refers to it (named after the type) listing those
    /// rows that the subject's own members do not reach already. Each value keeps its category, purpose, legal basis
    /// and recipients.
    /// </summary>
    /// <exception cref="InvalidOperationException">A type holds personal data but has no generated code; nothing was exported.</exception>
    public PersonalDataRecord Export()
    {
        var sections = PersonalSections("exported");
        var unreached = AlreadyExported.Remove(Subject, sections);
        return PersonalDataExport.ToRecord(Subject, visitor =>
        {
            foreach (var (member, rows) in unreached)
            {
                visitor.BeginMember(member);
                visitor.BeginList();
                foreach (var row in rows)
                {
                    visitor.Nested(row);
                }

                visitor.EndList();
                visitor.EndMember();
            }
        });
    }

    /// <summary>
    /// Applies each member's <see cref="Erasure"/> strategy to the subject and to every row that refers to it, and
    /// reports what was erased and retained; paths of rows start with their type's name, as in
    /// <c>User.SupportTicket[0].Subject</c>. Nothing is saved: call <c>SaveChanges</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// A type holds personal data but has no generated code, or is keyless; nothing was changed.
    /// </exception>
    /// <exception cref="PseudonymizationKeyMissingException">A member pseudonymizes and no key is set; nothing was changed.</exception>
    public ErasureReport Erase(ErasureOptions? options = null)
    {
        var sections = PersonalSections("erased");
        if (Rows.FirstOrDefault(rows => rows.HoldsPersonalData && rows.EntityType.FindPrimaryKey() is null) is { } keyless)
        {
            throw new InvalidOperationException(
                $"{keyless.Name} holds personal data and refers to {typeof(TSubject).Name}, but it is keyless: EF Core does not track its rows, so it cannot save their erasure. "
                + "Give it a key, or erase its rows with SQL and leave it out of the model. Nothing was erased.");
        }

        var key = (options ?? ErasureOptions.Default).PseudonymizationKey;
        if (key is null && sections.SelectMany(section => section.Rows).FirstOrDefault(row => row.PersonalDataType.RequiresPseudonymizationKey) is { } needsKey)
        {
            throw new PseudonymizationKeyMissingException(needsKey.PersonalDataType.Name);
        }

        using var eraser = PersonalDataEraser.Begin(Subject.PersonalDataType, Subject, options);
        Subject.ErasePersonalData(eraser);
        foreach (var (member, rows) in sections)
        {
            eraser.Each(member, rows);
        }

        return eraser.Complete();
    }

    /// <summary>The groups that hold personal data, as members of the subject; every row must have generated code.</summary>
    private List<(PersonalDataMember Member, List<IPersonalData> Rows)> PersonalSections(string action)
    {
        var sections = new List<(PersonalDataMember, List<IPersonalData>)>();
        foreach (var rows in Rows.Where(rows => rows.HoldsPersonalData))
        {
            var items = new List<IPersonalData>(rows.Count);
            foreach (var row in rows)
            {
                items.Add(row as IPersonalData ?? throw new InvalidOperationException(
                    $"{rows.Name} holds personal data and refers to {typeof(TSubject).Name}, but {row.GetType().Name} has no code generated by Dossier (it does not implement IPersonalData). "
                    + $"Declare it partial so the generator can implement it. Nothing was {action}."));
            }

            sections.Add((PersonalDataMember.Container(rows.Name), items));
        }

        return sections;
    }
}

/// <summary>The rows of one entity type that refer to a data subject.</summary>
public sealed class PersonalDataRows : IReadOnlyList<object>
{
    private readonly IReadOnlyList<object> _rows;

    internal PersonalDataRows(IReadOnlyEntityType entityType, bool holdsPersonalData, IReadOnlyList<object> rows)
    {
        EntityType = entityType;
        Name = entityType.HasSharedClrType ? entityType.Name : entityType.ClrType.Name;
        HoldsPersonalData = holdsPersonalData;
        _rows = rows;
    }

    /// <summary>The entity type's name: its CLR type's name, or the entity type's own for a shared type such as a join table.</summary>
    public string Name { get; }

    /// <summary>The entity type.</summary>
    public IReadOnlyEntityType EntityType { get; }

    /// <summary>Whether the type holds personal data. Rows that hold none are counted, not exported, and kept by erasure.</summary>
    public bool HoldsPersonalData { get; }

    /// <inheritdoc />
    public int Count => _rows.Count;

    /// <inheritdoc />
    public object this[int index] => _rows[index];

    /// <inheritdoc />
    public IEnumerator<object> GetEnumerator() => _rows.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Count + (Count == 1 ? " row)" : " rows)");
}
