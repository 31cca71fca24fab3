using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore;

/// <summary>
/// Finds the navigations to follow when loading a data subject: every path, up to a depth, that ends at an
/// entity type holding personal data, including paths that pass through types that hold none themselves
/// (a user's memberships leading to the addresses of the user's organizations).
/// </summary>
internal static class PersonalDataNavigations
{
    /// <summary>The dotted include paths, sorted by navigation name; each ends where personal data is, none is a prefix of another.</summary>
    public static IReadOnlyList<string> IncludePaths(IReadOnlyEntityType root, int maxDepth)
    {
        var paths = new List<string>();
        var onPath = new HashSet<IReadOnlyEntityType> { root };
        Collect(root, prefix: string.Empty, depth: 1, maxDepth, onPath, paths);
        return paths;
    }

    /// <summary>Adds the paths below <paramref name="type"/>; returns whether any navigation of it reaches personal data.</summary>
    private static bool Collect(IReadOnlyEntityType type, string prefix, int depth, int maxDepth, HashSet<IReadOnlyEntityType> onPath, List<string> paths)
    {
        if (depth > maxDepth)
        {
            return false;
        }

        var reachesData = false;
        foreach (var (name, target) in Navigations(type))
        {
            // A type already on the path is a cycle back (an order's customer); its data is loaded already.
            if (!onPath.Add(target))
            {
                continue;
            }

            var path = prefix + name;
            var before = paths.Count;
            var deeper = Collect(target, path + ".", depth + 1, maxDepth, onPath, paths);
            onPath.Remove(target);
            if (!deeper && !PersonalDataFacts.HoldsPersonalData(target.ClrType))
            {
                continue;
            }

            // A longer path below includes this one. An owned type comes with its owner, so it needs no path of its
            // own, but its owner does: reporting the data upwards makes the owner's navigation add that path.
            if (paths.Count == before && !target.IsOwned())
            {
                paths.Add(path);
            }

            reachesData = true;
        }

        return reachesData;
    }

    private static IEnumerable<(string Name, IReadOnlyEntityType Target)> Navigations(IReadOnlyEntityType type) =>
        type.GetNavigations().Select(navigation => (navigation.Name, navigation.TargetEntityType))
            .Concat(type.GetSkipNavigations().Select(navigation => (navigation.Name, navigation.TargetEntityType)))
            .OrderBy(navigation => navigation.Name, System.StringComparer.Ordinal);
}
