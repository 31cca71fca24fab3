using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore.Reach;

/// <summary>
/// Gathers the rows that refer to a data subject, level by level: first the rows whose foreign keys (or
/// <see cref="PersonalDataLinkAttribute"/> links) point at the subject, then the rows that point at those, up to a
/// depth. Each level runs one query per edge and batch of keys, never one per row, and never reads a whole table.
/// </summary>
internal static class RelatedRowLoader
{
    /// <summary>How many keys one query matches at most; 1,000 stays below every provider's parameter limit.</summary>
    public const int KeyBatchSize = 1000;

    private static readonly MethodInfo s_set = typeof(DbContext).GetMethods()
        .Single(method => method.Name == nameof(DbContext.Set) && method.IsGenericMethodDefinition && method.GetParameters().Length == 0);

    private static readonly MethodInfo s_namedSet = typeof(DbContext).GetMethods()
        .Single(method => method.Name == nameof(DbContext.Set) && method.IsGenericMethodDefinition && method.GetParameters().Length == 1);

    private static readonly MethodInfo s_property = typeof(EF).GetMethod(nameof(EF.Property))!;

    private static readonly MethodInfo s_contains = typeof(Enumerable).GetMethods()
        .Single(method => method.Name == nameof(Enumerable.Contains) && method.GetParameters().Length == 2);

    private static readonly MethodInfo s_where = typeof(Queryable).GetMethods()
        .First(method => method.Name == nameof(Queryable.Where)
            && method.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2);

    /// <summary>
    /// The rows that refer to <paramref name="subject"/> within <paramref name="maxDepth"/> keys, tracked by the
    /// context (keyless rows excepted), in the order they were found, each with its entity type.
    /// </summary>
    public static async Task<List<(IReadOnlyEntityType Type, object Row)>> LoadAsync(
        DbContext context, IReadOnlyEntityType subjectType, object subject, int maxDepth, CancellationToken cancellationToken)
    {
        var reach = ModelReach.For(context.Model);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance) { subject };
        var found = new List<(IReadOnlyEntityType Type, object Row)>();
        var level = new List<(IReadOnlyEntityType Type, object Row)> { (subjectType, subject) };
        for (var depth = 1; depth <= maxDepth && level.Count > 0; depth++)
        {
            var next = new List<(IReadOnlyEntityType Type, object Row)>();
            foreach (var (edge, keys) in KeysByEdge(context, reach, level))
            {
                foreach (var batch in keys.Chunk(KeyBatchSize))
                {
                    await foreach (var row in Query(context, edge, batch).WithCancellation(cancellationToken).ConfigureAwait(false))
                    {
                        var type = TypeOf(context, edge.To, row);
                        // A row of another data subject (a query of a base type can return one) is that person's, not this one's.
                        if (seen.Add(row) && !ModelReach.IsDataSubject(type) && row is not IPersonalData { PersonalDataType.Subject: not null })
                        {
                            found.Add((type, row));
                            next.Add((type, row));
                        }
                    }
                }
            }

            level = next;
        }

