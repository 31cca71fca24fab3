namespace Dossier.Generators.Tests.Infrastructure;

public class ReferenceTests
{
    [Fact]
    public void Test_references_include_the_runtime_and_the_framework()
    {
        Assert.Contains(TestReferences.All, reference => reference.Display?.EndsWith("Dossier.dll", StringComparison.Ordinal) == true);
        Assert.True(TestReferences.All.Length > 100);
    }
}
