using Microsoft.CodeAnalysis;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// A project may downgrade or silence any Dossier rule, PII005 and PII006 included. The generator never reads those
/// settings, so its output is the same and compiles: a holder never assumes <c>IPersonalData</c> of a type that got no
/// generated code, whatever was reported about it. (Every robustness case also checks that its generated code has no
/// compiler error, through <see cref="Probe.RunAsync"/>.)
/// </summary>
public class SuppressedRulesTests
{
    private static readonly Dictionary<string, ReportDiagnostic> AllRulesOff =
        Enumerable.Range(1, 10).ToDictionary(rule => $"PII{rule:000}", _ => ReportDiagnostic.Suppress);

    public static TheoryData<string> Inputs() => new()
    {
        RichSource.Text,
        // What PII005 and PII006 report: a type that is not partial held by one that is, a positional record whose
        // properties erasure cannot change, members generated code cannot read, an Identity user not opted in.
        """
        using System.Collections.Generic;
        using Dossier;

        [DataSubject] public partial class Customer
        {
            [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            [PersonalData(DataCategory.Email)] public string? Email { get; }
            public Address? Home { get; set; }
            public Profile? Profile { get; set; }
            public List<Phone> Phones { get; } = new();
            public List<Card> Cards { get; } = new();
            public Account? Account { get; set; }
        }

        public class Address { [PersonalData(DataCategory.PostalAddress)] public string? Street { get; set; } }
        public class Profile { public Address? Work { get; set; } }
        public partial record Phone([property: PersonalData(DataCategory.Phone)] string Number);
        public readonly partial record struct Card([property: PersonalData(DataCategory.Financial)] string Number);
        public class Account : Microsoft.AspNetCore.Identity.IdentityUser { }
        public partial class Trip([PersonalData(DataCategory.Location)] string origin) { public string Origin() => origin; }
        """,
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Generated_code_compiles_and_is_the_same_with_every_rule_suppressed(string source)
    {
        var reported = await CrashProbe.RunAsync(source);
        var compilation = CrashProbe.Compile(new[] { ("/src/Probe.cs", source) });
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(compilation.Options.SpecificDiagnosticOptions.SetItems(AllRulesOff)));
        var (silenced, _) = await CrashProbe.RunAsync(compilation, CrashProbe.CreateDriver(CrashProbe.EditorConfig));

        Assert.Empty(silenced.Crashes);
        Assert.Empty(silenced.Dossier);
        Assert.NotEmpty(reported.Dossier);
        Probe.GeneratedCodeHasNoErrors(silenced);
        Assert.Equal(TypeFiles(reported), TypeFiles(silenced));
    }

    // The inventory names the assembly, which each compilation here draws anew; the types' code is compared.
    private static IEnumerable<KeyValuePair<string, string>> TypeFiles(ProbeResult result) => result.Generated
        .Where(pair => pair.Key.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal))
        .OrderBy(pair => pair.Key, StringComparer.Ordinal);
}
