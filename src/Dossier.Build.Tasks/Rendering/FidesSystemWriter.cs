using System;
using System.Collections.Generic;
using System.Linq;
using Dossier.Generators.Inventory;

namespace Dossier.Build.Tasks.Rendering;

/// <summary>
/// Writes the processing activities as a fideslang 3.1 <c>system</c> whose <c>privacy_declarations</c> are the
/// activities, each with its <c>data_use</c>, <c>data_categories</c> and <c>data_subjects</c>, its legal basis,
/// retention, special category and third parties; and the <c>data_use</c> and <c>data_subject</c> resources those
/// name that fideslang's default taxonomy does not have. A purpose in words cannot be mapped onto fideslang's data
/// uses without guessing, so each activity is a data use of its own (<c>dossier_sign_in</c>) that the file defines,
/// with the purpose as its description; a Fides user can give it a parent in their taxonomy. A data subject whose
/// name is one of fideslang's (<c>customer</c>, <c>employee</c>) is that one; any other is defined here.
/// </summary>
internal static class FidesSystemWriter
{
    /// <summary>fideslang's default data subjects (3.1), which need no definition.</summary>
    public static readonly IReadOnlyCollection<string> DefaultDataSubjects = new HashSet<string>(StringComparer.Ordinal)
    {
        "anonymous_user", "citizen_voter", "commuter", "consultant", "customer", "employee", "job_applicant", "next_of_kin", "passenger",
        "patient", "prospect", "shareholder", "supplier_vendor", "trainee", "visitor",
    };

    /// <summary>fideslang's <c>LegalBasisForProcessingEnum</c> (Art. 6(1)) for Dossier's legal bases; explicit consent is consent under Art. 6.</summary>
    private static readonly Dictionary<string, string> LegalBases = new(StringComparer.Ordinal)
    {
        ["Consent"] = "Consent",
        ["ExplicitConsent"] = "Consent",
        ["Contract"] = "Contract",
        ["LegalObligation"] = "Legal obligations",
        ["VitalInterests"] = "Vital interests",
        ["PublicTask"] = "Public interest",
        ["LegitimateInterests"] = "Legitimate interests",
    };

    public static void Write(FidesDatasetWriter.YamlWriter yaml, InventoryDocument inventory, string datasetKey)
    {
        var activities = inventory.Activities.OrderBy(activity => activity.Name, StringComparer.Ordinal).ThenBy(activity => activity.Declared ? 0 : 1).ToList();
        var useKeys = FidesKeys.Distinct(activities.Select(activity => "dossier_" + FidesKeys.From(activity.Name, "activity")));
        var subjects = activities.SelectMany(activity => activity.DataSubjects).Distinct().OrderBy(name => name, StringComparer.Ordinal).ToList();
        var subjectKeys = subjects.ToDictionary(name => name, SubjectKey, StringComparer.Ordinal);
        var transfers = activities.SelectMany(activity => activity.Transfers).Distinct().ToList();
        var safeguards = transfers.Select(name => inventory.Recipients.FirstOrDefault(recipient => recipient.Name == name)?.TransferSafeguard)
            .Where(safeguard => !string.IsNullOrWhiteSpace(safeguard)).Select(safeguard => safeguard!).Distinct().OrderBy(text => text, StringComparer.Ordinal).ToList();

        yaml.Key(0, "system").Item(0).Pair(1, "fides_key", datasetKey)
            .Pair(1, "name", inventory.Assembly)
            .Pair(1, "description", "The processing activities of " + inventory.Assembly + ", from Dossier's inventory (GDPR Art. 30 record of processing).")
            .Pair(1, "system_type", "Application")
            .Key(1, "dataset_references").Item(1, datasetKey)
            .Pair(1, "does_international_transfers", transfers.Count > 0 ? "true" : "false", quote: false);
        List(yaml, 1, "legal_basis_for_transfers", safeguards);
        if (activities.Count == 0)
        {
            yaml.EmptyList(1, "privacy_declarations");
        }
        else
        {
            yaml.Key(1, "privacy_declarations");
            for (var i = 0; i < activities.Count; i++)
            {
                WriteDeclaration(yaml, activities[i], useKeys[i], subjectKeys, datasetKey);
            }
        }

        if (activities.Count > 0)
        {
            yaml.Key(0, "data_use");
            for (var i = 0; i < activities.Count; i++)
            {
                yaml.Item(0).Pair(1, "fides_key", useKeys[i]).Pair(1, "name", activities[i].Name)
                    .Pair(1, "description", activities[i].Purpose is { Length: > 0 } purpose ? purpose : "Purpose not declared.");
            }
        }

        var custom = subjects.Where(name => !DefaultDataSubjects.Contains(subjectKeys[name])).GroupBy(name => subjectKeys[name]).Select(same => same.First()).ToList();
        if (custom.Count > 0)
        {
            yaml.Key(0, "data_subject");
            foreach (var name in custom)
            {
                yaml.Item(0).Pair(1, "fides_key", subjectKeys[name]).Pair(1, "name", name)
                    .Pair(1, "description", "Data subjects of " + inventory.Assembly + " named " + name + " in Dossier's inventory.");
            }
        }
    }

    private static void WriteDeclaration(FidesDatasetWriter.YamlWriter yaml, InventoryActivity activity, string useKey, IReadOnlyDictionary<string, string> subjectKeys, string datasetKey)
    {
        yaml.Item(1).Pair(2, "name", activity.Name).Pair(2, "data_use", useKey);
        List(yaml, 2, "data_categories", activity.Categories.Select(category => FidesCategories.For(category.Category)).Distinct().OrderBy(key => key, StringComparer.Ordinal).ToList());
        List(yaml, 2, "data_subjects", activity.DataSubjects.Select(name => subjectKeys[name]).Distinct().OrderBy(key => key, StringComparer.Ordinal).ToList());
        yaml.Key(2, "dataset_references").Item(2, datasetKey);
        if (LegalBases.TryGetValue(activity.LegalBasis, out var basis))
        {
            yaml.Pair(2, "legal_basis_for_processing", basis);
        }

        if (!string.IsNullOrWhiteSpace(activity.Retention))
        {
            yaml.Pair(2, "retention_period", activity.Retention!);
        }

        var special = activity.Categories.Any(category => category.IsSpecialCategory);
        yaml.Pair(2, "processes_special_category_data", special ? "true" : "false", quote: false);
        if (special && activity.LegalBasis == "ExplicitConsent")
        {
            yaml.Pair(2, "special_category_legal_basis", "Explicit consent");
        }

        yaml.Pair(2, "data_shared_with_third_parties", activity.Recipients.Count > 0 ? "true" : "false", quote: false);
        if (activity.Recipients.Count > 0)
        {
            yaml.Pair(2, "third_parties", string.Join(", ", activity.Recipients));
        }
    }

    private static string SubjectKey(string name)
    {
        var key = FidesKeys.From(name, "data_subject");
        return DefaultDataSubjects.Contains(key) ? key : "dossier_" + key;
    }

    private static void List(FidesDatasetWriter.YamlWriter yaml, int indent, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            yaml.EmptyList(indent, key);
            return;
        }

        yaml.Key(indent, key);
        foreach (var value in values)
        {
            yaml.Item(indent, value);
        }
    }
}
