using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// The synthetic project built the way a user builds it: <c>dotnet build</c> with the SDK's compiler and the
/// analyzers every .NET project runs by default, once referencing the Dossier library only and once with
/// Dossier's generator and analyzers too. Reports the compiler task's time (MSBuild's performance summary) and
/// the whole build's wall clock, so the overhead is what a build really pays rather than an in-process estimate.
/// </summary>
public static partial class SdkBuild
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <!-- Thousands of PII002/PII003 warnings by design: measured, not printed. -->
            <NoWarn>$(NoWarn);CS1591</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="8.0.2" />
            <PackageReference Include="Microsoft.Extensions.Compliance.Abstractions" Version="9.0.0" />
            <Reference Include="Dossier" HintPath="$(DossierDirectory)Dossier.dll" />
          </ItemGroup>
          <ItemGroup Condition="'$(WithDossier)' == 'true'">
            <Analyzer Include="$(DossierDirectory)Dossier.Generators.dll" />
          </ItemGroup>
        </Project>
        """;

    public static int Run(int typeCount, int rounds)
    {
        var directory = Path.Combine(Path.GetTempPath(), "dossier-sdk-build-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "Synthetic.csproj"), Project);
            foreach (var (path, text) in SyntheticProject.Create(typeCount))
            {
                // The in-process benchmarks name files by absolute paths (/synthetic/...); here they go under the project.
                var file = Path.Combine(directory, path.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }

            var dossier = AppContext.BaseDirectory;
            var sources = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories).Length;
            Console.WriteLine($"Synthetic project: {typeCount} types in {sources} files under {directory}");
            Dotnet(directory, "restore", "--disable-build-servers", "-nologo");

            // Warm the disk cache and the SDK once, then alternate so that load on the machine hits every variant alike.
            // The second pair builds with RunAnalyzers=false, which runs source generators but no analyzer (neither the
            // SDK's nor Dossier's): what the generator and compiling its code cost, apart from the analyzers.
            Build(directory, dossier, withDossier: false, analyzers: true);
            var plain = new List<(double Csc, double Wall)>();
            var with = new List<(double Csc, double Wall)>();
            var plainNoAnalyzers = new List<(double Csc, double Wall)>();
            var withNoAnalyzers = new List<(double Csc, double Wall)>();
            for (var round = 0; round < rounds; round++)
            {
                plain.Add(Build(directory, dossier, withDossier: false, analyzers: true));
                with.Add(Build(directory, dossier, withDossier: true, analyzers: true));
                plainNoAnalyzers.Add(Build(directory, dossier, withDossier: false, analyzers: false));
                withNoAnalyzers.Add(Build(directory, dossier, withDossier: true, analyzers: false));
                Console.WriteLine($"round {round + 1}: without {plain[^1].Csc:F0} ms compile / {plain[^1].Wall:F0} ms build; " +
                                  $"with Dossier {with[^1].Csc:F0} ms / {with[^1].Wall:F0} ms; " +
                                  $"no analyzers: without {plainNoAnalyzers[^1].Csc:F0} ms, with Dossier's generator {withNoAnalyzers[^1].Csc:F0} ms compile");
            }

            Report("Compiler task (Csc)", plain.Select(r => r.Csc).ToList(), with.Select(r => r.Csc).ToList());
            Report("Whole build (wall clock)", plain.Select(r => r.Wall).ToList(), with.Select(r => r.Wall).ToList());
            Report("Compiler task, RunAnalyzers=false (generator and its code only)", plainNoAnalyzers.Select(r => r.Csc).ToList(), withNoAnalyzers.Select(r => r.Csc).ToList());
            return 0;
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("DOSSIER_KEEP_SDK_BUILD") is null)
            {
                try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }

    private static void Report(string what, List<double> plain, List<double> with)
    {
        var (p, w) = (Measurements.Median(plain), Measurements.Median(with));
        Console.WriteLine($"{what}: median without Dossier {p:F0} ms, with Dossier {w:F0} ms, ratio {w / p:F2} ({(w / p - 1) * 100:+0;-0}%), " +
                          $"{w - p:F0} ms more");
    }

    private static (double Csc, double Wall) Build(string directory, string dossier, bool withDossier, bool analyzers)
    {
        var clock = Stopwatch.StartNew();
        var output = Dotnet(directory, "build", "-c", "Release", "--no-restore", "--no-incremental", "--disable-build-servers", "-nologo",
            "-v:q", "-clp:PerformanceSummary", "-p:DossierDirectory=" + dossier, "-p:WithDossier=" + (withDossier ? "true" : "false"),
            "-p:RunAnalyzers=" + (analyzers ? "true" : "false"));
        var wall = clock.Elapsed.TotalMilliseconds;
        var csc = CscLine().Match(output);
        if (!csc.Success)
        {
            throw new InvalidOperationException("No Csc line in the performance summary:\n" + output);
        }

        return (double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture), wall);
    }

    private static string Dotnet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The build being measured must not inherit the benchmark's own MSBuild settings.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{stdout}\n{stderr.Result}");
        }

        return stdout;
    }

    // "     3456 ms  Csc                                        1 calls"
    [GeneratedRegex(@"^\s*(\d+)\s+ms\s+Csc\s+\d+\s+calls", RegexOptions.Multiline)]
    private static partial Regex CscLine();
}
