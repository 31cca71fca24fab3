using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>The checks every robustness case makes: nothing crashed, and then either working code or a clear diagnostic.</summary>
public static class Probe
{
    /// <summary>
    /// Runs the generator and every analyzer over <paramref name="source"/> and fails on any crash, and on any compiler
    /// error in the generated code: whatever Dossier reports about the source, and whatever severity a project gives its
    /// rules (the generator never reads them), the generated files compile.
    /// </summary>
    public static async Task<ProbeResult> RunAsync(string source, bool referenceDossier = true)
    {
        var result = await CrashProbe.RunAsync(source, referenceDossier);
        Assert.True(result.Crashes.Count == 0, string.Join("\n\n", result.Crashes));
        GeneratedCodeHasNoErrors(result);
        return result;
    }

    /// <summary>Asserts that no compiler error points into generated code.</summary>
    public static void GeneratedCodeHasNoErrors(ProbeResult result)
    {
        var errors = result.CompilerDiagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && IsGenerated(diagnostic.Location.SourceTree))
            .ToList();
        Assert.True(errors.Count == 0, "Generated code does not compile:\n" + string.Join("\n", errors));
    }

    private static bool IsGenerated(SyntaxTree? tree) => tree?.FilePath.Contains("PersonalDataGenerator", StringComparison.Ordinal) == true;

    /// <summary>Asserts that <paramref name="id"/> is reported about <paramref name="member"/>, so the member is not silently skipped.</summary>
    public static void Reported(ProbeResult result, string id, string member)
    {
        var diagnostics = result.Dossier.ToList();
        Assert.True(diagnostics.Any(diagnostic => diagnostic.Id == id && diagnostic.GetMessage().Contains($"'{member}'", StringComparison.Ordinal)),
            $"Expected {id} about '{member}', got:\n" + string.Join("\n", diagnostics));
    }

    /// <summary>Asserts that the user's code and the generated code compile without a warning.</summary>
    public static void Compiles(ProbeResult result)
    {
        var problems = result.CompileProblems.ToList();
        Assert.True(problems.Count == 0, "Compilation failed:\n" + string.Join("\n", problems) + "\n\n" +
                                         string.Join("\n\n", result.Generated.Where(pair => pair.Key != "PersonalDataInventory.g.cs").Select(pair => pair.Key + ":\n" + pair.Value)));
    }

    /// <summary>Asserts that no compiler diagnostic at all points into generated code.</summary>
    public static void GeneratedCodeIsClean(ProbeResult result)
    {
        var inGenerated = result.CompilerDiagnostics
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning && IsGenerated(diagnostic.Location.SourceTree))
            .ToList();
        Assert.True(inGenerated.Count == 0, string.Join("\n", inGenerated));
    }

    /// <summary>Compiles the result (which must be free of warnings), loads it, and returns what <c>Scenario.Run()</c> returns.</summary>
    public static string Run(ProbeResult result)
    {
        Compiles(result);
        var assembly = Load(result.Output);
        var run = assembly.GetType("Scenario")?.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)
                  ?? throw new InvalidOperationException("The source declares no static Scenario.Run().");
        return Invoke(() => (string)run.Invoke(null, null)!);
    }

    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(stream.ToArray()));
    }

    public static T Invoke<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }
}
