using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>One value in an object graph, found by reflection, with the tag of the member that holds it (if any).</summary>
public sealed record GraphSlot(string? Value, PersonalDataAttribute? Tag);

/// <summary>
/// Every value of an object graph by path, read by reflection and independently of generated code, so erasure
/// can be checked against what the objects really hold. Objects are numbered in the order a depth-first walk
/// meets them; untagged references stay put during erasure, so the numbering is the same before and after.
/// </summary>
public static class GraphSnapshot
{
    public static Dictionary<string, GraphSlot> Take(object root, Assembly model)
    {
        var slots = new Dictionary<string, GraphSlot>(StringComparer.Ordinal);
        var numbers = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        Walk(root, "#0", null);
        return slots;

        void Walk(object? value, string path, PersonalDataAttribute? tag)
        {
            switch (value)
            {
                case null:
                    slots[path] = new GraphSlot(null, tag);
                    break;
                case string or byte[] or IFormattable:
                    if (value.GetType().Assembly != model)
                    {
                        slots[path] = new GraphSlot(Text(value), tag);
                        break;
                    }

                    goto default;
                case IDictionary map:
                    slots[path] = new GraphSlot("count " + map.Count.ToString(CultureInfo.InvariantCulture), tag);
                    foreach (var key in map.Keys.Cast<object>().OrderBy(key => Text(key), StringComparer.Ordinal))
                    {
                        Walk(map[key], path + "[" + Text(key) + "]", tag);
                    }

                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        Walk(item, path + "[" + index++.ToString(CultureInfo.InvariantCulture) + "]", tag);
                    }

                    slots[path] = new GraphSlot("count " + index.ToString(CultureInfo.InvariantCulture), tag);
                    break;
                default:
                    if (!value.GetType().IsValueType)
                    {
                        if (numbers.TryGetValue(value, out var known))
                        {
                            slots[path] = new GraphSlot("ref #" + known.ToString(CultureInfo.InvariantCulture), tag);
                            break;
                        }

                        var number = numbers.Count;
                        numbers.Add(value, number);
                        slots[path] = new GraphSlot("ref #" + number.ToString(CultureInfo.InvariantCulture), tag);
                        path = "#" + number.ToString(CultureInfo.InvariantCulture);
                    }

                    foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(property => property.Name, StringComparer.Ordinal))
                    {
                        Walk(property.GetValue(value), path + "." + property.Name, tag ?? property.GetCustomAttribute<PersonalDataAttribute>(inherit: true));
                    }

                    break;
            }
        }
    }

    /// <summary>Every scalar an export holds, as text, with the member that holds it.</summary>
    public static List<(PersonalDataMember Member, string Value)> Scalars(PersonalDataRecord record)
    {
        var scalars = new List<(PersonalDataMember, string)>();
        foreach (var entry in record.Entries)
        {
            Collect(entry.Member, entry.Value);
        }

        return scalars;

        void Collect(PersonalDataMember member, PersonalDataValue value)
        {
            switch (value.Kind)
            {
                case PersonalDataValueKind.Scalar:
                    scalars.Add((member, value.ToString()));
                    break;
                case PersonalDataValueKind.Record:
                    scalars.AddRange(Scalars(value.Record!));
                    break;
                case PersonalDataValueKind.List:
                    value.Items.ToList().ForEach(item => Collect(member, item));
                    break;
                case PersonalDataValueKind.Map:
                    value.Map.ToList().ForEach(pair => Collect(member, pair.Value));
                    break;
            }
        }
    }

    private static string Text(object value) => value switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
