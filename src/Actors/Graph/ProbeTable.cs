using System.Buffers;
using System.Numerics;

namespace ParallelEvm.Actors.Graph;

/// <summary>An entry of a <see cref="ProbeTable"/>: a mixed hash with its low bit set, 0 marking an empty entry.</summary>
interface ITaggedEntry
{
    uint Tag { get; }
}

/// <summary>
/// The mechanics the graph's open-addressing tables share (<see cref="FlatMap{TKey,TValue}"/>, <see cref="AddressTable"/>):
/// power-of-two capacity at most 3/4 full, Fibonacci-hashed tags whose high bits pick the home entry, linear probing,
/// and entry arrays rented from the shared pool.
/// </summary>
static class ProbeTable
{
    const int MinCapacity = 16;

    /// <summary>
    /// Fibonacci hashing: multiplying by 2^32/φ spreads even sequential hash codes (small addresses such as precompiles)
    /// over the high bits, which pick the home entry. The low bit is set so that no tag is 0.
    /// </summary>
    public static uint TagOf(int hashCode) => ((uint)hashCode * 0x9E37_79B9u) | 1;

    /// <summary>At most 3/4 full: linear probing stays short, and the table stays small enough to clear quickly.</summary>
    public static int CapacityFor(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinCapacity, count + count / 3 + 1));

    /// <summary>A cleared array for <paramref name="capacity"/> entries, and the table's shape for it.</summary>
    public static T[] Rent<T>(int capacity, out int mask, out int shift, out int growAt) where T : struct
    {
        // The pool may hand out a longer array; only the first `capacity` entries are used, so the mask stays exact.
        var entries = ArrayPool<T>.Shared.Rent(capacity);
        entries.AsSpan(0, capacity).Clear();
        mask = capacity - 1;
        shift = 32 - BitOperations.Log2((uint)capacity);
        growAt = capacity - capacity / 4;
        return entries;
    }

    /// <summary>Moves the used entries of <paramref name="old"/> into <paramref name="entries"/> (already rented) and returns <paramref name="old"/> to the pool.</summary>
    public static void MoveAll<T>(T[] old, int oldCapacity, T[] entries, int mask, int shift) where T : struct, ITaggedEntry
    {
        foreach (var entry in old.AsSpan(0, oldCapacity))
        {
            if (entry.Tag == 0) continue;
            int slot = (int)(entry.Tag >> shift);
            while (entries[slot].Tag != 0) slot = (slot + 1) & mask;
            entries[slot] = entry;
        }
        ArrayPool<T>.Shared.Return(old);
    }
}
