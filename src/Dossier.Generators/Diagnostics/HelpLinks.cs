namespace Dossier.Generators.Diagnostics;

/// <summary>
/// Where each rule's page is (docs/rules/PII00N.md). Compiled into the build task (Dossier.Build.Tasks) too, which
/// names PII009's page in the approved inventory it writes.
/// </summary>
internal static class HelpLinks
{
    public const string Base = "https://github.com/dossier-dotnet/dossier/blob/main/docs/rules/";

    public static string For(string id) => Base + id + ".md";
}
