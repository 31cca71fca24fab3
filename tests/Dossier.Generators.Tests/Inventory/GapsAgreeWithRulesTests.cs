using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dossier.Generators.Analyzers.Audit;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Analyzers.Encryption;
using Dossier.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dossier.Generators.Tests.Inventory;

/// <summary>
/// An auditor's gaps and a developer's diagnostics are the same verdicts: for one compilation and one set of
/// <c>.editorconfig</c> files, the inventory's gaps list exactly the members PII001, PII004 and PII010 report and the
/// recipients PII008 finds undeclared. The one documented difference: members that only ASP.NET Core Identity or
/// Microsoft.Extensions.Compliance attributes tag are missing declarations in the inventory, which PII004 leaves alone.
/// A member inherited from a base type without generated code is the same verdict under two names: the rule reports it
/// where it is declared, the inventory lists it under the type that holds it.
/// </summary>
public class GapsAgreeWithRulesTests
{
    private const string Shop = """
        [assembly: DataController("Shop Ltd")]
        [assembly: Recipient("MailCo")]
        [assembly: ProcessingActivity("Newsletter", Purpose = "Monthly newsletter", LegalBasis = LegalBasis.Consent, Recipients = new[] { "MailCo", "PrintCo" })]
        [assembly: ProcessingActivity("Support", Purpose = "Answering questions", Retention = "P1Y")]
        [assembly: ProcessingActivity("Fraud checks", Purpose = "Stopping fraudulent orders", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P2Y")]

        namespace Shop.Security
        {
            public sealed class EncryptedString { public override string ToString() => ""; }
            public sealed class Sealed<T> { public override string ToString() => ""; }
        }

        namespace Shop
        {
            [DataSubject("Customer")]
            public partial class Customer
            {
                [PersonalData(DataCategory.Email, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Recipients = new[] { "MailCo", "AdCo" })]
                public string Email { get; set; } = "";

                [PersonalData(DataCategory.Name, Purpose = "Describe why this data is processed", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                public string Name { get; set; } = "";

                [PersonalData(DataCategory.Health, Purpose = "Care", LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
                public string? Allergies { get; set; }

                [PersonalData(DataCategory.Health, Purpose = "Care", LegalBasis = LegalBasis.ExplicitConsent, Retention = "P1Y"), Encrypted, Audited]
                public partial string? Diagnosis { get; set; }

                [PersonalData(DataCategory.Financial, Purpose = "Billing", LegalBasis = LegalBasis.Contract, Retention = "P10Y")]
                public Shop.Security.EncryptedString? Iban { get; set; }

                [PersonalData(DataCategory.Credential, Purpose = "Sign-in", LegalBasis = LegalBasis.Contract, Export = false)]
                public Shop.Security.Sealed<string>? Token { get; set; }

                [PersonalData(DataCategory.GovernmentId)]
                public string? Passport { get; set; }

                [PersonalData(DataCategory.Phone, Purpose = "Delivery calls", LegalBasis = LegalBasis.Contract, Recipients = new[] { "CallCo" }), Audited]
                public string? Phone { get; set; }

                [Microsoft.AspNetCore.Identity.PersonalData]
                public string? Nickname { get; set; }

                [PersonalData(DataCategory.Name, Activities = new[] { "Newsletter", "Support", "Loyalty", "Fraud checks" })]
                public string? Salutation { get; set; }

                public Legacy.Address? Home { get; set; }
            }
        }
        """;

