using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dossier.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>
/// EF Core builds a model once per context type and caches it, and the key ring is part of the model. Tests use
/// several key rings with one context type, so each context says which cached model is its own.
/// </summary>
public abstract class TestContextBase(DbContextOptions options) : DbContext(options)
{
    protected abstract object ModelCacheKey { get; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, CacheKeyFactory>();

    private sealed class CacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), ((TestContextBase)context).ModelCacheKey, designTime);
    }
}

/// <summary>A context whose model is whatever the test builds, for model-building errors.</summary>
public sealed class ModelContext(Action<ModelBuilder> build)
    : TestContextBase(new DbContextOptionsBuilder<ModelContext>().UseSqlite("Data Source=:memory:").Options)
{
    protected override object ModelCacheKey => build;

    protected override void OnModelCreating(ModelBuilder modelBuilder) => build(modelBuilder);
}
