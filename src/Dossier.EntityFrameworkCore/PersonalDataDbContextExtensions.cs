using System;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

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
    /// Loads the one <typeparamref name="TSubject"/> that <paramref name="predicate"/> selects, with the navigations
    /// that hold personal data, and exports it: every exportable value, decrypted, with its category, purpose,
    /// legal basis and recipients. Call <see cref="PersonalDataRecord.ToJson"/> for the Art. 20 file.
    /// </summary>
    /// <returns>The export, or <c>null</c> when nothing matches.</returns>
    /// <exception cref="InvalidOperationException">More than one entity matches; nothing was exported.</exception>
    public static async Task<PersonalDataRecord?> ExportPersonalDataAsync<TSubject>(
        this DbContext context, Expression<Func<TSubject, bool>> predicate, CancellationToken cancellationToken = default)
        where TSubject : class, IPersonalData
    {
        var subject = await LoadSubjectAsync(context.QueryPersonalData<TSubject>().AsNoTrackingWithIdentityResolution(), predicate, "exported", cancellationToken)
            .ConfigureAwait(false);
        return subject is null ? null : PersonalDataExport.ToRecord(subject);
    }

    /// <summary>
    /// Loads the one <typeparamref name="TSubject"/> that <paramref name="predicate"/> selects, with the navigations
    /// that hold personal data, applies each member's <see cref="Erasure"/> strategy to it and everything it
    /// reaches, and saves the changes. Emptied collections follow the model's delete behaviour (required
    /// dependents are deleted, optional ones are detached).
    /// </summary>
    /// <param name="context">The context to load through and save with.</param>
    /// <param name="predicate">Selects the data subject; it must match one entity at most.</param>
    /// <param name="options">The erasure options (the pseudonymization key), or <c>null</c> for <see cref="ErasureOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels loading and saving.</param>
    /// <returns>What was erased and retained, or <c>null</c> when nothing matches.</returns>
    /// <exception cref="InvalidOperationException">More than one entity matches; nothing was erased.</exception>
    /// <exception cref="PseudonymizationKeyMissingException">
    /// A member is pseudonymized and no key is set; nothing was erased. If erasure fails part way, nothing is saved,
    /// but the loaded entities are left changed: discard the context.
    /// </exception>
    public static async Task<ErasureReport?> ErasePersonalDataAsync<TSubject>(
        this DbContext context, Expression<Func<TSubject, bool>> predicate, ErasureOptions? options = null, CancellationToken cancellationToken = default)
        where TSubject : class, IPersonalData
    {
        var subject = await LoadSubjectAsync(context.QueryPersonalData<TSubject>(), predicate, "erased", cancellationToken).ConfigureAwait(false);
        if (subject is null)
        {
            return null;
        }

        ErasureReport report;
        using (var eraser = PersonalDataEraser.Begin(subject.PersonalDataType, subject, options))
        {
            subject.ErasePersonalData(eraser);
            report = eraser.Complete();
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return report;
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
