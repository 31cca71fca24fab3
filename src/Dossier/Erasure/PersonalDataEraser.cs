using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dossier;

/// <summary>
/// Carries one erasure through an object graph: generated <c>ErasePersonalData</c> methods report each member
/// to it, it pseudonymizes values with the application's key, visits every object once, and builds the
/// <see cref="ErasureReport"/>. Not thread-safe; each erasure uses its own.
/// </summary>
public sealed partial class PersonalDataEraser : IDisposable
{
    /// <summary>The deepest nesting of objects erasure follows before it stops with an error.</summary>
    public const int MaxDepth = PersonalDataVisitor.MaxDepth;

    private static readonly PersonalDataActivity[] NoActivities = new PersonalDataActivity[0];

    private readonly PersonalDataType _subject;
    private readonly byte[]? _key;
    private readonly string? _activity;
    private readonly List<ErasureReportEntry> _entries = new();
    private readonly HashSet<object> _visited = new(ReferenceIdentity.Instance);
    // The path of each object entered, from the subject down: a member's path is the last one plus its name.
    private readonly List<string> _path = new();
    private HMACSHA256? _hmac;

    private PersonalDataEraser(PersonalDataType subject, object? root, ErasureOptions options)
    {
        _subject = subject;
        _key = options.Key;
        _activity = options.Activity;
        _path.Add(subject.Name);
        if (root is not null and not ValueType)
        {
            _visited.Add(root);
        }
    }

    /// <summary>
    /// Starts erasing <paramref name="root"/> and records the erasure in the <see cref="PersonalDataAudit"/> log.
    /// Fails before anything changes when the erasure is scoped to an activity the subject's assembly does not declare,
    /// when the type pseudonymizes and no key is set, or when the log throws.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="ErasureOptions.Activity"/> names no activity declared in the assembly of <paramref name="subject"/>.</exception>
    /// <exception cref="PseudonymizationKeyMissingException">Pseudonymization is needed and no key is set.</exception>
    public static PersonalDataEraser Begin(PersonalDataType subject, object? root, ErasureOptions? options)
    {
        if (subject is null) throw new ArgumentNullException(nameof(subject));
        options ??= ErasureOptions.Default;
        if (options.Activity is { } activity && subject.ActivityCatalog?.Find(activity) is null)
        {
            throw UnknownActivity(subject, activity);
        }

        if (subject.RequiresPseudonymizationKey && options.Key is null)
        {
            throw new PseudonymizationKeyMissingException(subject.Name);
        }

        // Recorded before anything changes: a log that cannot record stops the erasure instead of losing the event.
        if (root is IPersonalData personalData)
        {
            PersonalDataAudit.RecordSubject(PersonalDataAccessKind.Erase, personalData, options.Activity);
        }
        else
        {
            PersonalDataAudit.RecordErasure(subject, options.Activity);
        }

        return new PersonalDataEraser(subject, root, options);
    }

    /// <summary>
    /// Erases <paramref name="subject"/> and everything it reaches, and returns what was done: <see cref="Begin"/>,
    /// the subject's own erasure, <see cref="Complete"/>. What a class's generated <c>ErasePersonalData</c> calls;
    /// a struct erases itself in place instead, since <paramref name="subject"/> would be a boxed copy.
    /// </summary>
    /// <exception cref="PseudonymizationKeyMissingException">Pseudonymization is needed and no key is set.</exception>
    public static ErasureReport Erase(IPersonalData subject, ErasureOptions? options)
    {
        if (subject is null) throw new ArgumentNullException(nameof(subject));
        var eraser = Begin(subject.PersonalDataType, subject, options);
        subject.ErasePersonalData(eraser);
        return eraser.Complete();
    }

    /// <summary>Ends the erasure and returns what it did.</summary>
    public ErasureReport Complete()
    {
        Dispose();
        return new ErasureReport(_subject, _activity, _entries.ToArray());
    }

    /// <summary>
    /// Whether this is a full erasure, not one scoped to a processing activity (<see cref="ErasureOptions.Activity"/>).
    /// Generated code applies the strategy of a member that serves no single activity only then; code that implements
    /// <see cref="IPersonalData.ErasePersonalData"/> by hand must do the same.
    /// </summary>
    public bool IsFull => _activity is null;

