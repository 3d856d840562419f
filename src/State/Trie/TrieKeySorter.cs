using System.Buffers.Binary;

namespace ParallelEvm.State;

/// <summary>
/// Sorts trie entries by key bytes (lexicographic = nibble order, a key before its extensions).
/// Sorting primitive 8-byte big-endian key prefixes first is several times faster than comparing arrays
/// through a comparer; only runs of equal prefixes (short or shared-prefix keys) need a full comparison.
/// </summary>
internal static class TrieKeySorter
{
    public static void Sort(byte[][] keys, byte[][] values)
    {
        int n = keys.Length;
        if (n < 2) return;
        var prefixes = new ulong[n];
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            prefixes[i] = Prefix(keys[i]);
            order[i] = i;
        }
        Array.Sort(prefixes, order);

        var comparer = new ByIndexComparer(keys);
        for (int start = 0, i = 1; i <= n; i++)
        {
            if (i < n && prefixes[i] == prefixes[start]) continue;
            if (i - start > 1) Array.Sort(order, start, i - start, comparer);
            start = i;
        }

        var sortedKeys = new byte[n][];
        var sortedValues = new byte[n][];
        for (int i = 0; i < n; i++)
        {
            sortedKeys[i] = keys[order[i]];
            sortedValues[i] = values[order[i]];
        }
        sortedKeys.CopyTo(keys, 0);
        sortedValues.CopyTo(values, 0);
    }

    /// <summary>First 8 bytes, zero-padded: a key shorter than 8 bytes ties with its zero-extensions, which the run sort resolves.</summary>
    static ulong Prefix(byte[] key)
    {
        if (key.Length >= 8) return BinaryPrimitives.ReadUInt64BigEndian(key);
        Span<byte> padded = stackalloc byte[8];
        padded.Clear();
        key.CopyTo(padded);
        return BinaryPrimitives.ReadUInt64BigEndian(padded);
    }

    sealed class ByIndexComparer(byte[][] keys) : IComparer<int>
    {
        public int Compare(int x, int y) => keys[x].AsSpan().SequenceCompareTo(keys[y]);
    }
}
