using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using Dossier.EntityFrameworkCore.Reach;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// Answers data subject requests through a <see cref="DbContext"/>: load one person with everything that holds
/// their personal data, export it (GDPR Art. 15 and 20), or erase it and save (Art. 17).
/// </summary>
/// <remarks>
/// The predicate runs in the database. Encrypted columns hold randomized ciphertext, so the predicate must not
/// compare them: identify the person by a key or by a column that is not encrypted.
/// </remarks>
public static class PersonalDataDbContextExtensions
{
    /// <summary>How many navigations deep the helpers follow by default.</summary>
    public const int DefaultIncludeDepth = 3;

    /// <summary>
    /// How many foreign keys away from the data subject rows are gathered by default: 4 reaches a user's orders (1),
    /// their lines (2), the lines' adjustments (3) and what refers to those (4).
    /// </summary>
    public const int DefaultForeignKeyDepth = 4;

    /// <summary>How many keys one query of related rows matches at most.</summary>
    public const int KeyBatchSize = RelatedRowLoader.KeyBatchSize;

    /// <summary>
    /// A query over <typeparamref name="TSubject"/> that includes every navigation, up to <paramref name="maxDepth"/>
    /// deep, that leads to an entity type holding personal data (one implementing <see cref="IPersonalData"/>, a
    /// <see cref="DataSubjectAttribute"/> type, or one with tagged members). Owned types come with their owner.
    /// </summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="TSubject"/> is not an entity type of the context.</exception>
    public static IQueryable<TSubject> QueryPersonalData<TSubject>(this DbContext context, int maxDepth = DefaultIncludeDepth)
        where TSubject : class
    {
        if (context is null) throw new ArgumentNullException(nameof(context));
        if (maxDepth < 0) throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "The depth cannot be negative.");

        var entityType = context.Model.FindEntityType(typeof(TSubject))
            ?? throw new InvalidOperationException($"{typeof(TSubject).Name} is not an entity type of {context.GetType().Name}.");

        IQueryable<TSubject> query = context.Set<TSubject>();
        var paths = PersonalDataNavigations.IncludePaths(entityType, maxDepth);
        foreach (var path in paths)
        {
            query = query.Include(path);
        }

