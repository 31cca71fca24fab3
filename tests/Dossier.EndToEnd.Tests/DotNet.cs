using System.Diagnostics;
using System.Text;

namespace Dossier.EndToEnd.Tests;

/// <summary>Runs the <c>dotnet</c> command line as a user would, isolated from the MSBuild that runs the tests.</summary>
public static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string Run(string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = Execute(workingDirectory, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} failed ({exitCode}):\n{output}");
        return output;
    }

    /// <summary>Runs <c>dotnet</c> and returns its exit code and output, for commands that are expected to fail.</summary>
    public static (int ExitCode, string Output) Execute(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's environment; a nested build must find its own SDK and MSBuild.
        foreach (var variable in new[] { "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {Timeout}.\n{output}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}
