namespace Dossier.EndToEnd.Tests;

/// <summary>A fresh project that references the packed Dossier package and nothing else, as a user's would.</summary>
public sealed class ConsumerProject
{
    public const string AssemblyName = "Northwind.Shop";

    private const string Models = """
        using System.Collections.Generic;
        using Dossier;

        [assembly: DataController("Northwind Trading Ltd", Contact = "privacy@northwind.example", DataProtectionOfficer = "Jane Doe", Representative = "Northwind EU B.V.")]
        [assembly: Recipient("MailCo", Role = RecipientRole.Processor, Purpose = "E-mail", Country = "US", TransferSafeguard = "SCCs")]

        namespace Northwind.Shop;

        [DataSubject("Customer")]
        public partial class Customer
        {
            [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Retention = "P2Y", Recipients = new[] { "MailCo" })]
            public string Email { get; set; } = "";

            [PersonalData(DataCategory.Health, Purpose = "Allergies", LegalBasis = LegalBasis.ExplicitConsent, Retention = "P1Y")]
            public string? Allergies { get; set; }

            public int LoyaltyPoints { get; set; }

            public Address? Home { get; set; }

            public List<Address> Deliveries { get; set; } = new();
        }

        public partial class Address
        {
            [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Retention = "P2Y")]
            public string Street { get; set; } = "";

            [NotPersonalData(Justification = "The country alone, for tax and shipping rules")]
            public string Country { get; set; } = "";
        }
        """;

    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    /// <summary>A class library holding the model every inventory test reads.</summary>
    public static ConsumerProject Create(PackedDossier dossier, string name) =>
        Create(dossier, name, new Dictionary<string, string> { [Path.Combine("Models", "Customer.cs")] = Models });

    /// <summary>
    /// A project holding <paramref name="files"/> (relative paths). With a <c>Program.cs</c> it is a console
    /// application that <see cref="Run"/> starts. <paramref name="packages"/> (id to version) are referenced
    /// beside Dossier.
    /// </summary>
    public static ConsumerProject Create(PackedDossier dossier, string name, IReadOnlyDictionary<string, string> files,
        IReadOnlyDictionary<string, string>? packages = null, bool asExisting = false)
    {
        var otherPackages = string.Concat((packages ?? new Dictionary<string, string>())
            .Select(package => $"\n    <PackageReference Include=\"{package.Key}\" Version=\"{package.Value}\" />"));
        // An existing application is built as it was before Dossier came: warnings stay warnings, none silenced. The
        // other projects fail on any warning, except the ones their sample model shows on purpose (unencrypted and
        // unlogged allergies, which the inventory must report).
        var strictness = asExisting ? string.Empty : "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoWarn>$(NoWarn);PII001;PII010</NoWarn>";
        var directory = Path.Combine(dossier.Root, name);
        if (System.IO.Directory.Exists(directory))
        {
            // Two tests with one project name would build each other's files.
            throw new InvalidOperationException($"A consumer project named '{name}' was already created in this run; give each test its own name.");
        }

        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(dossier.Root, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="dossier" value="{dossier.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="user" value="{UserPackages()}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, AssemblyName + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>{(files.ContainsKey("Program.cs") ? "Exe" : "Library")}</OutputType>
                <ImplicitUsings>{(files.ContainsKey("Program.cs") ? "enable" : "disable")}</ImplicitUsings>
                <Nullable>enable</Nullable>
                {strictness}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Dossier" Version="{dossier.Version}" />{otherPackages}
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, content) in files)
        {
            var file = Path.Combine(directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, content);
        }

        return new ConsumerProject(directory);
    }

    public string Build(params string[] properties) => DotNet.Run(Directory, BuildArguments(properties));

    /// <summary>Builds and returns the exit code and output, for builds that are expected to fail.</summary>
    public (int ExitCode, string Output) TryBuild(params string[] properties) => DotNet.Execute(Directory, BuildArguments(properties));

    /// <summary>Builds and runs the console application in its own folder, so the files it writes land there.</summary>
    public string Run() => DotNet.Run(Directory, "run", "--disable-build-servers");

    public string InventoryFile(string extension, string? directory = null) =>
        Path.Combine(directory ?? OutputDirectory, AssemblyName + ".PersonalData" + extension);

    public void DeleteBuildOutput()
    {
        System.IO.Directory.Delete(Path.Combine(Directory, "bin"), recursive: true);
        System.IO.Directory.Delete(Path.Combine(Directory, "obj"), recursive: true);
    }

    private static string[] BuildArguments(string[] properties) =>
        new[] { "build", "--disable-build-servers" }.Concat(properties.Select(property => "-p:" + property)).ToArray();

    /// <summary>The user's package folder, so that packages the machine already has are not downloaded again.</summary>
    private static string UserPackages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