        // Several collections in one query multiply rows; one query per collection does not.
        return paths.Count > 1 && context.Database.IsRelational() ? query.AsSplitQuery() : query;
    }

    /// <summary>
    /// Loads the one <typeparamref name="TSubject"/> that <paramref name="predicate"/> selects with everything held
    /// about them: the navigations that hold personal data (as <see cref="QueryPersonalData{TSubject}"/>), and every
    /// row that refers to the subject through a foreign key of the model or a <see cref="PersonalDataLinkAttribute"/>
    /// link, with or without navigations on either side, then the rows that refer to those, up to
    /// <paramref name="maxForeignKeyDepth"/> keys away. Rows are loaded by key, level by level: one query per foreign key
    /// and batch of <see cref="KeyBatchSize"/> keys, never one per row and never a whole table. The rows are tracked.
    /// </summary>
    /// <remarks>
    /// Rows of another data subject type are never gathered, even when they refer to this one (a user's manager).
    /// Owned types come with their owner. See docs/entity-framework-core.md for what is followed and what is not.
    /// </remarks>
    /// <returns>The subject and its rows, or <c>null</c> when nothing matches.</returns>
    /// <exception cref="InvalidOperationException">
    /// <typeparamref name="TSubject"/> is not an entity type of the context, is keyless or owned; or more than one entity matches.
    /// </exception>
    public static async Task<PersonalDataGraph<TSubject>?> LoadPersonalDataAsync<TSubject>(
        this DbContext context, Expression<Func<TSubject, bool>> predicate, int maxForeignKeyDepth = DefaultForeignKeyDepth, CancellationToken cancellationToken = default)
        where TSubject : class, IPersonalData =>
        await LoadGraphAsync(context, predicate, maxForeignKeyDepth, "loaded", cancellationToken).ConfigureAwait(false);

    private static async Task<PersonalDataGraph<TSubject>?> LoadGraphAsync<TSubject>(
        DbContext context, Expression<Func<TSubject, bool>> predicate, int maxForeignKeyDepth, string action, CancellationToken cancellationToken)
        where TSubject : class, IPersonalData
    {
        if (context is null) throw new ArgumentNullException(nameof(context));
        if (maxForeignKeyDepth < 0) throw new ArgumentOutOfRangeException(nameof(maxForeignKeyDepth), maxForeignKeyDepth, "The depth cannot be negative.");
        CheckSubjectType<TSubject>(context);

        var subject = await LoadSubjectAsync(context.QueryPersonalData<TSubject>(), predicate, action, cancellationToken).ConfigureAwait(false);
        if (subject is null)
        {
            return null;
        }

        var found = await RelatedRowLoader.LoadAsync(context, context.Entry(subject).Metadata, subject, maxForeignKeyDepth, cancellationToken)
            .ConfigureAwait(false);
        var reach = ModelReach.For(context.Model);
        var rows = found
            .GroupBy(row => row.Type)
            .Select(group => new PersonalDataRows(group.Key, reach.HoldsPersonalData(group.Key), SortedByKey(context, group.Key, group.Select(row => row.Row))))
            .OrderBy(group => group.Name, StringComparer.Ordinal)
            .ToList();
        return new PersonalDataGraph<TSubject>(subject, rows);
    }

    /// <summary>
    /// Loads the one <typeparamref name="TSubject"/> that <paramref name="predicate"/> selects with everything held
    /// about them (see <see cref="LoadPersonalDataAsync{TSubject}"/>) and exports it: every exportable value,
    /// decrypted, with its category, purpose, legal basis and recipients, and one member per entity type whose rows
    /// refer to the subject by key. Call <see cref="PersonalDataRecord.ToJson"/> for the Art. 20 file.
    /// The context tracks nothing more afterwards than before.
    /// </summary>
    /// <returns>The export, or <c>null</c> when nothing matches.</returns>
    /// <exception cref="InvalidOperationException">More than one entity matches, or the model cannot be followed; nothing was exported.</exception>
    public static async Task<PersonalDataRecord?> ExportPersonalDataAsync<TSubject>(
        this DbContext context, Expression<Func<TSubject, bool>> predicate, CancellationToken cancellationToken = default)
        where TSubject : class, IPersonalData
    {
        if (context is null) throw new ArgumentNullException(nameof(context));
        var tracked = new HashSet<object>(context.ChangeTracker.Entries().Select(entry => entry.Entity), ReferenceEqualityComparer.Instance);
        try
        {
            var graph = await LoadGraphAsync(context, predicate, DefaultForeignKeyDepth, "exported", cancellationToken).ConfigureAwait(false);
            return graph?.Export();
        }
        finally
        {
            // Loading tracks rows so that EF Core resolves identities and fixes up navigations across queries; an
            // export changes nothing, so it leaves the context as it found it.
            foreach (var entry in context.ChangeTracker.Entries().Where(entry => !tracked.Contains(entry.Entity)).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// Loads the one <typeparamref name="TSubject"/> that <paramref name="predicate"/> selects with everything held
    /// about them (see <see cref="LoadPersonalDataAsync{TSubject}"/>), applies each member's <see cref="Erasure"/>
    /// strategy to the subject and to every row that refers to it, and saves the changes. Rows are never deleted:
    /// rows that hold no personal data are kept as they are (<see cref="PersonalDataGraph{TSubject}.KeyOnlyRowCount"/>),
    /// and a tagged collection that erasure empties follows the model's delete behaviour (required dependents are
    /// deleted, optional ones are detached).
    /// </summary>
    /// <param name="context">The context to load through and save with.</param>
    /// <param name="predicate">Selects the data subject; it must match one entity at most.</param>
    /// <param name="options">The erasure options (the pseudonymization key), or <c>null</c> for <see cref="ErasureOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>What was erased and retained, or <c>null</c> when nothing matches.</returns>
    /// <exception cref="InvalidOperationException">More than one entity matches, or a type cannot be erased; nothing was erased.</exception>
    /// <exception cref="PseudonymizationKeyMissingException">
    /// A member is pseudonymized and no key is set; nothing was erased. If erasure fails part way, nothing is saved,
    /// but the loaded entities are left changed: discard the context.
    /// </exception>
    public static async Task<ErasureReport?> ErasePersonalDataAsync<TSubject>(
        this DbContext context, Expression<Func<TSubject, bool>> predicate, ErasureOptions? options = null, CancellationToken cancellationToken = default)
        where TSubject : class, IPersonalData
    {
        var graph = await LoadGraphAsync(context, predicate, DefaultForeignKeyDepth, "erased", cancellationToken).ConfigureAwait(false);
        if (graph is null)
        {
            return null;
        }

        var report = graph.Erase(options);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return report;
    }

    private static void CheckSubjectType<TSubject>(DbContext context)
    {
        var name = typeof(TSubject).Name;
        var entityType = context.Model.FindEntityType(typeof(TSubject))
            ?? throw new InvalidOperationException($"{name} is not an entity type of {context.GetType().Name}. Map it in OnModelCreating, or load the entity that holds it.");
        if (entityType.IsOwned())
        {
            throw new InvalidOperationException($"{name} is an owned type of {context.GetType().Name}: it has no rows of its own. Make its owner the data subject.");
        }

        if (entityType.FindPrimaryKey() is null)
        {
            throw new InvalidOperationException($"{name} is keyless in {context.GetType().Name}: no row can refer to it and no change to it can be saved. Give it a key to make it a data subject.");
        }
    }

    /// <summary>The rows in the order of their primary keys, so an export lists them the same way every time.</summary>
    private static IReadOnlyList<object> SortedByKey(DbContext context, IReadOnlyEntityType type, IEnumerable<object> rows)
    {
        if (type.FindPrimaryKey() is not { } key)
        {
            return rows.ToList();
        }

        return rows
            .Select(row => (Row: row, Key: key.Properties.Select(property => context.Entry(row).Property(property.Name).CurrentValue).ToArray()))
            .OrderBy(row => row.Key, KeyOrder.Instance)
            .Select(row => row.Row)
            .ToList();
    }

    private static async Task<TSubject?> LoadSubjectAsync<TSubject>(
        IQueryable<TSubject> query, Expression<Func<TSubject, bool>> predicate, string action, CancellationToken cancellationToken)
        where TSubject : class
    {
        if (predicate is null) throw new ArgumentNullException(nameof(predicate));

        // Two are enough to tell "one person" from "a predicate that is too broad", which must not erase a crowd.
        var matches = await query.Where(predicate).Take(2).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (matches.Count > 1)
        {
            throw new InvalidOperationException(
                $"More than one {typeof(TSubject).Name} matches the predicate; a data subject request must select one person. Nothing was {action}.");
        }

        return matches.Count == 0 ? null : matches[0];
    }
}
