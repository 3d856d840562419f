using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace ParallelEvm.State;

/// <summary>
/// The accounts of a <see cref="StateDiff"/>, by address, in insertion order. Most transactions change two to five
/// accounts, so a small diff is one array searched linearly (one allocation instead of a dictionary's three, which on
/// two executor threads was a large share of all bytes allocated per transaction); past
/// <see cref="SmallLimit"/> accounts it becomes a dictionary. The API mirrors <see cref="Dictionary{TKey,TValue}"/>.
/// </summary>
public sealed class AccountChanges : IEnumerable<KeyValuePair<Address, AccountChange>>
{
    /// <summary>Largest count kept as an array (searched linearly: a few 20-byte compares, no hashing).</summary>
    public const int SmallLimit = 8;

    struct Entry
    {
        public Address Key;
        public AccountChange? Value;
    }

    Entry[]? _small;
    int _smallCount;
    Dictionary<Address, AccountChange>? _map;

    public AccountChanges() { }

    /// <summary>Sized for <paramref name="capacity"/> accounts (a block's diff would otherwise grow many times).</summary>
    public AccountChanges(int capacity)
    {
        if (capacity > SmallLimit) _map = new Dictionary<Address, AccountChange>(capacity);
    }

    public int Count => _map?.Count ?? _smallCount;

    public bool TryGetValue(Address address, [MaybeNullWhen(false)] out AccountChange change)
    {
        if (_map is not null) return _map.TryGetValue(address, out change);
        int i = IndexOf(address);
        change = i >= 0 ? _small![i].Value! : null;
        return i >= 0;
    }

    public bool ContainsKey(Address address) => _map?.ContainsKey(address) ?? IndexOf(address) >= 0;

    public AccountChange this[Address address]
    {
        get => TryGetValue(address, out var change) ? change : throw new KeyNotFoundException($"account {address} is not in the diff");
        set => GetValueRefOrAddDefault(address, out _) = value;
    }

    public void Add(Address address, AccountChange change)
    {
        ref var slot = ref GetValueRefOrAddDefault(address, out bool exists);
        if (exists) throw new ArgumentException($"account {address} is already in the diff", nameof(address));
        slot = change;
    }

    /// <summary>
    /// A reference to the entry of <paramref name="address"/>, added (null) when missing; valid until the next change
    /// to this map (as <see cref="CollectionsMarshal.GetValueRefOrAddDefault{TKey,TValue}"/>).
    /// </summary>
    public ref AccountChange? GetValueRefOrAddDefault(Address address, out bool exists)
    {
        if (_map is null)
        {
            int i = IndexOf(address);
            exists = i >= 0;
            if (exists) return ref _small![i].Value;
            if (_smallCount < SmallLimit)
            {
                // Three fits a transfer or a token call: sender, one other account, coinbase.
                if (_small is null) _small = new Entry[3];
                else if (_smallCount == _small.Length) Array.Resize(ref _small, SmallLimit);
                ref var entry = ref _small[_smallCount++];
                entry.Key = address;
                return ref entry.Value;
            }
            ToDictionary(SmallLimit * 2);
        }
        return ref CollectionsMarshal.GetValueRefOrAddDefault(_map!, address, out exists);
    }

    public void EnsureCapacity(int capacity)
    {
        if (_map is not null) _map.EnsureCapacity(capacity);
        else if (capacity > SmallLimit) ToDictionary(capacity);
    }

    /// <summary>The addresses in insertion order (allocates; not for hot paths).</summary>
    public IEnumerable<Address> Keys
    {
        get { foreach (var (address, _) in this) yield return address; }
    }

    /// <summary>The changes in insertion order (allocates; not for hot paths).</summary>
    public IEnumerable<AccountChange> Values
    {
        get { foreach (var (_, change) in this) yield return change; }
    }

    public Enumerator GetEnumerator() => new(this);
    IEnumerator<KeyValuePair<Address, AccountChange>> IEnumerable<KeyValuePair<Address, AccountChange>>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    int IndexOf(Address address)
    {
        var small = _small;
        for (int i = 0; i < _smallCount; i++)
            if (small![i].Key == address) return i;
        return -1;
    }

    void ToDictionary(int capacity)
    {
        var map = new Dictionary<Address, AccountChange>(Math.Max(capacity, _smallCount));
        for (int i = 0; i < _smallCount; i++) map.Add(_small![i].Key, _small[i].Value!);
        _map = map;
        _small = null;
        _smallCount = 0;
    }

    /// <summary>Walks either form without allocating.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<Address, AccountChange>>
    {
        readonly Entry[]? _small;
        readonly int _smallCount;
        Dictionary<Address, AccountChange>.Enumerator _map;
        readonly bool _isMap;
        int _index;

        internal Enumerator(AccountChanges changes)
        {
            _isMap = changes._map is not null;
            _map = _isMap ? changes._map!.GetEnumerator() : default;
            _small = changes._small;
            _smallCount = changes._smallCount;
            _index = -1;
        }

        public readonly KeyValuePair<Address, AccountChange> Current =>
            _isMap ? _map.Current : new(_small![_index].Key, _small[_index].Value!);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => _isMap ? _map.MoveNext() : ++_index < _smallCount;

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose() { }
    }
}
