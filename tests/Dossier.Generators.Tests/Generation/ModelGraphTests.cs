using System.Collections;
using System.Reflection;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests.Generation;

/// <summary>
/// What the generator's steps hand on must be values: a symbol, a syntax node, a location, a semantic model or a
/// compilation in a model would keep a whole compilation alive in the IDE and make every model unequal to the last.
/// </summary>
public class ModelGraphTests
{
    private static readonly Type[] Forbidden = { typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SemanticModel), typeof(Compilation), typeof(SyntaxTree) };

    private const string EveryShape = """
        using System.Collections.Generic;

        [DataSubject("Customer")]
        public partial class Customer
        {
            public int Id { get; set; }
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "Mailer" })]
            public string? Email { get; set; }
            [PersonalData(DataCategory.Health, Erasure = Erasure.Pseudonymize, Encrypted = true)] public string? Diagnosis { get; set; }
            [PersonalData(DataCategory.Name)] public List<string> Aliases { get; set; } = new();
            public Address? Home { get; set; }
            public List<Address> Others { get; set; } = new();
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; }
        }

        public partial class Employee : Customer
        {
            [PersonalData(DataCategory.Employment)] public string? Title { get; set; }
        }

        public partial record Contact([property: PersonalData(DataCategory.Phone)] string Phone);

        public partial struct Card
        {
            [PersonalData(DataCategory.Financial)] public string? Number { get; set; }
        }

        public partial class Box<T>
        {
            [PersonalData(DataCategory.Other)] public string? Label { get; set; }
            public T? Value { get; set; }
        }

        public partial class Outer
        {
            public partial class Inner
            {
                [PersonalData(DataCategory.Photo)] public byte[]? Picture { get; set; }
            }
        }
        """;

    [Fact]
    public void Every_step_of_the_generator_hands_on_values_only()
    {
        var compilation = GeneratorHarness.CreateCompilation(EveryShape);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();
        var steps = typeof(PersonalDataGenerator.Steps).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToList();
        var walked = 0;
        var problems = new List<string>();
        foreach (var step in steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked");
            foreach (var (value, _) in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                walked += Walk(value, step, problems, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(walked > 100, $"only {walked} values walked: the walk did not reach the models");
    }

    [Fact]
    public void The_walk_finds_a_location_or_a_symbol_hidden_in_a_model()
    {
        var compilation = GeneratorHarness.CreateCompilation("public class C { }");
        var symbol = compilation.GetTypeByMetadataName("C")!;
        var problems = new List<string>();
        Walk(new Holder("fine", new object[] { new Holder(symbol.Locations[0], null) }), "test", problems, new HashSet<object>(ReferenceEqualityComparer.Instance));
        Walk(new Holder(new[] { symbol }, null), "test", problems, new HashSet<object>(ReferenceEqualityComparer.Instance));
        Assert.Equal(2, problems.Count);
    }

    private sealed record Holder(object Value, object[]? More);

    /// <summary>Counts the values walked; adds a problem for every forbidden one, with the path to it.</summary>
    private static int Walk(object? value, string path, List<string> problems, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return 1;
        }

        if (Forbidden.FirstOrDefault(forbidden => forbidden.IsInstanceOfType(value)) is { } kind)
        {
            problems.Add($"{path}: a {kind.Name} ({value.GetType().Name})");
            return 1;
        }

        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return 0;
        }

        var count = 1;
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                count += Walk(item, $"{path}[{index++}]", problems, seen);
            }

            return count;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                count += Walk(property.GetValue(value), $"{path}.{property.Name}", problems, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance))
        {
            if (!field.Name.Contains("k__BackingField", StringComparison.Ordinal))
            {
                count += Walk(field.GetValue(value), $"{path}.{field.Name}", problems, seen);
            }
        }

        return count;
    }
}
