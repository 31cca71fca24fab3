using System;
using Microsoft.EntityFrameworkCore;

namespace Dossier.EntityFrameworkCore;

/// <summary>Connects a <see cref="DbContext"/> to Dossier's audit trail.</summary>
public static class DossierAuditDbContextOptionsExtensions
{
    /// <summary>
    /// Records every write of an <see cref="AuditedAttribute"/> personal data member that <c>SaveChanges</c> or
    /// <c>SaveChangesAsync</c> stores, as a <see cref="PersonalDataAccessKind.Write"/> event with the member's name
    /// and the entity's primary key, in the log registered with <see cref="PersonalDataAudit.Register"/>.
    /// </summary>
    /// <returns>The same builder, for chaining.</returns>
    public static DbContextOptionsBuilder UseDossierAudit(this DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder is null) throw new ArgumentNullException(nameof(optionsBuilder));
        return optionsBuilder.AddInterceptors(DossierAuditInterceptor.Instance);
    }

    /// <inheritdoc cref="UseDossierAudit(DbContextOptionsBuilder)"/>
    public static DbContextOptionsBuilder<TContext> UseDossierAudit<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)UseDossierAudit((DbContextOptionsBuilder)optionsBuilder);
}
