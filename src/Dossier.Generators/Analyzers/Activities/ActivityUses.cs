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
    private readonly ILookup<SyntaxTree?, (RepeatedGroup Group, InlineDeclaration Member)> groupsByTree;

    private ActivityUses(Dictionary<string, List<string>> specialMembers, Dictionary<ISymbol, (RepeatedGroup, InlineDeclaration)> groups)
    {
        this.specialMembers = specialMembers;
        this.groups = groups;
        groupsByTree = this.groups.Values.ToLookup(entry => entry.Member.Location.SourceTree);
    }

    /// <summary>
    /// The index of <paramref name="compilation"/>, built once, on first use. The threads that ask while it is being
    /// built share the walk, each reading the types no other has taken yet, rather than one walking while the others
    /// wait. A thread that is cancelled gives back the type it was reading, and whoever asks next reads it.
    /// </summary>
    public static ActivityUses For(Compilation compilation, CancellationToken cancellationToken)
    {
        var holder = s_byCompilation.GetValue(compilation, _ => new Holder());
        if (Volatile.Read(ref holder.Value) is { } built)
        {
            return built;
        }

        Walk walk;
        lock (holder)
        {
            if (holder.Value is { } value)
            {
                return value;
            }

            walk = holder.Walk ??= Walk.Start(compilation, cancellationToken);
        }

        walk.Share(cancellationToken);
        lock (holder)
        {
            if (holder.Value is null)
            {
                holder.Value = walk.Finish(compilation);
                holder.Walk = null;
            }

            return holder.Value;
        }
    }

    /// <summary>Whether a member or type names the activity.</summary>
    public bool IsUsed(string activity) => specialMembers.ContainsKey(activity);

    /// <summary>The special-category members ("Type.Member") that serve the activity, in order; empty when none does.</summary>
    public IReadOnlyList<string> SpecialMembersOf(string activity) =>
        specialMembers.TryGetValue(activity, out var members) ? members : (IReadOnlyList<string>)Array.Empty<string>();

    /// <summary>The members whose tagging attribute is written in <paramref name="tree"/> and repeats others', each with its group.</summary>
    public IEnumerable<(RepeatedGroup Group, InlineDeclaration Member)> RepeatedIn(SyntaxTree tree) => groupsByTree[tree];

    /// <summary>
    /// The group of the member whose tagging attribute is at <paramref name="span"/> of the file <paramref name="path"/>,
    /// or <c>null</c>: how PII013's fix finds the whole group from one diagnostic without the diagnostic carrying it.
    /// </summary>
    public RepeatedGroup? GroupAt(string? path, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        groups.Values.FirstOrDefault(entry =>
            entry.Member.Location.SourceSpan == span && string.Equals(entry.Member.Location.SourceTree?.FilePath, path, StringComparison.Ordinal)).Group;

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
        public Walk? Walk;
    }

    /// <summary>What one type says: the activity names it and its members use, its special-category members' uses, and its members' inline declarations.</summary>
    private sealed class TypePart
    {
        public List<string> Used { get; } = new();

        public List<(string Activity, string Member)> Special { get; } = new();

        public List<InlineDeclaration> Inline { get; } = new();

        public static TypePart Read(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
        {
            var part = new TypePart();
            if (!WritesAttributes(type, cancellationToken))
            {
                return part;
            }

            foreach (var name in AttributeReader.TypeActivities(type) ?? default)
            {
                part.Used.Add(name);
            }

            foreach (var symbol in type.GetMembers())
            {
                if (symbol is not (IPropertySymbol or IFieldSymbol) || TaggedMember.From(symbol, compilation, cancellationToken) is not { Tag.Source: TagSource.Dossier } member)
                {
                    continue;
                }

                var display = type.Name + "." + symbol.Name;
                var special = CategoryPolicy.IsSpecial(member.Tag.Category);
                foreach (var name in AttributeReader.ActivitiesOf(member.Tag, symbol))
                {
                    part.Used.Add(name);
                    if (special)
                    {
                        part.Special.Add((name, display));
                    }
                }

                if (InlineDeclaration.From(member, display) is { } declaration)
                {
                    part.Inline.Add(declaration);
                }
            }

            return part;
        }
    }

    /// <summary>
    /// The walk over a compilation's source types, shared by the threads that ask for its index: each takes the next
    /// type no thread has taken, and a thread that runs out of types waits only for those still being read.
    /// </summary>
    private sealed class Walk
    {
        private const int Free = 0;
        private const int Taken = 1;
        private const int Read = 2;

        private readonly Compilation compilation;
        private readonly INamedTypeSymbol[] types;
        private readonly TypePart?[] parts;
        private readonly int[] states;
        private readonly object sync = new();
        private int next;
        private int remaining;

        private Walk(Compilation compilation, INamedTypeSymbol[] types)
        {
            this.compilation = compilation;
            this.types = types;
            parts = new TypePart?[types.Length];
            states = new int[types.Length];
            remaining = types.Length;
        }

        /// <summary>The walk over every source type of <paramref name="compilation"/>, nested ones included; listing them binds nothing.</summary>
        public static Walk Start(Compilation compilation, CancellationToken cancellationToken)
        {
            var found = new List<INamedTypeSymbol>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = pending.Pop();
                foreach (var nested in current.GetTypeMembers())
                {
                    pending.Push(nested);
                }

                if (current is INamespaceSymbol ns)
                {
                    foreach (var child in ns.GetNamespaceMembers())
                    {
                        pending.Push(child);
                    }
                }
                else
                {
                    found.Add((INamedTypeSymbol)current);
                }
            }

            return new Walk(compilation, found.ToArray());
        }

        /// <summary>Reads types until none is left to take, then waits for those other threads are reading.</summary>
        public void Share(CancellationToken cancellationToken)
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next) - 1;
                if (index >= types.Length)
                {
                    break;
                }

                TryRead(index, cancellationToken);
            }

            while (Volatile.Read(ref remaining) > 0)
            {
                // A type given back by a cancelled thread is free again: read it here rather than wait for it.
                for (var index = 0; index < types.Length; index++)
                {
                    TryRead(index, cancellationToken);
                }

                lock (sync)
                {
                    if (remaining > 0)
                    {
                        Monitor.Wait(sync, 50);
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        /// <summary>The index, from every type's part, in the order the types were listed.</summary>
        public ActivityUses Finish(Compilation compilation)
        {
            var special = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            var inline = new List<InlineDeclaration>();
            foreach (var part in parts)
            {
                foreach (var name in part!.Used)
                {
                    Use(special, name);
                }

                foreach (var (activity, member) in part.Special)
                {
                    Use(special, activity).Add(member);
                }

                inline.AddRange(part.Inline);
            }

            return new ActivityUses(
                special.ToDictionary(pair => pair.Key, pair => pair.Value.ToList(), StringComparer.Ordinal),
                RepeatedGroup.Find(inline, ActivityDeclarations.Read(compilation.Assembly).Select(activity => activity.Name)));
        }

        private void TryRead(int index, CancellationToken cancellationToken)
        {
            if (Interlocked.CompareExchange(ref states[index], Taken, Free) != Free)
            {
                return;
            }

            TypePart part;
            try
            {
                part = TypePart.Read(types[index], compilation, cancellationToken);
            }
            catch
            {
                // Cancelled, or failed on code it cannot read: the type is free again for the next thread, and none waits for it.
                Volatile.Write(ref states[index], Free);
                Signal();
                throw;
            }

            parts[index] = part;
            Volatile.Write(ref states[index], Read);
            if (Interlocked.Decrement(ref remaining) == 0)
            {
                Signal();
            }
        }

        private void Signal()
        {
            lock (sync)
            {
                Monitor.PulseAll(sync);
            }
        }
    }
}
