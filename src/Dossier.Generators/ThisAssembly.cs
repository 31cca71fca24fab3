namespace Dossier.Generators;

/// <summary>Facts about this build of Dossier that generated code records.</summary>
internal static class ThisAssembly
{
    /// <summary>The version written into <c>[GeneratedCode]</c> and the inventory.</summary>
    public const string Version = "0.1.0";
}
