using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dossier.Benchmarks.Build;

/// <summary>
/// The source of a more ordinary application than <see cref="SyntheticProject"/>: <c>entityCount</c> entity types of
/// ten properties, one in ten of them holding personal data (four tagged members with full declarations), and beside
/// every entity a service class with real method bodies: loops, LINQ, string formatting, async code and logging. One
/// untagged entity in five refers to a tagged one, as orders refer to customers, without being partial (so it gets no
/// generated code, as in an application that tags its customer and nothing else).
/// </summary>
public static class OrdinaryProject
{
    private const int EntitiesPerFile = 10;
    private const int TaggedEvery = 10;
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Globalization;\nusing System.Linq;\nusing System.Text;\n" +
                                  "using System.Threading;\nusing System.Threading.Tasks;\nusing Dossier;\nusing Microsoft.Extensions.Logging;\n\n";

    /// <summary>The files of the project, by relative path.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Create(int entityCount)
    {
        if (entityCount < TaggedEvery) throw new ArgumentOutOfRangeException(nameof(entityCount), "At least ten entities.");
        var files = new List<KeyValuePair<string, string>>();
        for (var first = 0; first < entityCount; first += EntitiesPerFile)
        {
            var fileNumber = Number(first / EntitiesPerFile);
            var text = new StringBuilder(Usings).Append("namespace Ordinary.Area").Append(fileNumber).Append(";\n\n");
            for (var n = first; n < Math.Min(first + EntitiesPerFile, entityCount); n++)
            {
                if (n % TaggedEvery == 0)
                {
                    AppendTaggedEntity(text, n);
                }
                else
                {
                    AppendEntity(text, n);
                }

                AppendService(text, n);
            }

            files.Add(new KeyValuePair<string, string>("Area" + fileNumber + ".cs", text.ToString()));
        }

        return files;
    }

    /// <summary>The tagged entity types, by full name: what System.Text.Json's generator is given for comparison.</summary>
    public static IEnumerable<string> TaggedTypeNames(int entityCount)
    {
        for (var n = 0; n < entityCount; n += TaggedEvery)
        {
            yield return "Ordinary.Area" + Number(n / EntitiesPerFile) + "." + EntityName(n);
        }
    }

    private static string Number(int value) => value.ToString("D3", CultureInfo.InvariantCulture);

    private static string EntityName(int n) => (n % TaggedEvery == 0 ? "Member" : "Item") + n.ToString(CultureInfo.InvariantCulture);

    private static void AppendTaggedEntity(StringBuilder text, int n)
    {
        // Partial, as Dossier asks of a type it generates code for (PII006 otherwise).
        text.Append("public partial class ").Append(EntityName(n)).Append("\n{\n")
            .Append("    public int Id { get; set; }\n")
            .Append("    [PersonalData(DataCategory.Name, Purpose = \"Membership\", LegalBasis = LegalBasis.Contract, Retention = \"P3Y\")]\n")
            .Append("    public string? FullName { get; set; }\n")
            .Append("    [PersonalData(DataCategory.Email, Purpose = \"Membership notices\", LegalBasis = LegalBasis.Contract, Retention = \"P3Y\")]\n")
            .Append("    public string? Email { get; set; }\n")
            .Append("    [PersonalData(DataCategory.Phone, Purpose = \"Membership notices\", LegalBasis = LegalBasis.Consent, Retention = \"P1Y\", Erasure = Erasure.Anonymize)]\n")
            .Append("    public string? Phone { get; set; }\n")
            .Append("    [PersonalData(DataCategory.DateOfBirth, Purpose = \"Age check\", LegalBasis = LegalBasis.LegalObligation, Retention = \"P3Y\")]\n")
            .Append("    public DateTime? BirthDate { get; set; }\n")
            .Append("    public string? Status { get; set; }\n")
            .Append("    public decimal Price { get; set; }\n")
            .Append("    public int Quantity { get; set; }\n")
            .Append("    public DateTime CreatedAt { get; set; }\n")
            .Append("    public bool Archived { get; set; }\n")
            .Append("}\n\n");
    }

