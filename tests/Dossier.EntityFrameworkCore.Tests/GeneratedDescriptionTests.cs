using System.Reflection;
using System.Runtime.CompilerServices;
using Dossier.EntityFrameworkCore.Tests.Infrastructure;
using Dossier.EntityFrameworkCore.TestSchema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dossier.EntityFrameworkCore.Tests;

/// <summary>
/// EF Core encrypts, audits and counts as personal data exactly what the descriptions Dossier generates say, the ones
/// exports and erasure use: over a schema with encrypted and audited members, a record's positional parameters, members
/// inherited from a type with generated code and from one without, and untagged members (one of them [Encrypted]).
/// Audits register the process-wide log, so this runs in the audit collection.
/// </summary>
[Collection(AuditCollection.Name)]
public sealed class GeneratedDescriptionTests : IDisposable
{
    private static readonly DossierKeyRing KeyRing = Keys.Single();

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly InMemoryPersonalDataAuditLog _log = new();

    public GeneratedDescriptionTests()
    {
        _connection.Open();
        using var context = Club();
        context.Database.EnsureCreated();
        PersonalDataAudit.Register(_log);
    }

    public void Dispose()
    {
        PersonalDataAudit.Unregister();
        _connection.Dispose();
    }

    [Fact]
    public void The_model_stores_and_audits_every_member_as_its_generated_description_says()
    {
        using var context = Club();
        var model = ModelView(context);

        Assert.Equal(DescribedView(context.Model), model);
        Assert.Equal(
            [
                "ClubMember.Allergy: personal data, audited",
                "ClubMember.ApiToken: encrypted",
                "ClubMember.Created",
                "ClubMember.Email: personal data",
                "ClubMember.Id",
                "ClubMember.Phone: personal data, audited",
                "ClubMember.Plan",
                "ClubMember.TaxNumber: personal data, encrypted",
                "ClubMember.UserName: personal data",
                "MemberCard.ClubMemberId",
                "MemberCard.Colour",
                "MemberCard.Holder: personal data, encrypted",
                "MemberCard.Id",
                "MemberCard.Photo: personal data, audited",
                "PremiumMember.Allergy: personal data, audited",
                "PremiumMember.ApiToken: encrypted",
                "PremiumMember.CardNumber: personal data, encrypted, audited",
                "PremiumMember.Created",
                "PremiumMember.Email: personal data",
                "PremiumMember.Id",
                "PremiumMember.Level",
                "PremiumMember.Phone: personal data, audited",
                "PremiumMember.Plan",
                "PremiumMember.TaxNumber: personal data, encrypted",
                "PremiumMember.UserName: personal data",
                "Visit.ClubMemberId",
                "Visit.Id",
                "Visit.Place: personal data, audited",
                "Visit.Room",
            ],
            model);
    }

    /// <summary>
    /// Types without generated code are read from their attributes: by the same rules, the attributes of a schema with
    /// generated code say what its descriptions say.
    /// </summary>
    [Fact]
    public void Attributes_read_where_no_code_was_generated_say_what_the_generated_descriptions_say()
    {
        using var context = Club();

        var fromAttributes = Lines(context.Model, (type, property) =>
        {
            var facts = PersonalDataAttributeFallback.Read(MemberOf(property));
            return (facts.IsPersonalData, facts.Encrypted, facts.Audited);
        });

        Assert.Equal(DescribedView(context.Model), fromAttributes);
    }

    [Fact]
    public void Every_entity_type_with_generated_code_is_found_by_type_as_its_objects_describe_it()
    {
        using var context = Club();
        foreach (var type in context.Model.GetEntityTypes().Select(entityType => entityType.ClrType))
        {
            Assert.Same(((IPersonalData)RuntimeHelpers.GetUninitializedObject(type)).PersonalDataType, PersonalDataType.Of(type));
        }

        Assert.Null(PersonalDataType.Of(typeof(LibraryAccount)));
        Assert.Null(PersonalDataType.Of(typeof(Model.Customer)));
    }

    /// <summary>
    /// What the model does with each mapped member, one line per entity type and member: whether the audit interceptor
    /// and the key of the audit events treat it as personal data, whether its column is encrypted, whether saving a new
    /// row records a write of it.
    /// </summary>
    private List<string> ModelView(ClubContext context)
    {
        var member = new ClubMember { Email = "e", TaxNumber = "t", Allergy = "a", Phone = "p", ApiToken = "k", UserName = "u" };
        var premium = new PremiumMember { Email = "e2", TaxNumber = "t2", Allergy = "a2", Phone = "p2", CardNumber = "c", UserName = "u2" };

        // Only the interceptor's writes: setting an audited partial property above was recorded by its accessor.
        _log.Clear();
        context.AddRange(member, premium);
        context.SaveChanges();
        context.AddRange(new MemberCard(0, member.Id, "h", [1], "red"), new Visit { ClubMemberId = member.Id, Place = "pool", Room = "3" });
        context.SaveChanges();
        var written = _log.Events.Where(audit => audit.Kind == PersonalDataAccessKind.Write)
            .Select(audit => audit.TypeName[(audit.TypeName.LastIndexOf('.') + 1)..] + "." + audit.Member)
            .ToHashSet();

        return Lines(context.Model, (type, property) => (
            PersonalDataFacts.Of(type.ClrType, MemberOf(property)).IsPersonalData,
            property.IsDossierEncrypted(),
            written.Contains(type.ClrType.Name + "." + property.Name)));
    }

    /// <summary>The same lines from the generated descriptions, found through objects, as exports find them.</summary>
    private static List<string> DescribedView(IModel model) => Lines(model, (type, property) =>
    {
        var described = Described(type.ClrType, property.Name);
        return described is null
            ? (false, MemberOf(property).IsDefined(typeof(EncryptedAttribute)), false)
            : (true, described.Encrypted, described.AuditRequested);
    });

    /// <summary>
    /// The tagged member named <paramref name="name"/> in the description of <paramref name="type"/> or of the nearest
    /// base type that lists it. A base type without generated code has no description: the type deriving from it lists
    /// its members. <see cref="EncryptedAttribute"/> on a member that is not personal data is in no description.
    /// </summary>
    private static PersonalDataMember? Described(Type type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsAbstract || !typeof(IPersonalData).IsAssignableFrom(current))
            {
                continue;
            }

            var description = ((IPersonalData)RuntimeHelpers.GetUninitializedObject(current)).PersonalDataType;
            if (description.FullName == current.FullName &&
                description.Members.FirstOrDefault(member => member.Name == name) is { IsTagged: true } described)
            {
                return described;
            }
        }

        return null;
    }

    private static List<string> Lines(IModel model, Func<IEntityType, IProperty, (bool PersonalData, bool Encrypted, bool Audited)> facts) =>
        model.GetEntityTypes()
            .SelectMany(type => type.GetProperties()
                .Where(property => !property.IsShadowProperty())
                .Select(property => Line(type.ClrType.Name + "." + property.Name, facts(type, property))))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Line(string member, (bool PersonalData, bool Encrypted, bool Audited) facts)
    {
        var said = new List<string>();
        if (facts.PersonalData) said.Add("personal data");
        if (facts.Encrypted) said.Add("encrypted");
        if (facts.Audited) said.Add("audited");
        return said.Count == 0 ? member : member + ": " + string.Join(", ", said);
    }

    private static MemberInfo MemberOf(IProperty property) => (MemberInfo?)property.PropertyInfo ?? property.FieldInfo!;

    private ClubContext Club() => new(
        new DbContextOptionsBuilder<ClubContext>().UseSqlite(_connection).UseDossierAudit().Options, KeyRing);
}
