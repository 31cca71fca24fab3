using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Builds a random object graph of the <see cref="ErasureModel"/> types from a seed: every value unique (so a
/// value seen after erasure can only be one that survived), references shared between objects, and cycles.
/// </summary>
public sealed class RandomGraph
{
    private readonly ErasureModel _model;
    private readonly Random _random;
    private readonly List<object> _people = new();
    private readonly List<object> _addresses = new();
    private int _counter = 1000;

    private RandomGraph(ErasureModel model, int seed)
    {
        _model = model;
        _random = new Random(seed);
    }

    /// <summary>The root person of a new graph built from <paramref name="seed"/>.</summary>
    public static object Build(ErasureModel model, int seed) => new RandomGraph(model, seed).Build();

    private object Build()
    {
        var people = _random.Next(1, 7);
        for (var i = 0; i < people; i++)
        {
            _people.Add(Activator.CreateInstance(_random.Next(2) == 0 ? _model.Person : _model.Customer)!);
        }

        var addresses = _random.Next(0, 5);
        for (var i = 0; i < addresses; i++)
        {
            _addresses.Add(Activator.CreateInstance(_model.Address)!);
        }

        foreach (var item in _people.Concat(_addresses))
        {
            Fill(item);
        }

        return _people[0];
    }

    private void Fill(object target)
    {
        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite))
        {
            property.SetValue(target, ValueFor(property.PropertyType));
        }
    }

    private object? ValueFor(Type type)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null)
        {
            return _random.Next(4) == 0 ? null : ValueFor(nullable);
        }

        if (type == typeof(string)) return _random.Next(8) == 0 ? null : Text();
        if (type == typeof(int)) return Next();
        if (type == typeof(long)) return (long)Next() * 1_000_003;
        if (type == typeof(decimal)) return Next() + 0.25m;
        if (type == typeof(double)) return Next() + 0.5;
        if (type == typeof(Guid)) return new Guid(Bytes(16));
        if (type == typeof(DateTime)) return new DateTime(1900, 1, 1).AddDays(Next());
        if (type == typeof(byte[])) return _random.Next(5) == 0 ? null : Bytes(12);
        if (type == typeof(string[])) return Enumerable.Range(0, _random.Next(3)).Select(_ => Text()).ToArray();
        if (type == _model.Location)
        {
            var location = Activator.CreateInstance(type)!;
            Fill(location);
            return location;
        }

        if (type == _model.Address) return Pick(_addresses);
        if (type == _model.Person) return Pick(_people);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(type)!;
            var item = type.GetGenericArguments()[0];
            for (var i = _random.Next(4); i > 0; i--)
            {
                if (ValueFor(item) is { } value) list.Add(value);
            }

            return list;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var map = (IDictionary)Activator.CreateInstance(type)!;
            var valueType = type.GetGenericArguments()[1];
            for (var i = _random.Next(3); i > 0; i--)
            {
                if (ValueFor(valueType) is { } value) map[Text()] = value;
            }

            return map;
        }

        throw new NotSupportedException("No random values for " + type);
    }

    private object? Pick(List<object> pool) => pool.Count == 0 || _random.Next(5) == 0 ? null : pool[_random.Next(pool.Count)];

    private int Next() => _counter += _random.Next(1, 50);

    private string Text() => "v" + Next().ToString(CultureInfo.InvariantCulture) + "-" + _random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        BitConverter.GetBytes(Next()).CopyTo(bytes, 0);
        return bytes;
    }
}
