using Dossier.Generators.Inventory;

namespace Dossier.Generators.Tests.Inventory;

public class SourcePathsTests
{
    [Theory]
    [InlineData("/home/ada/shop/Models/Customer.cs", "/home/ada/shop", "Models/Customer.cs")]
    [InlineData("/home/ada/shop/Models/Customer.cs", "/home/ada/shop/", "Models/Customer.cs")]
    [InlineData("/home/ada/shared/Address.cs", "/home/ada/shop", "../shared/Address.cs")]
    [InlineData("/opt/generated/Customer.cs", "/home/ada/shop", "/opt/generated/Customer.cs")]
    [InlineData(@"C:\src\Shop\Models\Customer.cs", @"C:\src\Shop", "Models/Customer.cs")]
    [InlineData(@"c:\SRC\shop\Customer.cs", @"C:\src\Shop", "Customer.cs")]
    [InlineData(@"D:\other\Customer.cs", @"C:\src\Shop", "D:/other/Customer.cs")]
    [InlineData("/home/ada/shop/Customer.cs", null, "/home/ada/shop/Customer.cs")]
    public void Paths_are_relative_to_the_project_with_forward_slashes(string file, string? projectDirectory, string expected) =>
        Assert.Equal(expected, SourcePaths.Relative(file, projectDirectory));
}
