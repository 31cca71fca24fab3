using System.Reflection;

namespace Dossier.Generators.Tests.Contracts;

public class VersionTests
{
    /// <summary>What generated code and the inventory name as Dossier's version is the version the package is built as.</summary>
    [Fact]
    public void Generated_code_records_the_version_Dossier_is_built_as()
    {
        var informational = typeof(PersonalDataAttribute).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        // The SDK appends '+' and the source revision when it knows it.
        Assert.Equal(ThisAssembly.Version, informational.Split('+')[0]);
    }
}