    /// <summary>The processing activity this erasure is scoped to, or <c>null</c> for a full erasure.</summary>
    public string? Activity => _activity;

    /// <summary>
    /// Whether members that serve <paramref name="activity"/> and nothing else are erased: in a full erasure, and in one
    /// scoped to that activity. Generated code applies such members' strategies only then; code that implements
    /// <see cref="IPersonalData.ErasePersonalData"/> by hand must do the same.
    /// </summary>
    public bool ErasesActivity(string activity) => _activity is null || string.Equals(_activity, activity, StringComparison.Ordinal);

    /// <inheritdoc />
    public void Dispose()
    {
        _hmac?.Dispose();
        _hmac = null;
    }

    /// <summary>
    /// Records that <paramref name="member"/> was deleted, anonymized or pseudonymized; in an erasure scoped to an
    /// activity, only when the member serves that activity alone, and as kept when it serves others too.
    /// </summary>
    public void Erased(PersonalDataMember member) => Record(member);

    /// <summary>Records that <paramref name="member"/> was kept (<see cref="Erasure.Retain"/>), as <see cref="Erased(PersonalDataMember)"/> does.</summary>
    public void Retained(PersonalDataMember member) => Record(member);

    /// <summary>Erases a nested object, unless this erasure has reached it before.</summary>
    public void Nested(PersonalDataMember member, IPersonalData? value)
    {
        if (value is null || !_visited.Add(value))
        {
            return;
        }

        Enter(member.Name);
        value.ErasePersonalData(this);
        Leave();
    }

    /// <summary>Erases a nested value type and returns the erased copy, to be stored back.</summary>
    public T NestedValue<T>(PersonalDataMember member, T value) where T : struct, IPersonalData
    {
        Enter(member.Name);
        value.ErasePersonalData(this);
        Leave();
        return value;
    }

    /// <summary>Erases every object in a collection.</summary>
    public void Each(PersonalDataMember member, IEnumerable<IPersonalData?>? items)
    {
        if (items is null)
        {
            return;
        }

        var index = 0;
        foreach (var item in items)
        {
            if (item is not null && _visited.Add(item))
            {
                Enter(Indexed(member.Name, index));
                item.ErasePersonalData(this);
                Leave();
            }

            index++;
        }
    }

