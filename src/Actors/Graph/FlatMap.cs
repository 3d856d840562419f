using System.Buffers;
using System.Numerics;
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
    struct Entry
    {
        /// <summary>The key's mixed hash with its low bit set, so 0 marks an empty entry.</summary>
        public uint Tag;
        public TKey Key;
        public TValue Value;
    }

    const int MinCapacity = 16;

    Entry[] _entries = [];
    int _mask, _shift, _count, _growAt;

    /// <param name="expectedCount">Keys the build is likely to add: sizing for them up front avoids rehashing.</param>
    public FlatMap(int expectedCount) => Allocate(CapacityFor(expectedCount));

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
        int capacity = CapacityFor(count);
        if (capacity > _mask + 1) Rehash(capacity);
    }

    public void Dispose()
    {
        if (_entries.Length > 0) ArrayPool<Entry>.Shared.Return(_entries);
        _entries = [];
    }

    /// <summary>
    /// Fibonacci hashing: multiplying by 2^32/φ spreads even sequential hash codes (small addresses such as precompiles)
    /// over the high bits, which pick the home entry.
    /// </summary>
    static uint TagOf(in TKey key) => ((uint)key.GetHashCode() * 0x9E37_79B9u) | 1;

    /// <summary>At most 3/4 full: linear probing stays short, and the table stays small enough to clear quickly.</summary>
    static int CapacityFor(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinCapacity, count + count / 3 + 1));

    void Allocate(int capacity)
    {
        // The pool may hand out a longer array; only the first `capacity` entries are used, so the mask stays exact.
        _entries = ArrayPool<Entry>.Shared.Rent(capacity);
        _entries.AsSpan(0, capacity).Clear();
        _mask = capacity - 1;
        _shift = 32 - BitOperations.Log2((uint)capacity);
        _growAt = capacity - capacity / 4;
        _count = 0;
    }

    void Rehash(int capacity)
    {
        var old = _entries;
        int oldCapacity = _mask + 1;
        Allocate(capacity);
        for (int i = 0; i < oldCapacity; i++)
        {
            ref var entry = ref old[i];
            if (entry.Tag == 0) continue;
            int slot = (int)(entry.Tag >> _shift);
            while (_entries[slot].Tag != 0) slot = (slot + 1) & _mask;
            _entries[slot] = entry;
            _count++;
        }
        ArrayPool<Entry>.Shared.Return(old);
    }
}