        return found;
    }

    /// <summary>For each edge the rows of this level lead along, the distinct key values to look for.</summary>
    private static List<(ReachEdge Edge, List<object?[]> Keys)> KeysByEdge(
        DbContext context, ModelReach reach, List<(IReadOnlyEntityType Type, object Row)> level)
    {
        var byEdge = new Dictionary<ReachEdge, (List<object?[]> Keys, HashSet<KeyValues> Distinct)>();
        var order = new List<ReachEdge>();
        foreach (var (type, row) in level)
        {
            var edges = reach.EdgesFrom(type);
            if (edges.Count == 0 || type.FindPrimaryKey() is null)
            {
                // A keyless row is not tracked and no row can refer to it by key.
                continue;
            }

            var entry = context.Entry(row);
            foreach (var edge in edges)
            {
                var values = new object?[edge.FromProperties.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = entry.Property(edge.FromProperties[i].Name).CurrentValue;
                }

                if (values.Any(value => value is null))
                {
                    continue;
                }

                if (!byEdge.TryGetValue(edge, out var keys))
                {
                    keys = (new List<object?[]>(), new HashSet<KeyValues>());
                    byEdge.Add(edge, keys);
                    order.Add(edge);
                }

                if (keys.Distinct.Add(new KeyValues(values)))
                {
                    keys.Keys.Add(values);
                }
            }
        }

        return order.Select(edge => (edge, byEdge[edge].Keys)).ToList();
    }

    /// <summary>The rows of <see cref="ReachEdge.To"/> whose properties hold one of <paramref name="keys"/>.</summary>
    private static IAsyncEnumerable<object> Query(DbContext context, ReachEdge edge, object?[][] keys)
    {
        var clrType = edge.To.ClrType;
        var set = edge.To.HasSharedClrType
            ? s_namedSet.MakeGenericMethod(clrType).Invoke(context, [edge.To.Name])!
            : s_set.MakeGenericMethod(clrType).Invoke(context, null)!;

        var row = Expression.Parameter(clrType, "row");
        var body = edge.ToProperties.Count == 1
            ? Contains(row, edge.ToProperties[0], keys.Select(key => key[0]))
            : keys.Select(key => Matches(row, edge.ToProperties, key)).Aggregate(Expression.OrElse);
        var predicate = Expression.Lambda(typeof(Func<,>).MakeGenericType(clrType, typeof(bool)), body, row);
        var query = s_where.MakeGenericMethod(clrType).Invoke(null, [set, predicate])!;

        // Entity types are classes, and IAsyncEnumerable<out T> is covariant, so every query is one of objects.
        return (IAsyncEnumerable<object>)query;
    }

    /// <summary><c>values.Contains(EF.Property&lt;T&gt;(row, name))</c>, with the values passed as a parameter.</summary>
    private static Expression Contains(ParameterExpression row, IReadOnlyProperty property, IEnumerable<object?> values)
    {
        var type = property.ClrType;
        var typed = Array.CreateInstance(type, values.Count());
        var index = 0;
        foreach (var value in values)
        {
            typed.SetValue(Convert(value, type), index++);
        }

        // A field of a closure object, as a lambda would capture it: EF Core sends it as a parameter, so the query
        // is compiled once and its plan reused.
        var holder = Activator.CreateInstance(typeof(Captured<>).MakeGenericType(typed.GetType()), typed)!;
        var captured = Expression.Field(Expression.Constant(holder), "Value");
        return Expression.Call(s_contains.MakeGenericMethod(type), captured, PropertyOf(row, property));
    }

    /// <summary><c>EF.Property(row, a) == key[0] &amp;&amp; EF.Property(row, b) == key[1]</c>, for composite keys.</summary>
    private static Expression Matches(ParameterExpression row, IReadOnlyList<IReadOnlyProperty> properties, object?[] key) =>
        properties.Select((property, i) => (Expression)Expression.Equal(
                PropertyOf(row, property),
                Expression.Constant(Convert(key[i], property.ClrType), property.ClrType)))
            .Aggregate(Expression.AndAlso);

    private static Expression PropertyOf(ParameterExpression row, IReadOnlyProperty property) =>
        Expression.Call(s_property.MakeGenericMethod(property.ClrType), row, Expression.Constant(property.Name));

    /// <summary>A principal key value as the type of the property that refers to it (an <c>int</c> key in an <c>int?</c> column, a <c>long</c> link).</summary>
    private static object? Convert(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value is null || target.IsInstanceOfType(value) || value is not IConvertible
            ? value
            : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IReadOnlyEntityType TypeOf(DbContext context, IReadOnlyEntityType queried, object row)
    {
        if (queried.FindPrimaryKey() is null)
        {
            return context.Model.FindEntityType(row.GetType()) ?? queried;
        }

        return context.Entry(row).Metadata;
    }

    private sealed class Captured<T>(T value)
    {
        public readonly T Value = value;
    }

    /// <summary>Key values compared by value, so each key is looked for once per level.</summary>
    private readonly struct KeyValues(object?[] values) : IEquatable<KeyValues>
    {
        private readonly object?[] _values = values;

        public bool Equals(KeyValues other) => _values.SequenceEqual(other._values);

        public override bool Equals(object? obj) => obj is KeyValues other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var value in _values)
            {
                hash.Add(value);
            }

            return hash.ToHashCode();
        }
    }
}
