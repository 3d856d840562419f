namespace ParallelEvm.State;

/// <summary>
/// Roots of the per-block transactions / receipts / withdrawals tries (yellow paper 4.3):
/// key = RLP(index), value = the item's encoding as given.
/// </summary>
public static class OrderedTrie
{
    public static Hash256 ComputeRoot(IReadOnlyList<byte[]> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        var keys = new byte[n][];
        var vals = new byte[n][];
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            var value = values[i];
            if (value is null || value.Length == 0) continue; // an empty value is "absent" in the trie
            keys[count] = Rlp.EncodeULong((ulong)i);
            vals[count] = value;
            count++;
        }
        if (count < n)
        {
            Array.Resize(ref keys, count);
            Array.Resize(ref vals, count);
        }
        return TrieRootBuilder.Build(keys, vals);
    }
}
