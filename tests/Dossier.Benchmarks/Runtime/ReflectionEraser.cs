using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dossier.Benchmarks.Runtime;

/// <summary>
/// Erases personal data by reflection over the same attributes, applying the same strategies as Dossier's
/// generated <c>ErasePersonalData()</c> (delete, anonymize, retain) and listing every member handled with its path,
/// as Dossier's <see cref="ErasureReport"/> does. Pseudonymization is left out: its keyed hash costs the same
/// whichever code calls it.
/// </summary>
public sealed class ReflectionEraser
{
    private readonly Func<Type, ReflectedType> _describe;

    private ReflectionEraser(Func<Type, ReflectedType> describe) => _describe = describe;

    /// <summary>Reads the attributes of every object it erases, on every call.</summary>
    public static ReflectionEraser Uncached { get; } = new(ReflectedType.Describe);

    /// <summary>Reads the attributes of each type once.</summary>
    public static ReflectionEraser Cached { get; } = new(ReflectedTypeCache.Get);

    /// <summary>Erases <paramref name="subject"/> and what it reaches; returns each member handled, in order.</summary>
    public IReadOnlyList<ReflectedErasure> Erase(object subject)
    {
        var entries = new List<ReflectedErasure>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance) { subject };
        Erase(subject, _describe(subject.GetType()).Name, entries, visited);
        return entries;
    }

    private void Erase(object target, string path, List<ReflectedErasure> entries, HashSet<object> visited)
    {
        foreach (var member in _describe(target.GetType()).Members)
        {
            var value = member.Property.GetValue(target);
            if (member.Kind == ReflectedValueKind.Nested && value is not null && visited.Add(value))
            {
                Erase(value, path + "." + member.Name, entries, visited);
            }
            else if (member.Kind == ReflectedValueKind.List && value is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null && visited.Add(item))
                    {
                        Erase(item, path + "." + member.Name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", entries, visited);
                    }

                    index++;
                }
            }

            if (member.Tag is not { } tag)
            {
                continue;
            }

            switch (tag.Erasure)
            {
                case Erasure.Delete:
                    member.Property.SetValue(target, member.Default);
                    break;
                case Erasure.Anonymize when value is not null:
                    member.Property.SetValue(target, Anonymous(value) ?? member.Default);
                    break;
                case Erasure.Pseudonymize:
                    throw new NotSupportedException("The reflection eraser does not pseudonymize.");
            }

            entries.Add(new ReflectedErasure(path + "." + member.Name, tag));
        }
    }

    private static object? Anonymous(object value) => value switch
    {
        string => Anonymized.Text,
        char => Anonymized.Character,
        byte[] => Array.Empty<byte>(),
        _ => null,
    };
}

/// <summary>One member the reflection eraser handled.</summary>
public sealed record ReflectedErasure(string Path, PersonalDataAttribute Tag)
{
    public override string ToString() => new StringBuilder(Path).Append(": ").Append(Tag.Erasure).ToString();
}
