using System.Text.Json;
using Dossier.Generators.Tests.Infrastructure;

namespace Dossier.Generators.Tests.Generation;

/// <summary>Every shape of type and member the generator supports, exported and erased for real.</summary>
public class ShapeTests
{
    private static string Scenario(string body) =>
        "public static class Scenario\n{\n    public static string Run()\n    {\n" + body + "\n    }\n}\n";

    private static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement.GetProperty("data");

    [Fact]
    public void Records_with_positional_parameters_export_and_retain()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial record Person(
                [PersonalData(DataCategory.Name, Erasure = Erasure.Retain, RetentionReason = "Contract records")] string Name,
                int Visits)
            {
                [PersonalData(DataCategory.Email)]
                public string? Email { get; set; }
            }
            """, Scenario("""
            var person = new Person("Grace", 3) { Email = "grace@example.com" };
            var json = person.ExportPersonalData().ToJson();
            var report = person.ErasePersonalData();
            return json + "\n###\n" + person.Name + "|" + (person.Email ?? "null") + "|" + report;
            """));
        var parts = result.Split("\n###\n");
        var data = Data(parts[0]);
        Assert.Equal("Grace", data.GetProperty("Name").GetProperty("value").GetString());
        Assert.False(data.TryGetProperty("Visits", out _));
        Assert.StartsWith("Grace|null|", parts[1]);
        Assert.Contains("Person.Name (Name): Contract records", parts[1]);
    }

    [Fact]
    public void Structs_nested_in_classes_are_erased_in_place()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial struct GeoPoint
            {
                [PersonalData(DataCategory.Location, Erasure = Erasure.Anonymize)] public double Latitude;
                [PersonalData(DataCategory.Location, Erasure = Erasure.Anonymize)] public double Longitude;
            }

            public partial class Outer
            {
                public partial class Visit
                {
                    public GeoPoint Where { get; set; }
                    public GeoPoint? Previous { get; set; }
                    public GeoPoint[] History { get; set; } = System.Array.Empty<GeoPoint>();
                }
            }
            """, Scenario("""
            var visit = new Outer.Visit { Where = new GeoPoint { Latitude = 51.5, Longitude = -0.12 }, Previous = new GeoPoint { Latitude = 1, Longitude = 2 }, History = new[] { new GeoPoint { Latitude = 3, Longitude = 4 } } };
            var json = visit.ExportPersonalData().ToJson();
            visit.ErasePersonalData();
            return json + "\n###\n" + visit.Where.Latitude + "," + visit.Where.Longitude + "," + visit.Previous!.Value.Latitude + "," + visit.History[0].Longitude;
            """));
        var parts = result.Split("\n###\n");
        var where = Data(parts[0]).GetProperty("Where").GetProperty("value").GetProperty("data");
        Assert.Equal(51.5, where.GetProperty("Latitude").GetProperty("value").GetDouble());
        Assert.Equal("0,0,0,0", parts[1]);
    }

    [Fact]
    public void Generic_types_and_type_parameter_members_are_exported_by_runtime_type()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial class Envelope<T>
            {
                [PersonalData(DataCategory.Communication)]
                public T? Content { get; set; }
            }

            public partial class Note
            {
                [PersonalData(DataCategory.Communication)]
                public string Text { get; set; } = "";
            }
            """, Scenario("""
            var text = new Envelope<string> { Content = "hello" }.ExportPersonalData().ToJson();
            var nested = new Envelope<Note> { Content = new Note { Text = "secret" } };
            var json = nested.ExportPersonalData().ToJson();
            nested.ErasePersonalData();
            return text + "\n###\n" + json + "\n###\n" + (nested.Content is null ? "null" : nested.Content.Text);
            """));
        var parts = result.Split("\n###\n");
        Assert.Equal("hello", Data(parts[0]).GetProperty("Content").GetProperty("value").GetString());
        Assert.Equal("secret", Data(parts[1]).GetProperty("Content").GetProperty("value").GetProperty("data").GetProperty("Text").GetProperty("value").GetString());
        Assert.Equal("null", parts[2]);
    }

    [Fact]
    public void Derived_types_include_base_members_and_override_correctly()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial class Person
            {
                [PersonalData(DataCategory.Name)] public string? Name { get; set; }
            }

            public partial class Employee : Person
            {
                [PersonalData(DataCategory.Employment)] public string? Salary { get; set; }
                public string Team { get; set; } = "";
            }

            public sealed partial class Contractor : Employee
            {
                [PersonalData(DataCategory.Financial)] public string? Rate { get; set; }
            }
            """, Scenario("""
            Person person = new Contractor { Name = "Lin", Salary = "100", Rate = "50/h", Team = "Infra" };
            var json = person.ExportPersonalData().ToJson();
            person.ErasePersonalData();
            var contractor = (Contractor)person;
            return json + "\n###\n" + (contractor.Name ?? "null") + (contractor.Salary ?? "null") + (contractor.Rate ?? "null") + contractor.Team;
            """));
        var parts = result.Split("\n###\n");
        var root = JsonDocument.Parse(parts[0]).RootElement;
        Assert.Equal("Contractor", root.GetProperty("type").GetString());
        var names = root.GetProperty("data").EnumerateObject().Select(property => property.Name).ToArray();
        Assert.Equal(new[] { "Name", "Salary", "Rate" }, names);
        Assert.Equal("nullnullnullInfra", parts[1]);
    }

    [Fact]
    public void Value_types_of_every_kind_export_in_invariant_form()
    {
        var result = GeneratorHarness.RunScenario("""
            public enum Gender { Unknown, Female, Male }

            public partial class Profile
            {
                [PersonalData(DataCategory.Identifier)] public Guid Id { get; set; }
                [PersonalData(DataCategory.DateOfBirth)] public DateOnly Born { get; set; }
                [PersonalData(DataCategory.Behavioral)] public DateTimeOffset LastSeen { get; set; }
                [PersonalData(DataCategory.Behavioral)] public TimeSpan Session { get; set; }
                [PersonalData(DataCategory.Demographic)] public Gender Gender { get; set; }
                [PersonalData(DataCategory.Demographic)] public Gender? Preferred { get; set; }
                [PersonalData(DataCategory.Financial)] public decimal Balance { get; set; }
                [PersonalData(DataCategory.Health)] public double Weight { get; set; }
                [PersonalData(DataCategory.Other)] public bool Smoker { get; set; }
                [PersonalData(DataCategory.Other)] public char Initial { get; set; }
                [PersonalData(DataCategory.Other)] public long? Points { get; set; }
                [PersonalData(DataCategory.Photo)] public byte[]? Avatar { get; set; }
                [PersonalData(DataCategory.OnlineIdentifier)] public Uri? Homepage { get; set; }
                [PersonalData(DataCategory.Behavioral)] public Dictionary<string, int> Scores { get; set; } = new();
                [PersonalData(DataCategory.Phone)] public IEnumerable<string> Phones { get; set; } = Array.Empty<string>();
                [PersonalData(DataCategory.Email)] public string[] Emails { get; set; } = Array.Empty<string>();
                [PersonalData(DataCategory.Other)] public HashSet<string> Tags { get; } = new();
                [PersonalData(DataCategory.Other)] public object? Extra { get; set; }
            }
            """, Scenario("""
            var profile = new Profile
            {
                Id = new Guid("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), Born = new DateOnly(1990, 5, 17),
                LastSeen = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)), Session = TimeSpan.FromMinutes(90),
                Gender = Gender.Female, Preferred = null, Balance = 12.50m, Weight = 61.5, Smoker = false, Initial = 'Z', Points = 42,
                Avatar = new byte[] { 1, 2, 3 }, Homepage = new Uri("https://example.com/~ada"),
                Scores = { ["chess"] = 1800 }, Phones = new List<string> { "555" }, Emails = new[] { "a@b.c" }, Extra = new List<int> { 1, 2 },
            };
            profile.Tags.Add("vip");
            var json = profile.ExportPersonalData().ToJson();
            profile.ErasePersonalData();
            return json + "\n###\n" + profile.Id + "|" + profile.Born + "|" + profile.Scores.Count + "|" + profile.Phones.Count() + "|" + profile.Emails.Length + "|" + profile.Tags.Count + "|" + (profile.Extra is null) + "|" + (profile.Avatar is null);
            """));
        var parts = result.Split("\n###\n");
        var data = Data(parts[0]);
        string Value(string name) => data.TryGetProperty(name, out var member) ? member.GetProperty("value").ToString() : throw new Xunit.Sdk.XunitException(name + " missing in " + parts[0]);
        Assert.Equal("6f9619ff-8b86-d011-b42d-00cf4fc964ff", Value("Id"));
        Assert.Equal("1990-05-17", Value("Born"));
        Assert.Equal("2024-01-02T03:04:05+01:00", Value("LastSeen"));
        Assert.Equal("01:30:00", Value("Session"));
        Assert.Equal("Female", Value("Gender"));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("Preferred").GetProperty("value").ValueKind);
        Assert.Equal("12.50", Value("Balance"));
        Assert.Equal("61.5", Value("Weight"));
        Assert.Equal("False", Value("Smoker"));
        Assert.Equal("Z", Value("Initial"));
        Assert.Equal("42", Value("Points"));
        Assert.Equal("AQID", Value("Avatar"));
        Assert.Equal("https://example.com/~ada", Value("Homepage"));
        Assert.Equal("1800", data.GetProperty("Scores").GetProperty("value").GetProperty("chess").ToString());
        Assert.Equal("555", data.GetProperty("Phones").GetProperty("value")[0].GetString());
        Assert.Equal("vip", data.GetProperty("Tags").GetProperty("value")[0].GetString());
        Assert.Equal(2, data.GetProperty("Extra").GetProperty("value").GetArrayLength());
        Assert.Equal("00000000-0000-0000-0000-000000000000|1/1/0001|0|0|0|0|True|True", parts[1].Replace("01/01/0001", "1/1/0001"));
    }

    [Fact]
    public void Cycles_are_exported_once_and_erase_terminates()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial class Node
            {
                [PersonalData(DataCategory.Name)] public string? Name { get; set; }
                public Node? Next { get; set; }
                public List<Node> Friends { get; } = new();
            }
            """, Scenario("""
            var a = new Node { Name = "a" };
            var b = new Node { Name = "b", Next = a };
            a.Next = b;
            a.Friends.Add(a);
            a.Friends.Add(b);
            var json = a.ExportPersonalData().ToJson();
            var report = a.ErasePersonalData();
            return json + "\n###\n" + (a.Name ?? "null") + (b.Name ?? "null") + "|" + report.Entries.Count;
            """));
        var parts = result.Split("\n###\n");
        Assert.Equal(2, parts[0].Split("\"$id\"").Length - 1);
        Assert.Equal("nullnull|2", parts[1]);
    }

    [Fact]
    public void Identity_tagged_members_are_exported_and_erased()
    {
        var result = GeneratorHarness.RunScenario("""
            public partial class AppUser : Microsoft.AspNetCore.Identity.IdentityUser
            {
                [PersonalData(DataCategory.Name)] public string? DisplayName { get; set; }
            }
            """, Scenario("""
            var user = new AppUser { Id = "u1", Email = "u@example.com", DisplayName = "U", SecurityStamp = "stamp" };
            var json = user.ExportPersonalData().ToJson();
            user.ErasePersonalData();
            return json + "\n###\n" + (user.Email ?? "null") + "|" + (user.SecurityStamp ?? "null");
            """));
        var parts = result.Split("\n###\n");
        Assert.Equal("u@example.com", Data(parts[0]).GetProperty("Email").GetProperty("value").GetString());
        Assert.Equal("null|stamp", parts[1]);
    }
}
