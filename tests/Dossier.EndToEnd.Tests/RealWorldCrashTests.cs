using System.Text.RegularExpressions;

namespace Dossier.EndToEnd.Tests;

/// <summary>
/// The model files of every open-source application in tests/RealWorld/apps.tsv, built with the packed package as a user's
/// project would build them. They do not compile here (their other dependencies are absent), and the compiler runs no
/// analyzer over code with errors, but it runs the generator first: it must not crash (no CS8784/CS8785) and must write
/// its code. Every analyzer runs over the same files in process, in the generator tests' RealWorldCorpusTests. Skipped,
/// with a message, where tests/RealWorld/extract.sh has not written the sources.
/// </summary>
[Collection(PackedDossierCollection.Name)]
public class RealWorldCrashTests(PackedDossier dossier)
{
    /// <summary>Every application tests/RealWorld/apps.tsv lists, in its order.</summary>
    public static TheoryData<string> Applications()
    {
        var applications = new TheoryData<string>();
        var list = Path.Combine(PackedDossier.RepositoryRoot, "tests", "RealWorld", "apps.tsv");
        foreach (var line in File.ReadLines(list))
        {
            var app = line.Split('\t')[0];
            if (app.Length > 0 && !app.StartsWith('#') && app != "app")
            {
                applications.Add(app);
            }
        }

        return applications;
    }

    [SkippableTheory]
    [MemberData(nameof(Applications))]
    public void The_packed_package_does_not_crash_on_the_application_model(string app)
    {
        var sources = Path.Combine(PackedDossier.RepositoryRoot, "tests", "RealWorld", "sources", app);
        Skip.IfNot(Directory.Exists(sources) && Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories).Any(),
            $"The sources of {app} are absent: run tests/RealWorld/extract.sh (it says how to get them).");

        var files = Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(sources, file), File.ReadAllText);
        var project = ConsumerProject.Create(dossier, "realworld-" + app, files, asExisting: true);
        var (_, output) = project.TryBuild("EmitCompilerGeneratedFiles=true");

        Assert.DoesNotMatch(new Regex(@"\b(AD0001|CS8784|CS8785)\b"), output);
        var generated = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "generated", "Dossier.Generators");
        Assert.True(Directory.Exists(generated) && Directory.EnumerateFiles(generated, "*.g.cs", SearchOption.AllDirectories).Any(),
            "The generator wrote nothing:\n" + output);
    }
}
