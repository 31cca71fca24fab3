using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Dossier.Generators.Analyzers.Declarations;
using Dossier.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dossier.Generators.Analyzers.Activities;

/// <summary>
/// What the members and types of a compilation say about processing activities, read once per compilation by a walk
/// over its source types: which activity names they use, which special-category members serve each, and which members
/// repeat the same inline purpose and legal basis. The activity rules need the whole compilation to answer, yet report
/// where the IDE shows diagnostics as code is typed (on a member, or in the file of a declaration), so they ask this
/// index instead of waiting for the end of the compilation.
/// </summary>
internal sealed class ActivityUses
{
    private static readonly ConditionalWeakTable<Compilation, Holder> s_byCompilation = new();

    private readonly Dictionary<string, List<string>> specialMembers;
    private readonly Dictionary<ISymbol, (RepeatedGroup Group, InlineDeclaration Member)> groups;

    private ActivityUses(Dictionary<string, List<string>> specialMembers, Dictionary<ISymbol, (RepeatedGroup, InlineDeclaration)> groups)
    {
        this.specialMembers = specialMembers;
        this.groups = groups;
    }

    /// <summary>
    /// The index of <paramref name="compilation"/>, built once, on first use: the analyzers' threads that ask meanwhile
    /// wait for it rather than each walking the compilation. A walk that is cancelled stores nothing, and the next
    /// caller walks again.
    /// </summary>
    public static ActivityUses For(Compilation compilation, CancellationToken cancellationToken)
    {
        var holder = s_byCompilation.GetValue(compilation, _ => new Holder());
        if (Volatile.Read(ref holder.Value) is { } built)
        {
            return built;
        }

        lock (holder)
        {
            return holder.Value ??= Build(compilation, cancellationToken);
        }
    }

    /// <summary>Whether a member or type names the activity.</summary>
    public bool IsUsed(string activity) => specialMembers.ContainsKey(activity);

    /// <summary>The special-category members ("Type.Member") that serve the activity, in order; empty when none does.</summary>
    public IReadOnlyList<string> SpecialMembersOf(string activity) =>
        specialMembers.TryGetValue(activity, out var members) ? members : (IReadOnlyList<string>)Array.Empty<string>();

    /// <summary>The group of members that repeat the member's inline purpose and legal basis, or <c>null</c> when it repeats nobody's.</summary>
    public RepeatedGroup? GroupOf(ISymbol member) => groups.TryGetValue(member, out var entry) ? entry.Group : null;

    /// <summary>The member's inline declaration as its group holds it, or <c>null</c> when it is in no group.</summary>
    public InlineDeclaration? DeclarationOf(ISymbol member) => groups.TryGetValue(member, out var entry) ? entry.Member : null;

    /// <summary>
    /// The group of the member whose tagging attribute is at <paramref name="span"/> of the file <paramref name="path"/>,
    /// or <c>null</c>: how PII013's fix finds the whole group from one diagnostic without the diagnostic carrying it.
    /// </summary>
    public RepeatedGroup? GroupAt(string? path, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        groups.Values.FirstOrDefault(entry =>
            entry.Member.Location.SourceSpan == span && string.Equals(entry.Member.Location.SourceTree?.FilePath, path, StringComparison.Ordinal)).Group;

    private static ActivityUses Build(Compilation compilation, CancellationToken cancellationToken)
    {
        var special = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var inline = new List<InlineDeclaration>();
        var types = new Stack<INamespaceOrTypeSymbol>();
        types.Push(compilation.Assembly.GlobalNamespace);
        while (types.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = types.Pop();
            foreach (var nested in current.GetTypeMembers())
            {
                types.Push(nested);
            }

            if (current is INamespaceSymbol ns)
            {
                foreach (var child in ns.GetNamespaceMembers())
                {
                    types.Push(child);
                }

                continue;
            }

            var type = (INamedTypeSymbol)current;
            if (!WritesAttributes(type, cancellationToken))
            {
                continue;
            }

            foreach (var name in AttributeReader.TypeActivities(type) ?? default)
            {
                Use(special, name);
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && TaggedMember.From(member, cancellationToken) is { Tag.Source: TagSource.Dossier } tagged)
                {
                    Read(tagged, special, inline);
                }
            }
        }

        return new ActivityUses(
            special.ToDictionary(pair => pair.Key, pair => pair.Value.ToList(), StringComparer.Ordinal),
            RepeatedGroup.Find(inline, ActivityDeclarations.Read(compilation.Assembly).Select(activity => activity.Name)));
    }

    /// <summary>
    /// Whether any declaration of <paramref name="type"/> writes an attribute on the type, on a member it declares or on
    /// a parameter of its own (a record's positional property is tagged there): read from syntax, so that the walk
    /// builds the members of, and binds the attributes of, only the types that can tag or name an activity.
    /// </summary>
    private static bool WritesAttributes(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not MemberDeclarationSyntax declaration || declaration.AttributeLists.Count > 0)
            {
                return true;
            }

            if (declaration is TypeDeclarationSyntax typeDeclaration &&
                (typeDeclaration.ParameterList?.Parameters.Any(parameter => parameter.AttributeLists.Count > 0) == true ||
                 typeDeclaration.Members.Any(member => member is not BaseTypeDeclarationSyntax && member.AttributeLists.Count > 0)))
            {
                return true;
            }

            if (declaration is EnumDeclarationSyntax enumDeclaration && enumDeclaration.Members.Any(member => member.AttributeLists.Count > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static void Read(TaggedMember member, Dictionary<string, SortedSet<string>> special, List<InlineDeclaration> inline)
    {
        var display = member.Symbol.ContainingType is { } containing ? containing.Name + "." + member.Symbol.Name : member.Symbol.Name;
        foreach (var name in AttributeReader.ActivitiesOf(member.Tag, member.Symbol))
        {
            var members = Use(special, name);
            if (CategoryPolicy.IsSpecial(member.Tag.Category))
            {
                members.Add(display);
            }
        }

        if (InlineDeclaration.From(member, display) is { } declaration)
        {
            inline.Add(declaration);
        }
    }

    private static SortedSet<string> Use(Dictionary<string, SortedSet<string>> special, string name)
    {
        if (!special.TryGetValue(name, out var members))
        {
            special[name] = members = new SortedSet<string>(StringComparer.Ordinal);
        }

        return members;
    }

    private sealed class Holder
    {
        public ActivityUses? Value;
    }
}
