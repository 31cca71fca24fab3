using Dossier.Generators.Parsing;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests.Generation;

/// <summary>
/// "Does this type hold personal data?" over types that refer to each other, as entity models do (an order's lines
/// refer to the order, the order to its customer, the customer to its orders).
/// </summary>
public class PersonalDataReachTests
{
    [Fact]
    public void A_dense_cycle_of_types_without_personal_data_is_walked_once_per_type()
    {
        // Seven types that each refer to all the others, alone and in lists: answering without keeping the answers
        // reached inside the cycle walks every order of visiting them (thousands of walks here, billions at twelve);
        // keeping them walks each type, and each list type, once.
        const int count = 7;
        var types = Enumerable.Range(0, count).Select(i =>
            $"public class T{i} {{ public int Id {{ get; set; }} " +
            string.Concat(Enumerable.Range(0, count).Where(j => j != i).Select(j => $"public T{j}? R{j} {{ get; set; }} public List<T{j}> L{j} {{ get; set; }} = new(); ")) +
            "}");
        var compilation = GeneratorHarness.CreateCompilation(string.Join("\n", types));
        var reach = new PersonalDataReach();

        Assert.False(reach.HoldsPersonalData(Type(compilation, "T0")));
        Assert.Equal(2 * count, reach.Computations);

        // Answers kept for good: asking again, about any of them, walks nothing.
        Assert.All(Enumerable.Range(0, count), i => Assert.False(reach.HoldsPersonalData(Type(compilation, "T" + i))));
        Assert.Equal(2 * count, reach.Computations);
    }

    [Fact]
    public void A_type_first_met_inside_a_cycle_holds_what_the_cycle_leads_to()
    {
        // Asked about Order first: Line is met while Order is still undecided, so "Line holds nothing" is only true
        // if Order holds nothing. Order then reaches Customer's e-mail, and Line must be answered again, not from
        // that first, provisional answer.
        var compilation = GeneratorHarness.CreateCompilation("""
            public class Order { public List<Line> Lines { get; set; } = new(); public Customer? Buyer { get; set; } }
            public class Line { public Order? Order { get; set; } public int Quantity { get; set; } }
            public class Customer { [PersonalData(DataCategory.Email)] public string Email { get; set; } = ""; }
            public class Warehouse { public List<Shelf> Shelves { get; set; } = new(); }
            public class Shelf { public Warehouse? Warehouse { get; set; } public int Number { get; set; } }
            """);
        var reach = new PersonalDataReach();

        Assert.True(reach.HoldsPersonalData(Type(compilation, "Order")));
        Assert.True(reach.HoldsPersonalData(Type(compilation, "Line")));
        Assert.False(reach.HoldsPersonalData(Type(compilation, "Warehouse")));
        Assert.False(reach.HoldsPersonalData(Type(compilation, "Shelf")));

        var fresh = new PersonalDataReach();
        Assert.True(fresh.HoldsPersonalData(Type(compilation, "Line")));
    }

    [Fact]
    public void Answers_shared_across_parses_of_one_compilation_agree_with_answers_found_alone()
    {
        var compilation = GeneratorHarness.CreateCompilation("""
            public class A { public B? B { get; set; } public C? C { get; set; } }
            public class B { public A? A { get; set; } public D? D { get; set; } }
            public class C { public B? B { get; set; } }
            public class D { public B? B { get; set; } [PersonalData(DataCategory.Name)] public string Name { get; set; } = ""; }
            public class E { public F? F { get; set; } }
            public class F { public E? E { get; set; } }
            """);
        var names = new[] { "A", "B", "C", "D", "E", "F" };
        var settled = PersonalDataReach.CreateSettledAnswers();
        foreach (var order in new[] { names, names.Reverse().ToArray(), new[] { "C", "E", "A", "F", "B", "D" } })
        {
            var shared = order.Select(name => new PersonalDataReach(settled).HoldsPersonalData(Type(compilation, name))).ToList();
            var alone = order.Select(name => new PersonalDataReach().HoldsPersonalData(Type(compilation, name))).ToList();
            Assert.Equal(alone, shared);
            Assert.Equal(order.Select(name => name is "A" or "B" or "C" or "D").ToList(), alone);
        }
    }

    private static INamedTypeSymbol Type(Compilation compilation, string name) =>
        compilation.GetTypeByMetadataName(name) ?? throw new InvalidOperationException(name + " not found");
}
