using System.Buffers;
using System.Runtime.CompilerServices;

namespace ParallelEvm.Actors.Graph;

/// <summary>
/// A hash map for one graph build (the tracker's storage-like keys): open addressing with linear probing over a single
/// array rented from the shared pool. Unlike <see cref="Dictionary{TKey,TValue}"/>, a lookup that misses the cache
/// touches one or two adjacent lines instead of a bucket array and then an entry array, and a block built after the
/// first one allocates nothing here. Keys are never removed. <see cref="Dispose"/> returns the array.
/// </summary>
sealed class FlatMap<TKey, TValue> : IDisposable
    where TKey : struct, IEquatable<TKey>
    where TValue : struct
{
    struct Entry : ITaggedEntry
    {
        /// <summary>The key's mixed hash with its low bit set, so 0 marks an empty entry.</summary>
        public uint Tag;
        readonly uint ITaggedEntry.Tag => Tag;
        public TKey Key;
        public TValue Value;
    }

    Entry[] _entries = [];
    int _mask, _shift, _count, _growAt;

    /// <param name="expectedCount">Keys the build is likely to add: sizing for them up front avoids rehashing.</param>
    public FlatMap(int expectedCount) => Allocate(ProbeTable.CapacityFor(expectedCount));

    public int Count => _count;

    /// <summary>The value stored for <paramref name="key"/>, or a null reference (test with <see cref="Unsafe.IsNullRef{T}(ref readonly T)"/>).</summary>
    public ref TValue Find(in TKey key)
    {
        uint tag = TagOf(key);
        var entries = _entries;
        for (int i = (int)(tag >> _shift); ; i = (i + 1) & _mask)
        {
            ref var entry = ref entries[i];
            if (entry.Tag == tag && entry.Key.Equals(key)) return ref entry.Value;
            if (entry.Tag == 0) return ref Unsafe.NullRef<TValue>();
        }
    }

    /// <summary>The value stored for <paramref name="key"/>, added as <c>default</c> if absent. Valid until the next add.</summary>
    public ref TValue FindOrAdd(in TKey key)
    {
        if (_count >= _growAt) Rehash(2 * (_mask + 1));
        uint tag = TagOf(key);
        var entries = _entries;
        for (int i = (int)(tag >> _shift); ; i = (i + 1) & _mask)
        {
            ref var entry = ref entries[i];
            if (entry.Tag == tag && entry.Key.Equals(key)) return ref entry.Value;
            if (entry.Tag != 0) continue;
            entry.Tag = tag;
            entry.Key = key;
            _count++;
            return ref entry.Value;
        }
    }

    /// <summary>Sizes the map for <paramref name="count"/> keys in all, once it is clear that many are coming.</summary>
    public void Reserve(int count)
    {
        int capacity = ProbeTable.CapacityFor(count);
        if (capacity > _mask + 1) Rehash(capacity);
    }

    public void Dispose()
    {
        if (_entries.Length > 0) ArrayPool<Entry>.Shared.Return(_entries);
        _entries = [];
    }

    static uint TagOf(in TKey key) => ProbeTable.TagOf(key.GetHashCode());

    void Allocate(int capacity)
    {
        _entries = ProbeTable.Rent<Entry>(capacity, out _mask, out _shift, out _growAt);
        _count = 0;
    }

    void Rehash(int capacity)
    {
        var old = _entries;
        int oldCapacity = _mask + 1, count = _count;
        Allocate(capacity);
        ProbeTable.MoveAll(old, oldCapacity, _entries, _mask, _shift);
        _count = count;
    }
}