    private const string Legacy = """
        namespace Legacy
        {
            public partial class Address
            {
                [PersonalData(DataCategory.PostalAddress, Purpose = "Delivery", LegalBasis = LegalBasis.Contract, Recipients = new[] { "ShipCo", "MailCo" })]
                public string Street { get; set; } = "";

                [PersonalData(DataCategory.CriminalRecord, Activities = new[] { "Newsletter" })]
                public string? Record { get; set; }

                [PersonalData(DataCategory.Financial, Purpose = "Refunds", LegalBasis = LegalBasis.Contract, Retention = "P6Y")]
                public string? RefundAccount { get; set; }

                [PersonalData(DataCategory.Biometric, Purpose = "Sign-in", LegalBasis = LegalBasis.Consent, Retention = "P1Y"), Encrypted]
                public string? Face { get; set; }
            }

            public class PersonBase
            {
                [PersonalData(DataCategory.GovernmentId, Purpose = "Identity checks", Recipients = new[] { "CheckCo" })]
                public string? TaxNumber { get; set; }

                [PersonalData(DataCategory.Health, Purpose = "Care", LegalBasis = LegalBasis.Consent, Retention = "P1Y")]
                public string? BloodType { get; set; }
            }

            [DataSubject("Member")]
            public partial class Member : PersonBase
            {
                [PersonalData(DataCategory.Name, Purpose = "Membership", LegalBasis = LegalBasis.Contract)]
                public string Name { get; set; } = "";
            }
        }
        """;

    /// <summary>Configurations: the project's <c>.editorconfig</c> (<c>[*.cs]</c>), one in the Legacy folder, and a global one.</summary>
    public static TheoryData<string, string?, string?, string?> Configurations => new()
    {
        { "defaults", null, null, null },
        { "encryption of everything", "dossier.encryption_required = all", null, null },
        { "no encryption", "dossier.encryption_required = none", null, null },
        { "audit of sensitive data", "dossier.audit_required = sensitive", null, null },
        { "retention required", "dossier.required_fields = purpose, retention", null, null },
        { "encrypting wrapper types", "dossier.encrypted_types = Shop.Security.EncryptedString, Shop.Security.Sealed`1", null, null },
        { "a folder that sets its own rules", "dossier.encryption_required = special",
            "dossier.encryption_required = all\ndossier.required_fields = none\ndossier.audit_required = none\ndossier.encrypted_types = Shop.Security.EncryptedString", null },
        { "a global configuration", null, null, "dossier.audit_required = all\ndossier.required_fields = legal_basis, retention" },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task The_gaps_are_what_the_rules_report(string name, string? project, string? legacyFolder, string? global)
    {
        var options = ConfiguredOptions.Create(project, legacyFolder, global);
        var compilation = GeneratorHarness.CreateCompilation(Shop, Legacy).WithAssemblyName(InventoryHarness.AssemblyName);
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.ElementAt(0), compilation.SyntaxTrees.ElementAt(0).WithFilePath("/src/Shop/Customer.cs"));
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.ElementAt(1), compilation.SyntaxTrees.ElementAt(1).WithFilePath("/src/Legacy/Address.cs"));

        var gaps = Gaps(compilation, options, out var built);
        var reported = await Reported(built, options);

