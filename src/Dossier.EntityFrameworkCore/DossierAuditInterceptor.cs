using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// Records in the <see cref="PersonalDataAudit"/> log every write of an <see cref="AuditedAttribute"/> member that
/// <c>SaveChanges</c> stores: one <see cref="PersonalDataAccessKind.Write"/> event per member of each inserted or
/// updated entity, named by the entity's primary key. Registered by <see cref="DossierAuditDbContextOptionsExtensions.UseDossierAudit"/>.
/// </summary>
/// <remarks>
/// The members are collected before the save and recorded after it succeeds, when store-generated keys are known;
/// a save that fails records nothing, because nothing was written. A log that throws makes <c>SaveChanges</c> throw
/// after the data is stored: run the save in a transaction to undo it in that case. With no log registered the
/// interceptor does nothing.
/// </remarks>
internal sealed class DossierAuditInterceptor : SaveChangesInterceptor
{
    public static readonly DossierAuditInterceptor Instance = new();

    private static readonly ConcurrentDictionary<Type, PersonalDataType> s_types = new();

    private readonly ConditionalWeakTable<DbContext, List<PendingWrite>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null || PersonalDataAudit.Log is null)
        {
            return;
        }

        // SaveChanges looks for changes only after this interceptor runs; the writes must be known now.
        context.ChangeTracker.DetectChanges();
        var pending = new List<PendingWrite>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                var member = (MemberInfo?)property.Metadata.PropertyInfo ?? property.Metadata.FieldInfo;
                if (member is not null && (entry.State == EntityState.Added || property.IsModified) &&
                    PersonalDataFacts.Of(entry.Metadata.ClrType, member).Audited)
                {
                    pending.Add(new PendingWrite(entry, property.Metadata.Name));
                }
            }
        }

        _pending.AddOrUpdate(context, pending);
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        foreach (var write in pending)
        {
            PersonalDataAudit.Record(PersonalDataAccessKind.Write, TypeOf(write.Entry.Entity), KeyOf(write.Entry), write.Member);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private static PersonalDataType TypeOf(object entity) => entity is IPersonalData personalData
        ? personalData.PersonalDataType
        : s_types.GetOrAdd(entity.GetType(), static type =>
            new PersonalDataType(type.Name, type.FullName ?? type.Name, type.GetCustomAttribute<DataSubjectAttribute>(inherit: true) is { } subject ? subject.Name ?? type.Name : null));

    /// <summary>
    /// The primary key as invariant text, parts of a composite key joined by commas; <c>null</c> when the entity has
    /// none, or when a part of it is itself personal data (an e-mail address as key would put the value in the log).
    /// </summary>
    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        var parts = new List<string>(key.Properties.Count);
        foreach (var property in key.Properties)
        {
            var member = (MemberInfo?)property.PropertyInfo ?? property.FieldInfo;
            if (member is not null && PersonalDataFacts.Of(entry.Metadata.ClrType, member).IsPersonalData)
            {
                return null;
            }

            parts.Add(entry.Property(property.Name).CurrentValue switch
            {
                null => "",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var value => value.ToString() ?? "",
            });
        }

        return string.Join(",", parts);
    }

    private sealed record PendingWrite(EntityEntry Entry, string Member);
}