    /// <summary>Erases every value-type item of a list in place.</summary>
    public void EachValue<T>(PersonalDataMember member, IList<T>? items) where T : struct, IPersonalData
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            Enter(Indexed(member.Name, i));
            item.ErasePersonalData(this);
            Leave();
            items[i] = item;
        }
    }

    /// <summary>Erases a value whose type is only known at run time, when it holds personal data.</summary>
    public void Dynamic(PersonalDataMember member, object? value)
    {
        switch (value)
        {
            case IPersonalData nested:
                Nested(member, nested);
                break;
            case IDictionary dictionary:
                var index = 0;
                foreach (DictionaryEntry entry in dictionary)
                {
                    Dynamic(member, Indexed(member.Name, index++), entry.Value);
                }

                break;
            case IEnumerable items when value is not string:
                var position = 0;
                foreach (var item in items)
                {
                    Dynamic(member, Indexed(member.Name, position++), item);
                }

                break;
        }
    }

    /// <summary>Replaces every item of a list (or array) in place.</summary>
    public static void ReplaceEach<T>(IList<T>? items, Func<T, T> replace)
    {
        if (items is null || replace is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            items[i] = replace(items[i]);
        }
    }

    /// <summary>A keyed, stable, irreversible token for a string: <c>pn_</c> and 22 URL-safe characters.</summary>
    public string Pseudonymize(string value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        var hash = Hash(1, Encoding.UTF8.GetBytes(value));
        return "pn_" + Base64Url(hash, 16);
    }

    /// <summary>A keyed, stable, irreversible GUID derived from a GUID.</summary>
    public Guid Pseudonymize(Guid value)
    {
        var hash = Hash(2, value.ToByteArray());
        var bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        return new Guid(bytes);
    }

    /// <summary>A keyed, stable, irreversible 32-byte token for binary data.</summary>
    public byte[] Pseudonymize(byte[] value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        return Hash(3, value);
    }

    /// <summary>A keyed, stable, irreversible non-negative number derived from a number.</summary>
    public long Pseudonymize(long value)
    {
        var hash = Hash(4, BitConverter.GetBytes(value));
        return BitConverter.ToInt64(hash, 0) & long.MaxValue;
    }

    /// <summary>A keyed, stable, irreversible non-negative number derived from a number.</summary>
    public int Pseudonymize(int value)
    {
        var hash = Hash(5, BitConverter.GetBytes(value));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }

    private byte[] Hash(byte domain, byte[] payload)
    {
        if (_key is null)
        {
            throw new PseudonymizationKeyMissingException(_subject.Name);
        }

        _hmac ??= new HMACSHA256(_key);
        var input = new byte[payload.Length + 1];
        input[0] = domain;
        Buffer.BlockCopy(payload, 0, input, 1, payload.Length);
        return _hmac.ComputeHash(input);
    }

    private static string Base64Url(byte[] bytes, int length) =>
        Convert.ToBase64String(bytes, 0, length).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private void Dynamic(PersonalDataMember member, string segment, object? item)
    {
        if (item is IPersonalData nested && _visited.Add(nested))
        {
            Enter(segment);
            nested.ErasePersonalData(this);
            Leave();
        }
        else if (item is IEnumerable and not string)
        {
            Enter(segment);
            Dynamic(member, item);
            Leave();
        }
    }

    private void Record(PersonalDataMember member)
    {
        if (_activity is null)
        {
            _entries.Add(new ErasureReportEntry(PathTo(member.Name), member, NoActivities));
            return;
        }

        if (!Serves(member, _activity))
        {
            return;
        }

        _entries.Add(new ErasureReportEntry(PathTo(member.Name), member, StillServed(member, _activity)));
    }

    private static bool Serves(PersonalDataMember member, string activity)
    {
        foreach (var served in member.Activities)
        {
            if (string.Equals(served.Name, activity, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What still justifies keeping a member once <paramref name="withdrawn"/> no longer does: its other activities,
    /// and its inline purpose, which counts as an activity of its own. Empty when the member served only the withdrawn one.
    /// </summary>
    private static PersonalDataActivity[] StillServed(PersonalDataMember member, string withdrawn)
    {
        var remaining = new List<PersonalDataActivity>();
        foreach (var activity in member.Activities)
        {
            if (!string.Equals(activity.Name, withdrawn, StringComparison.Ordinal))
            {
                remaining.Add(activity);
            }
        }

        if (HasOwnPurpose(member))
        {
            remaining.Add(new PersonalDataActivity(member.Purpose!, member.Purpose, member.LegalBasis, member.Retention, new List<string>(member.Recipients).ToArray()));
        }

        return remaining.Count == 0 ? NoActivities : remaining.ToArray();
    }

    /// <summary>An inline <c>Purpose</c> beside the member's activities; the generator applies the same test when it decides which strategies a scoped erasure runs.</summary>
    private static bool HasOwnPurpose(PersonalDataMember member) => !string.IsNullOrWhiteSpace(member.Purpose);

    private static ArgumentException UnknownActivity(PersonalDataType subject, string activity)
    {
        var declared = subject.ActivityCatalog?.Activities;
        var known = declared is null || declared.Count == 0
            ? "it declares none"
            : "it declares " + string.Join(", ", Names(declared));
        return new ArgumentException(
            $"No processing activity named '{activity}' is declared with [assembly: ProcessingActivity] in the assembly of {subject.FullName} ({known}). Nothing was erased.",
            nameof(ErasureOptions.Activity));
    }

    private static IEnumerable<string> Names(IReadOnlyList<PersonalDataActivity> activities)
    {
        foreach (var activity in activities)
        {
            yield return "'" + activity.Name + "'";
        }
    }

    private void Enter(string segment)
    {
        if (_path.Count > MaxDepth)
        {
            throw new PersonalDataGraphTooDeepException(MaxDepth);
        }

        _path.Add(_path[_path.Count - 1] + "." + segment);
    }

    private void Leave() => _path.RemoveAt(_path.Count - 1);

    private string PathTo(string member) => _path[_path.Count - 1] + "." + member;

    private static string Indexed(string member, int index) => member + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
