using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore.Reach;

/// <summary>
/// What an EF Core model says about where a person's rows are: every edge from one entity type to another that a
/// data subject request follows (foreign keys in both directions, and <see cref="PersonalDataLinkAttribute"/> links),
/// which types hold personal data, and the links that lead nowhere. Built once per model.
/// </summary>
internal sealed class ModelReach
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly ConditionalWeakTable<IReadOnlyModel, ModelReach> s_cache = new();

    private readonly List<ReachEdge> _edges = new();
    private readonly Dictionary<IReadOnlyEntityType, IReadOnlyList<ReachEdge>> _edgesFrom = new();
    private readonly Dictionary<IReadOnlyEntityType, bool> _holdsPersonalData = new();

    private ModelReach(IReadOnlyModel model)
    {
        EntityTypes = model.GetEntityTypes().OrderBy(type => type.Name, StringComparer.Ordinal).ToList();
        Subjects = EntityTypes.Where(IsDataSubject).ToList();
        foreach (var type in EntityTypes)
        {
            _holdsPersonalData[type] = ComputeHoldsPersonalData(type);
        }

        foreach (var type in EntityTypes.Where(type => !type.IsOwned()))
        {
            foreach (var foreignKey in type.GetDeclaredForeignKeys())
            {
                // Owned rows come with their owner; rows of another data subject are never part of this one's data.
                if (!foreignKey.IsOwnership && !foreignKey.PrincipalEntityType.IsOwned() && !IsDataSubject(type))
                {
                    _edges.Add(new ReachEdge(foreignKey.PrincipalEntityType, foreignKey.PrincipalKey.Properties, type, foreignKey.Properties));
                }
            }

            AddLinks(model, type);
        }

        foreach (var type in EntityTypes)
        {
            _edgesFrom[type] = _edges.Where(edge => edge.AppliesTo(type)).ToList();
        }
    }

    /// <summary>The model's entity types, sorted by name.</summary>
    public IReadOnlyList<IReadOnlyEntityType> EntityTypes { get; }

    /// <summary>The entity types that are <see cref="DataSubjectAttribute"/> types.</summary>
    public IReadOnlyList<IReadOnlyEntityType> Subjects { get; }

    /// <summary>The <see cref="PersonalDataLinkAttribute"/> links that lead nowhere, by the type that declares them.</summary>
    public List<(IReadOnlyEntityType Type, string Reason)> BrokenLinks { get; } = new();

    public static ModelReach For(IReadOnlyModel model) => s_cache.GetValue(model, static model => new ModelReach(model));

    /// <summary>The edges that rows of <paramref name="type"/> lead along.</summary>
    public IReadOnlyList<ReachEdge> EdgesFrom(IReadOnlyEntityType type) =>
        _edgesFrom.TryGetValue(type, out var edges) ? edges : Array.Empty<ReachEdge>();

    /// <summary>Whether rows of <paramref name="type"/> hold personal data: in their own members or in the owned types they carry.</summary>
    public bool HoldsPersonalData(IReadOnlyEntityType type) =>
        _holdsPersonalData.TryGetValue(type, out var holds) ? holds : ComputeHoldsPersonalData(type);

    /// <summary>Whether <paramref name="type"/>, or a type it derives from, is marked <see cref="DataSubjectAttribute"/>.</summary>
    public static bool IsDataSubject(IReadOnlyEntityType type)
    {
        if (type.HasSharedClrType)
        {
            return false;
        }

        for (var clrType = type.ClrType; clrType is not null; clrType = clrType.BaseType)
        {
            if (clrType.IsDefined(typeof(DataSubjectAttribute), inherit: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The shortest number of edges from a data subject to each entity type, following every edge without a limit;
    /// the types no subject reaches are absent.
    /// </summary>
    public Dictionary<IReadOnlyEntityType, (int Distance, IReadOnlyEntityType Subject)> Distances()
    {
        var distances = new Dictionary<IReadOnlyEntityType, (int, IReadOnlyEntityType)>();
        var queue = new Queue<IReadOnlyEntityType>();
        foreach (var subject in Subjects)
        {
            distances[subject] = (0, subject);
            queue.Enqueue(subject);
        }

        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            var (distance, subject) = distances[type];
            foreach (var edge in EdgesFrom(type))
            {
                foreach (var target in WithDerivedTypes(edge.To))
                {
                    if (!distances.ContainsKey(target))
                    {
                        distances[target] = (distance + 1, subject);
                        queue.Enqueue(target);
                    }
                }
            }
        }

        return distances;
    }

    /// <summary>The type and every type derived from it: a query of a base type returns rows of them all.</summary>
    public static IEnumerable<IReadOnlyEntityType> WithDerivedTypes(IReadOnlyEntityType type) => new[] { type }.Concat(type.GetDerivedTypes());

    private void AddLinks(IReadOnlyModel model, IReadOnlyEntityType type)
    {
        if (type.HasSharedClrType)
        {
            return;
        }

        var members = type.ClrType.GetProperties(InstanceMembers).Cast<MemberInfo>()
            .Concat(type.ClrType.GetFields(InstanceMembers))
            // A member the base entity type has too is that type's link, not this one's.
            .Where(member => type.BaseType is null || member.DeclaringType?.IsAssignableFrom(type.BaseType.ClrType) is not true);
        foreach (var member in members.OrderBy(member => member.Name, StringComparer.Ordinal))
        {
            foreach (var link in member.GetCustomAttributes<PersonalDataLinkAttribute>(inherit: true))
            {
                var where = type.DisplayName() + "." + member.Name;
                var property = type.FindProperty(member.Name);
                var target = link.Target is null ? null : model.FindEntityType(link.Target);
                if (property is null)
                {
                    BrokenLinks.Add((type, $"{where} is marked [PersonalDataLink] but is not a mapped property, so no query can follow it"));
                }
                else if (target is null)
                {
                    BrokenLinks.Add((type, $"{where} links through {link.Target?.Name ?? "null"}, which is not an entity type of the model"));
                }
                else if (TargetKey(target, link.Key) is not { } key)
                {
                    BrokenLinks.Add((type, link.Key is null
                        ? $"{where} links to {target.DisplayName()}, whose primary key is missing or composite; name the member it holds with Key"
                        : $"{where} links to {target.DisplayName()}.{link.Key}, which is not a mapped property"));
                }
                else if (!IsDataSubject(type))
                {
                    _edges.Add(new ReachEdge(target, [key], type, [property]));
                }
            }
        }
    }

    private static IReadOnlyProperty? TargetKey(IReadOnlyEntityType target, string? key) =>
        key is not null ? target.FindProperty(key)
        : target.FindPrimaryKey() is { Properties.Count: 1 } primaryKey ? primaryKey.Properties[0]
        : null;

    private static bool ComputeHoldsPersonalData(IReadOnlyEntityType type) =>
        (!type.HasSharedClrType && PersonalDataFacts.HoldsPersonalData(type.ClrType))
        || type.GetNavigations().Any(navigation =>
            navigation.ForeignKey.IsOwnership && !navigation.IsOnDependent && ComputeHoldsPersonalData(navigation.TargetEntityType));
}
