using System.Text.Json;

namespace Dossier.Generators.Tests.Robustness;

/// <summary>
/// Exception messages end up in logs, error pages and bug trackers, none of which may hold personal data: every
/// exception the runtime throws, on objects full of known personal values, names types and members but no value.
/// </summary>
public class ExceptionMessageTests(ErasureModel model) : IClassFixture<ErasureModel>
{
    private static readonly string[] Secrets = { "ada@example.com", "Ada Lovelace", "DE-813-990-442", "DE89370400440532013000", "s3cret-password" };

    public static TheoryData<string> Triggers => new()
    {
        "erasure without a pseudonymization key",
        "export of a graph too deep",
        "streaming export of a graph too deep",
        "erasure of a graph too deep",
        "pseudonymization key too short",
        "streaming export to a writer that allows less depth",
        "export of nothing",
        "erasure of nothing",
        "erasure scoped to an undeclared activity",
    };

    [Theory]
    [MemberData(nameof(Triggers))]
    public void No_exception_message_holds_a_personal_value(string trigger)
    {
        var person = Person();
        var thrown = Record.Exception(() => Trigger(trigger, person));

        Assert.NotNull(thrown);
        var everything = thrown.ToString() + string.Join("\n", thrown.Data.Values.Cast<object>());
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    private void Trigger(string trigger, object person)
    {
        switch (trigger)
        {
            case "erasure without a pseudonymization key":
                ErasureModel.Erase(person, new ErasureOptions());
                break;
            case "export of a graph too deep":
                ErasureModel.Export(Chain(person));
                break;
            case "streaming export of a graph too deep":
                ExportModel.Stream(Chain(person), new JsonWriterOptions { MaxDepth = int.MaxValue });
                break;
            case "erasure of a graph too deep":
                ErasureModel.Erase(Chain(person));
                break;
            case "pseudonymization key too short":
                _ = new ErasureOptions { PseudonymizationKey = System.Text.Encoding.UTF8.GetBytes(Secrets[0][..8]) };
                break;
            case "streaming export to a writer that allows less depth":
                ExportModel.Stream(Chain(person, 40), new JsonWriterOptions { MaxDepth = 16 });
                break;
            case "export of nothing":
                PersonalDataExport.ToRecord(null!);
                break;
            case "erasure scoped to an undeclared activity":
                ErasureModel.Erase(person, new ErasureOptions().ForActivity("Newsletter"));
                break;
            default:
                PersonalDataEraser.Begin(null!, person, null);
                break;
        }
    }

    private object Person()
    {
        var person = Activator.CreateInstance(model.Customer)!;
        Set(person, "Email", Secrets[0]);
        Set(person, "Name", Secrets[1]);
        Set(person, "TaxId", Secrets[2]);
        Set(person, "Iban", Secrets[3]);
        Set(person, "Password", Secrets[4]);
        Set(person, "Salutation", Secrets[1]);
        return person;
    }

    /// <summary>A chain of friends, each holding the same personal values, deeper than exports follow.</summary>
    private object Chain(object root, int depth = PersonalDataVisitor.MaxDepth + 10)
    {
        var current = root;
        for (var i = 0; i < depth; i++)
        {
            var next = Person();
            Set(current, "Friend", next);
            current = next;
        }

        return root;
    }

    private static void Set(object target, string property, object? value) => target.GetType().GetProperty(property)!.SetValue(target, value);
}
