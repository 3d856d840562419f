namespace ParallelEvm.State;

/// <summary>
/// Root hash of a Merkle-Patricia trie (yellow paper appendix D) built from a complete set of entries,
/// without keeping any nodes: keys are sorted once and the trie is encoded bottom-up over key ranges.
/// An empty value means "absent" (as in the trie itself), so such entries are skipped.
/// </summary>
public static class MerkleTrie
{
    /// <summary>KEC(RLP("")): the root of a trie with no entries.</summary>
    public static readonly Hash256 EmptyRoot = Hash256.Parse("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");

    /// <exception cref="ArgumentException">Two entries share a key.</exception>
    public static Hash256 ComputeRoot(IEnumerable<KeyValuePair<byte[], byte[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keys = new List<byte[]>();
        var values = new List<byte[]>();
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(key, "entry key");
            if (value is null || value.Length == 0) continue;
            keys.Add(key);
            values.Add(value);
        }
        return TrieRootBuilder.Build([.. keys], [.. values]);
    }

    /// <summary>The "secure" trie used for state and storage: each key is replaced by KEC(key) first.</summary>
    public static Hash256 ComputeSecureRoot(IEnumerable<KeyValuePair<byte[], byte[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keys = new List<byte[]>();
        var values = new List<byte[]>();
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(key, "entry key");
            if (value is null || value.Length == 0) continue;
            var hashed = new byte[Keccak256.HashSize];
            Keccak256.Hash(key, hashed);
            keys.Add(hashed);
            values.Add(value);
        }
        return TrieRootBuilder.Build([.. keys], [.. values]);
    }
}
