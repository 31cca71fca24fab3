namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Tagged members the generator cannot export or erase. Each must be named by a diagnostic, never dropped in
/// silence, and the rest of the type must still get working code.
/// </summary>
public class UnsupportedShapeTests
{
    /// <summary>A tagged member that works, beside the one under test, so the type is generated and must compile.</summary>
    private const string Working = "[PersonalData(DataCategory.Name)] public string? Name { get; set; }";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "ref struct", "public ref partial struct Holder { [PersonalData(DataCategory.Email)] public string? Email; [PersonalData(DataCategory.Other)] public System.Span<byte> Bytes; }", "Holder" },
        { "explicit interface implementation", $"public interface IContact {{ string? Email {{ get; set; }} }} public partial class Holder : IContact {{ {Working} [PersonalData(DataCategory.Email)] string? IContact.Email {{ get; set; }} }}", "IContact.Email" },
        { "pointer field", $"public unsafe partial struct Holder {{ {Working} [PersonalData(DataCategory.Other)] public int* Pointer; }}", "Pointer" },
        { "fixed buffer", $"public unsafe partial struct Holder {{ {Working} [PersonalData(DataCategory.Name)] public fixed char Initials[4]; }}", "Initials" },
        { "interface member", "public interface IContact { [PersonalData(DataCategory.Email)] string? Email { get; set; } }", "Email" },
        { "static property", $"public partial class Holder {{ {Working} [PersonalData(DataCategory.Email)] public static string? Email {{ get; set; }} }}", "Email" },
        { "static field of a static class", "public static class Holder { [PersonalData(DataCategory.Email)] public static string? Email; }", "Email" },
        { "indexer", $"public partial class Holder {{ {Working} [PersonalData(DataCategory.Email)] public string this[int i] {{ get => \"\"; set {{ }} }} }}", "this[]" },
        { "const field", $"public partial class Holder {{ {Working} [PersonalData(DataCategory.Email)] public const string Email = \"a@b.example\"; }}", "Email" },
        { "backing field", $"public partial class Holder {{ {Working} [field: PersonalData(DataCategory.Email)] public string? Email {{ get; set; }} }}", "Email" },
        { "class primary-constructor parameter", $"public partial class Holder([PersonalData(DataCategory.Email)] string email) {{ {Working} public string Mail => email; }}", "email" },
        { "not partial", "public class Holder { [PersonalData(DataCategory.Email)] public string? Email { get; set; } }", "Holder" },
        { "get-only", $"public partial class Holder {{ {Working} [PersonalData(DataCategory.Email)] public string Email {{ get; }} = \"\"; }}", "Email" },
        { "set-only", $"public partial class Holder {{ {Working} [PersonalData(DataCategory.Email)] public string Email {{ set {{ }} }} }}", "Email" },
        { "event backing field", $"public partial class Holder {{ {Working} [field: PersonalData(DataCategory.Other)] public event System.Action? Changed; public void Raise() => Changed?.Invoke(); }}", "Changed" },
        { "delegate", $"public partial class Holder {{ {Working} [PersonalData(DataCategory.Other)] public System.Action? Callback {{ get; set; }} }}", "Callback" },
    };

    [Fact]
    public async Task A_tag_on_an_event_is_a_compiler_error()
    {
        var result = await Probe.RunAsync($"using Dossier;\npublic partial class Holder {{ {Working} [PersonalData(DataCategory.Other)] public event System.Action? Changed; public void Raise() => Changed?.Invoke(); }}");
        Assert.Contains(result.CompilerDiagnostics, diagnostic => diagnostic.Id == "CS0592");
        Probe.GeneratedCodeIsClean(result);
    }

    [Fact]
    public async Task An_event_marked_not_personal_is_not_reported()
    {
        var result = await Probe.RunAsync($"using Dossier;\npublic partial class Holder {{ {Working} [field: NotPersonalData] public event System.Action? Changed; public void Raise() => Changed?.Invoke(); }}");
        Assert.DoesNotContain(result.Dossier, diagnostic => diagnostic.Id == "PII006");
        Probe.Compiles(result);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_is_reported_and_the_rest_compiles(string shape, string declaration, string member)
    {
        var result = await Probe.RunAsync("using Dossier;\n" + declaration);
        var id = shape is "get-only" ? "PII005" : "PII006";
        Probe.Reported(result, id, member);
        Probe.GeneratedCodeIsClean(result);
        Assert.DoesNotContain(result.CompileProblems, diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }
}
