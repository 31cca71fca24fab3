using System.Reflection;
using System.Runtime.CompilerServices;
using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Generation;

/// <summary>
/// Code that has a type and no object (an EF Core model being built) reads the description generated code declares for
/// the type through <see cref="PersonalDataType.Of"/>: the same object an instance returns, for every shape of type the
/// generator writes code for, and none for a type it writes none for.
/// </summary>
public class DescriptionByTypeTests
{
    private static Assembly? s_assembly;

    private const string Source = """
        public partial class Customer
        {
            [PersonalData(DataCategory.Email)] public string? Email { get; set; }
        }

        public partial class PremiumCustomer : Customer
        {
            [PersonalData(DataCategory.Financial)] public string? Card { get; set; }
        }

        public partial struct Location
        {
            [PersonalData(DataCategory.Location)] public string? City { get; set; }
        }

        public partial record Contact([property: PersonalData(DataCategory.Phone)] string? Phone);

        public partial class Outer
        {
            public partial class Inner
            {
                [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            }
        }

        public partial class Box<T>
        {
            [PersonalData(DataCategory.Other)] public string? Label { get; set; }

            public T? Value { get; set; }
        }

        public partial class Plain
        {
            public string? Name { get; set; }
        }

        public sealed class HandWritten : IPersonalData
        {
            private static readonly PersonalDataType Description = new("HandWritten", "HandWritten");

            PersonalDataType IPersonalData.PersonalDataType => Description;

            void IPersonalData.AcceptPersonalDataVisitor(PersonalDataVisitor visitor) { }

            void IPersonalData.ErasePersonalData(PersonalDataEraser eraser) { }
        }
        """;

    [Theory]
    [InlineData("Customer")]
    [InlineData("PremiumCustomer")]
    [InlineData("Location")]
    [InlineData("Contact")]
    [InlineData("Outer+Inner")]
    public void A_generated_type_is_found_by_type_as_its_objects_describe_it(string name)
    {
        var type = Load().GetType(name)!;

        var description = PersonalDataType.Of(type);

        Assert.NotNull(description);
        Assert.Same(((IPersonalData)RuntimeHelpers.GetUninitializedObject(type)).PersonalDataType, description);
        Assert.NotEmpty(description.Members);
    }

    [Fact]
    public void A_derived_type_has_its_own_description_and_its_base_keeps_its_own()
    {
        var assembly = Load();

        Assert.Equal(new[] { "Card" }, PersonalDataType.Of(assembly.GetType("PremiumCustomer")!)!.Members.Select(member => member.Name));
        Assert.Equal(new[] { "Email" }, PersonalDataType.Of(assembly.GetType("Customer")!)!.Members.Select(member => member.Name));
    }

    [Fact]
    public void A_generic_type_is_found_once_closed()
    {
        var definition = Load().GetType("Box`1")!;
        var closed = definition.MakeGenericType(typeof(int));

        Assert.Null(PersonalDataType.Of(definition));
        Assert.Same(((IPersonalData)Activator.CreateInstance(closed)!).PersonalDataType, PersonalDataType.Of(closed));
    }

    [Theory]
    [InlineData("Plain")]
    [InlineData("HandWritten")]
    public void A_type_without_generated_code_has_none(string name)
    {
        Assert.Null(PersonalDataType.Of(Load().GetType(name)!));
    }

    /// <summary>The compiled source, shared by the tests: compiling it is what takes time.</summary>
    private static Assembly Load() => s_assembly ??= GeneratorHarness.CompileAndLoad(Source);
}