        Assert.True(reported.Unencrypted.SetEquals(gaps.Unencrypted), Differ(name, "unencrypted (PII001)", reported.Unencrypted, gaps.Unencrypted));
        Assert.True(reported.Unlogged.SetEquals(gaps.Unlogged), Differ(name, "unlogged (PII010)", reported.Unlogged, gaps.Unlogged));
        Assert.True(reported.Incomplete.SetEquals(gaps.Incomplete.Where(gap => !gap.StartsWith("Shop.Customer.Nickname:", StringComparison.Ordinal))),
            Differ(name, "missing declarations (PII004)", reported.Incomplete, gaps.Incomplete));
        Assert.True(reported.UndeclaredRecipients.SetEquals(gaps.UndeclaredRecipients),
            Differ(name, "undeclared recipients (PII008)", reported.UndeclaredRecipients, gaps.UndeclaredRecipients));
        Assert.True(reported.IncompleteActivities.SetEquals(gaps.IncompleteActivities),
            Differ(name, "incomplete activities (PII004)", reported.IncompleteActivities, gaps.IncompleteActivities));
        Assert.True(reported.UndeclaredActivities.SetEquals(gaps.UndeclaredActivities),
            Differ(name, "undeclared activities (PII008)", reported.UndeclaredActivities, gaps.UndeclaredActivities));
        Assert.True(reported.ConsentNotExplicit.SetEquals(gaps.ConsentNotExplicit),
            Differ(name, "consent that is not explicit (PII012)", reported.ConsentNotExplicit, gaps.ConsentNotExplicit));
        Assert.Contains("activity Newsletter", gaps.ConsentNotExplicit);
    }

    [Fact]
    public void Members_tagged_by_Identity_are_missing_their_required_declarations_though_PII004_does_not_report_them()
    {
        var compilation = GeneratorHarness.CreateCompilation(Shop, Legacy).WithAssemblyName(InventoryHarness.AssemblyName);

        Assert.Contains("Shop.Customer.Nickname:purpose,legalBasis", Gaps(compilation, ConfiguredOptions.Create(null, null, null)).Incomplete);
        Assert.Contains("Shop.Customer.Nickname:legalBasis,retention",
            Gaps(compilation, ConfiguredOptions.Create("dossier.required_fields = legal_basis, retention", null, null)).Incomplete);
        Assert.DoesNotContain(Gaps(compilation, ConfiguredOptions.Create("dossier.required_fields = none", null, null)).Incomplete,
            gap => gap.StartsWith("Shop.Customer.Nickname:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_inherited_from_a_base_without_generated_code_is_listed_under_the_type_that_holds_it()
    {
        // The rules report it where it is written (PersonBase.TaxNumber), the inventory under the type whose objects
        // hold it; the theory above maps one to the other, so this pins what the inventory writes.
        var compilation = GeneratorHarness.CreateCompilation(Shop, Legacy).WithAssemblyName(InventoryHarness.AssemblyName);
        var driver = InventoryHarness.CreateDriver().WithUpdatedAnalyzerConfigOptions(ConfiguredOptions.Create(null, null, null));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var unencrypted = JsonNode.Parse(InventoryHarness.Constant(output))!["gaps"]!["specialCategoryUnencrypted"]!.AsArray()
            .Select(gap => (string)gap!["member"]!).ToList();

        Assert.Contains("Legacy.Member.TaxNumber", unencrypted);
        Assert.DoesNotContain("Legacy.PersonBase.TaxNumber", unencrypted);
    }

    [Fact]
    public void The_configurations_lead_to_different_gaps()
    {
        // Guards the test above against configurations that change nothing, which would agree trivially.
        var compilation = GeneratorHarness.CreateCompilation(Shop, Legacy).WithAssemblyName(InventoryHarness.AssemblyName);
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.ElementAt(1), compilation.SyntaxTrees.ElementAt(1).WithFilePath("/src/Legacy/Address.cs"));
        var all = Configurations.Select(row => Gaps(compilation, ConfiguredOptions.Create((string?)row[1], (string?)row[2], (string?)row[3])).ToString()).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    private static string Differ(string configuration, string what, IEnumerable<string> reported, IEnumerable<string> listed) =>
        $"{configuration}: {what} differ.\nreported by the rules: {string.Join("; ", reported.Order(StringComparer.Ordinal))}\n" +
        $"listed in the gaps:    {string.Join("; ", listed.Order(StringComparer.Ordinal))}";

    private static Verdicts Gaps(Compilation compilation, AnalyzerConfigOptionsProvider options) => Gaps(compilation, options, out _);

    /// <param name="output">The compilation with the generated code, as the analyzers see it in a build.</param>
    private static Verdicts Gaps(Compilation compilation, AnalyzerConfigOptionsProvider options, out Compilation output)
    {
        var driver = InventoryHarness.CreateDriver().WithUpdatedAnalyzerConfigOptions(options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out var diagnostics);
        Assert.Empty(diagnostics);
        var gaps = JsonNode.Parse(InventoryHarness.Constant(output))!["gaps"]!;
        static IEnumerable<JsonNode> Items(JsonNode gaps, string name) => gaps[name]!.AsArray().Select(item => item!);
        var declared = output;
        string Member(JsonNode? member) => DeclaredAs(declared, (string)member!);
        return new Verdicts(
            Items(gaps, "specialCategoryUnencrypted").Select(gap => Member(gap["member"])).ToHashSet(),
            Items(gaps, "unloggedSpecialCategory").Select(gap => Member(gap["member"])).ToHashSet(),
            Items(gaps, "missingDeclarations").Select(gap => Member(gap["member"]) + ":" + string.Join(",", gap["missing"]!.AsArray().Select(field => (string)field!))).ToHashSet(),
            Items(gaps, "undeclaredRecipients").SelectMany(gap => gap["members"]!.AsArray().Select(member => (string)gap["name"]! + "@" + Member(member))
                .Concat((gap["activities"]?.AsArray() ?? new JsonArray()).Select(activity => (string)gap["name"]! + "@activity " + (string)activity!))).ToHashSet(),
            Items(gaps, "incompleteActivities").Select(gap => (string)gap["name"]! + ":" + string.Join(",", gap["missing"]!.AsArray().Select(field => (string)field!))).ToHashSet(),
            Items(gaps, "undeclaredActivities").SelectMany(gap => gap["members"]!.AsArray().Select(member => (string)gap["name"]! + "@" + Member(member))).ToHashSet(),
            Items(gaps, "consentNotExplicit").SelectMany(gap => gap["activity"] is { } activity
                ? new[] { "activity " + (string)activity! }
                : gap["members"]!.AsArray().Select(member => "inline " + Member(member))).ToHashSet());
    }

    /// <summary>
    /// The member the inventory names (<c>Legacy.Member.TaxNumber</c>: the type that holds it) as the rules name it
    /// (<c>Legacy.PersonBase.TaxNumber</c>: where it is declared). They differ for a member inherited from a base type
    /// without generated code of its own, which the inventory lists under the type whose objects hold it.
    /// </summary>
    private static string DeclaredAs(Compilation compilation, string member)
    {
        var dot = member.LastIndexOf('.');
        var name = member.Substring(dot + 1);
        for (var type = compilation.GetTypeByMetadataName(member.Substring(0, dot)); type is not null; type = type.BaseType)
        {
            if (type.GetMembers(name).FirstOrDefault() is { } declared)
            {
                return declared.ContainingType.ToDisplayString() + "." + name;
            }
        }

        throw new InvalidOperationException($"The inventory names '{member}', which the compilation does not hold.");
    }

    private static async Task<Verdicts> Reported(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new EncryptionAnalyzer(), new UnloggedPersonalDataAnalyzer(), new IncompleteDeclarationAnalyzer(), new InvalidArgumentAnalyzer(),
            new Dossier.Generators.Analyzers.Activities.ProcessingActivityAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options)).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");

        string Member(Diagnostic diagnostic) => MemberAt(compilation, diagnostic.Location);
        var undeclared = new Regex("^Recipient '(?<name>[^']+)' of '[^']+' is not declared");
        var undeclaredByActivity = new Regex("^Recipient '(?<name>[^']+)' of activity '(?<activity>[^']+)' is not declared");
        var undeclaredActivity = new Regex("^Activity '(?<name>[^']+)' of '[^']+' is not declared");
        string Missing(Diagnostic diagnostic) =>
            string.Join(",", diagnostic.Properties[IncompleteDeclarationAnalyzer.MissingKey]!.Split(',').Select(InventoryName));
        return new Verdicts(
            diagnostics.Where(diagnostic => diagnostic.Id == "PII001").Select(Member).ToHashSet(),
            diagnostics.Where(diagnostic => diagnostic.Id == "PII010").Select(Member).ToHashSet(),
            diagnostics.Where(diagnostic => diagnostic.Id == "PII004" && ActivityAt(diagnostic.Location) is null)
                .Select(diagnostic => Member(diagnostic) + ":" + Missing(diagnostic))
                .ToHashSet(),
            diagnostics.Where(diagnostic => diagnostic.Id == "PII008" && undeclared.IsMatch(diagnostic.GetMessage()))
                .Select(diagnostic => undeclared.Match(diagnostic.GetMessage()).Groups["name"].Value + "@" + Member(diagnostic))
                .Concat(diagnostics.Where(diagnostic => diagnostic.Id == "PII008" && undeclaredByActivity.IsMatch(diagnostic.GetMessage()))
                    .Select(diagnostic => undeclaredByActivity.Match(diagnostic.GetMessage()) is var match
                        ? match.Groups["name"].Value + "@activity " + match.Groups["activity"].Value
                        : ""))
                .ToHashSet(),
            diagnostics.Where(diagnostic => diagnostic.Id == "PII004" && ActivityAt(diagnostic.Location) is not null)
                .Select(diagnostic => ActivityAt(diagnostic.Location) + ":" + Missing(diagnostic))
                .ToHashSet(),
            diagnostics.Where(diagnostic => diagnostic.Id == "PII008" && undeclaredActivity.IsMatch(diagnostic.GetMessage()))
                .Select(diagnostic => undeclaredActivity.Match(diagnostic.GetMessage()).Groups["name"].Value + "@" + Member(diagnostic))
                .ToHashSet(),
            diagnostics.Where(diagnostic => diagnostic.Id == "PII012")
                .Select(diagnostic => ActivityAt(diagnostic.Location) is { } activity ? "activity " + activity : "inline " + Member(diagnostic))
                .ToHashSet());
    }

    /// <summary>The name of the <c>[assembly: ProcessingActivity]</c> that holds <paramref name="location"/>, or <c>null</c>.</summary>
    private static string? ActivityAt(Location location)
    {
        var node = location.SourceTree!.GetRoot().FindNode(location.SourceSpan);
        return node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is { Parent: AttributeListSyntax { Target.Identifier.ValueText: "assembly" } } attribute &&
               attribute.Name.ToString() == "ProcessingActivity" &&
               attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal
            ? literal.Token.ValueText
            : null;
    }

    /// <summary>The argument name PII004 reports (<c>LegalBasis</c>) as the inventory writes it (<c>legalBasis</c>).</summary>
    private static string InventoryName(string argument) => char.ToLowerInvariant(argument[0]) + argument.Substring(1);

    /// <summary>The member (<c>Namespace.Type.Member</c>) whose declaration holds <paramref name="location"/>.</summary>
    private static string MemberAt(Compilation compilation, Location location)
    {
        var tree = location.SourceTree!;
        var node = tree.GetRoot().FindNode(location.SourceSpan);
        var declaration = node.AncestorsAndSelf().First(ancestor => ancestor is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);
        if (declaration is FieldDeclarationSyntax field)
        {
            declaration = field.Declaration.Variables[0];
        }

        var symbol = compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration)!;
        return symbol.ContainingType.ToDisplayString() + "." + symbol.Name;
    }

    private sealed record Verdicts(
        HashSet<string> Unencrypted, HashSet<string> Unlogged, HashSet<string> Incomplete, HashSet<string> UndeclaredRecipients,
        HashSet<string> IncompleteActivities, HashSet<string> UndeclaredActivities, HashSet<string> ConsentNotExplicit)
    {
        public override string ToString() => string.Join(" | ", new[] { Unencrypted, Unlogged, Incomplete, UndeclaredRecipients, IncompleteActivities, UndeclaredActivities, ConsentNotExplicit }
            .Select(set => string.Join(";", set.Order(StringComparer.Ordinal))));
    }

    /// <summary>
    /// Options as the compiler reads them from <c>.editorconfig</c> files: <c>/src/.editorconfig</c> (<c>[*.cs]</c>),
    /// <c>/src/Legacy/.editorconfig</c> (<c>[*.cs]</c>, overriding it there) and a global configuration, with the
    /// project directory the build passes.
    /// </summary>
    private sealed class ConfiguredOptions(AnalyzerConfigSet set, ImmutableDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public static ConfiguredOptions Create(string? project, string? legacyFolder, string? global)
        {
            var configs = new List<AnalyzerConfig> { AnalyzerConfig.Parse("root = true\n\n[*.cs]\n" + (project ?? string.Empty) + "\n", "/src/.editorconfig") };
            if (legacyFolder is not null)
            {
                configs.Add(AnalyzerConfig.Parse("[*.cs]\n" + legacyFolder + "\n", "/src/Legacy/.editorconfig"));
            }

            if (global is not null)
            {
                configs.Add(AnalyzerConfig.Parse("is_global = true\n" + global + "\n", "/src/.globalconfig"));
            }

            var set = AnalyzerConfigSet.Create(configs);
            return new ConfiguredOptions(set, set.GlobalConfigOptions.AnalyzerOptions
                .SetItem("build_property.MSBuildProjectDirectory", InventoryHarness.ProjectDirectory));
        }

        public override AnalyzerConfigOptions GlobalOptions => new Values(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

        private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
