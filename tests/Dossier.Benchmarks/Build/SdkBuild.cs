using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// A generated project built the way a user builds it: <c>dotnet build</c> with the SDK's compiler and the
/// analyzers every .NET project runs by default, once referencing the Dossier library only, once with Dossier's
/// generator and analyzers too, and once with System.Text.Json's source generator over the same tagged types instead
/// (<c>[JsonSerializable]</c> for each), the generator every .NET developer already accepts. Reports the compiler
/// task's time (MSBuild's performance summary) and the whole build's wall clock, so the overhead is what a build
/// really pays rather than an in-process estimate. Two projects: the harsh synthetic one (<see cref="SyntheticProject"/>)
/// and a more ordinary application (<see cref="OrdinaryProject"/>).
/// </summary>
public static partial class SdkBuild
{
    /// <summary>The entity types of the ordinary application.</summary>
    public const int OrdinaryEntityCount = 1000;

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
          <!-- System.Text.Json's generator ships with the SDK and runs in every build; it has work only when this file is compiled. -->
          <ItemGroup Condition="'$(WithJsonContext)' != 'true'">
            <Compile Remove="Json/**" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>Builds the projects named (<c>synthetic</c>, <c>ordinary</c> or <c>all</c>), <paramref name="rounds"/> rounds each.</summary>
    public static int Run(string which, int rounds)
    {
        var ran = false;
        if (which is "synthetic" or "all")
        {
            Run("Synthetic project", BuildBenchmarks.TypeCount + " types", SyntheticProject.Create(BuildBenchmarks.TypeCount),
                SyntheticProject.TaggedTypeNames(BuildBenchmarks.TypeCount), rounds);
            ran = true;
        }

        if (which is "ordinary" or "all")
        {
            Run("Ordinary application", OrdinaryEntityCount + " entities and their services", OrdinaryProject.Create(OrdinaryEntityCount),
                OrdinaryProject.TaggedTypeNames(OrdinaryEntityCount), rounds);
            ran = true;
        }

        if (!ran)
        {
            Console.Error.WriteLine("sdk-build [rounds] [synthetic|ordinary|all]: unknown project '" + which + "'.");
            return 2;
        }

        return 0;
    }

    private static void Run(string name, string size, IReadOnlyList<KeyValuePair<string, string>> files, IEnumerable<string> taggedTypes, int rounds)
    {
        var directory = Path.Combine(Path.GetTempPath(), "dossier-sdk-build-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "Measured.csproj"), Project);
            foreach (var (path, text) in files)
            {
                // The in-process benchmarks name files by absolute paths (/synthetic/...); here they go under the project.
                var file = Path.Combine(directory, path.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }

            Directory.CreateDirectory(Path.Combine(directory, "Json"));
            File.WriteAllText(Path.Combine(directory, "Json", "TaggedTypesJsonContext.cs"), JsonContext(taggedTypes));

            var dossier = AppContext.BaseDirectory;
            Console.WriteLine($"{name}: {size} in {files.Count} files under {directory}");
            Dotnet(directory, "restore", "--disable-build-servers", "-nologo");

            // Warm the disk cache and the SDK once, then alternate so that load on the machine hits every variant alike,
            // each round starting one variant later than the round before, so that no variant always builds first.
            // RunAnalyzers=false runs source generators but no analyzer (neither the SDK's nor Dossier's): what the
            // generator and compiling its code cost, apart from the analyzers.
            Build(directory, dossier, Variant.Plain, analyzers: true);
            var variants = new[]
            {
                (Variant.Plain, true), (Variant.Dossier, true), (Variant.JsonContext, true), (Variant.Plain, false), (Variant.Dossier, false),
            };
            var times = variants.ToDictionary(variant => variant, _ => new List<(double Csc, double Wall)>());
            for (var round = 0; round < rounds; round++)
            {
                for (var step = 0; step < variants.Length; step++)
                {
                    var variant = variants[(round + step) % variants.Length];
                    times[variant].Add(Build(directory, dossier, variant.Item1, variant.Item2));
                }

                Console.WriteLine($"round {round + 1}, compiler task: " + string.Join("; ", variants.Select(variant =>
                    $"{Describe(variant.Item1, variant.Item2)} {times[variant][^1].Csc:F0} ms")));
            }

            List<double> Csc(Variant variant, bool analyzers) => times[(variant, analyzers)].Select(r => r.Csc).ToList();
            Report("Compiler task (Csc), Dossier", Csc(Variant.Plain, true), Csc(Variant.Dossier, true));
            Report("Compiler task (Csc), System.Text.Json's generator over the same tagged types", Csc(Variant.Plain, true), Csc(Variant.JsonContext, true));
            Report("Whole build (wall clock), Dossier", times[(Variant.Plain, true)].Select(r => r.Wall).ToList(), times[(Variant.Dossier, true)].Select(r => r.Wall).ToList());
            Report("Compiler task, RunAnalyzers=false (Dossier's generator and its code only)", Csc(Variant.Plain, false), Csc(Variant.Dossier, false));
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("DOSSIER_KEEP_SDK_BUILD") is null)
            {
                try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }

    private enum Variant
    {
        Plain,
        Dossier,
        JsonContext,
    }

    private static string Describe(Variant variant, bool analyzers) => variant switch
    {
        Variant.Plain => "without",
        Variant.Dossier => "with Dossier",
        _ => "with System.Text.Json's generator",
    } + (analyzers ? string.Empty : " (no analyzers)");

    private static string JsonContext(IEnumerable<string> taggedTypes)
    {
        var text = new System.Text.StringBuilder("using System.Text.Json.Serialization;\n\nnamespace Measured.Json;\n\n");
        foreach (var type in taggedTypes)
        {
            text.Append("[JsonSerializable(typeof(global::").Append(type).Append("))]\n");
        }

        return text.Append("internal partial class TaggedTypesJsonContext : JsonSerializerContext\n{\n}\n").ToString();
    }

    private static void Report(string what, List<double> plain, List<double> with)
    {
        var (p, w) = (Measurements.Median(plain), Measurements.Median(with));
        Console.WriteLine($"{what}: median without Dossier {p:F0} ms, with Dossier {w:F0} ms, ratio {w / p:F2} ({(w / p - 1) * 100:+0;-0}%), " +
                          $"{w - p:F0} ms more");
    }

    private static (double Csc, double Wall) Build(string directory, string dossier, Variant variant, bool analyzers)
    {
        var clock = Stopwatch.StartNew();
        var output = Dotnet(directory, "build", "-c", "Release", "--no-restore", "--no-incremental", "--disable-build-servers", "-nologo",
            "-v:q", "-clp:PerformanceSummary", "-p:DossierDirectory=" + dossier, "-p:WithDossier=" + (variant == Variant.Dossier ? "true" : "false"),
            "-p:WithJsonContext=" + (variant == Variant.JsonContext ? "true" : "false"),
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