    private static void AppendEntity(StringBuilder text, int n)
    {
        var owner = n % 5 == 3
            ? "    public Ordinary.Area" + Number(n / TaggedEvery * TaggedEvery / EntitiesPerFile) + "." + EntityName(n / TaggedEvery * TaggedEvery) + "? Owner { get; set; }\n"
            : "    public string? Sku { get; set; }\n";
        text.Append("public class ").Append(EntityName(n)).Append("\n{\n")
            .Append("    public int Id { get; set; }\n")
            .Append("    public string? Title { get; set; }\n")
            .Append("    public string? Notes { get; set; }\n")
            .Append("    public string? Status { get; set; }\n")
            .Append("    public decimal Price { get; set; }\n")
            .Append("    public int Quantity { get; set; }\n")
            .Append("    public DateTime CreatedAt { get; set; }\n")
            .Append("    public bool Archived { get; set; }\n")
            .Append("    public Guid Key { get; set; }\n")
            .Append(owner)
            .Append("}\n\n");
    }

    private static void AppendService(StringBuilder text, int n)
    {
        var entity = EntityName(n);
        text.Append("public sealed class ").Append(entity).Append("Service\n{\n")
            .Append("    private readonly ILogger _logger;\n")
            .Append("    private readonly List<").Append(entity).Append("> _items = new();\n\n")
            .Append("    public ").Append(entity).Append("Service(ILogger logger) => _logger = logger;\n\n")
            .Append("    public void Add(").Append(entity).Append(" item)\n    {\n")
            .Append("        if (item is null) throw new ArgumentNullException(nameof(item));\n")
            .Append("        if (_items.Any(existing => existing.Id == item.Id)) throw new InvalidOperationException($\"Duplicate id {item.Id}.\");\n")
            .Append("        _items.Add(item);\n")
            .Append("        _logger.LogInformation(\"Added {Id} with status {Status}\", item.Id, item.Status);\n")
            .Append("    }\n\n")
            .Append("    public decimal Total()\n    {\n")
            .Append("        decimal total = 0;\n")
            .Append("        foreach (var item in _items)\n        {\n")
            .Append("            if (!item.Archived && item.Quantity > 0)\n            {\n")
            .Append("                total += item.Price * item.Quantity;\n")
            .Append("            }\n        }\n\n")
            .Append("        return Math.Round(total, 2, MidpointRounding.AwayFromZero);\n")
            .Append("    }\n\n")
            .Append("    public IReadOnlyList<string> Summaries(int top) => _items\n")
            .Append("        .Where(item => item.Quantity > 0 && !item.Archived)\n")
            .Append("        .OrderByDescending(item => item.Price)\n")
            .Append("        .ThenBy(item => item.Id)\n")
            .Append("        .Take(top)\n")
            .Append("        .Select(item => string.Format(CultureInfo.InvariantCulture, \"{0}: {1} x {2:0.00}\", item.Id, item.Quantity, item.Price))\n")
            .Append("        .ToList();\n\n")
            .Append("    public Dictionary<string, int> CountByStatus()\n    {\n")
            .Append("        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);\n")
            .Append("        for (var i = 0; i < _items.Count; i++)\n        {\n")
            .Append("            var status = _items[i].Status ?? \"none\";\n")
            .Append("            counts[status] = counts.TryGetValue(status, out var count) ? count + 1 : 1;\n")
            .Append("        }\n\n")
            .Append("        return counts;\n")
            .Append("    }\n\n")
            .Append("    public string Describe(int id)\n    {\n")
            .Append("        var item = _items.FirstOrDefault(candidate => candidate.Id == id);\n")
            .Append("        if (item is null)\n        {\n")
            .Append("            _logger.LogWarning(\"No item {Id}\", id);\n")
            .Append("            return string.Empty;\n")
            .Append("        }\n\n")
            .Append("        var text = new StringBuilder();\n")
            .Append("        text.Append('#').Append(item.Id).Append(' ').Append(item.Status ?? \"new\");\n")
            .Append("        text.Append($\" created {item.CreatedAt:yyyy-MM-dd}, {(item.Archived ? \"archived\" : \"active\")}\");\n")
            .Append("        return text.ToString();\n")
            .Append("    }\n\n")
            .Append("    public async Task<int> ArchiveOlderThanAsync(DateTime before, CancellationToken token)\n    {\n")
            .Append("        var archived = 0;\n")
            .Append("        foreach (var item in _items.Where(candidate => candidate.CreatedAt < before && !candidate.Archived).ToList())\n        {\n")
            .Append("            token.ThrowIfCancellationRequested();\n")
            .Append("            item.Archived = true;\n")
            .Append("            archived++;\n")
            .Append("            await Task.Yield();\n")
            .Append("        }\n\n")
            .Append("        _logger.LogInformation(\"Archived {Count} items before {Before:O}\", archived, before);\n")
            .Append("        return archived;\n")
            .Append("    }\n")
            .Append("}\n\n");
    }
}
