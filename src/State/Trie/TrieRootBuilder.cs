namespace ParallelEvm.State;

/// <summary>
/// Encodes the trie over sorted keys recursively (yellow paper appendix D, function c(J, i)):
/// one key left → leaf; all keys share nibbles beyond depth i → extension; otherwise → 17-slot branch,
/// whose value slot holds the key (if any) that ends exactly at depth i. A child is referenced by its
/// RLP when that is under 32 bytes, else by KEC(RLP). The root is always hashed.
/// One <see cref="RlpWriter"/> per recursion level is reused, so nodes cost no allocation.
/// </summary>
internal sealed class TrieRootBuilder
{
    const int EmbedLimit = 32;

    readonly byte[][] _keys;
    readonly byte[][] _values;
    readonly List<RlpWriter> _writers = [];

    TrieRootBuilder(byte[][] keys, byte[][] values) { _keys = keys; _values = values; }

    /// <summary>Takes ownership of the arrays (they are sorted in place). Keys must be distinct.</summary>
    public static Hash256 Build(byte[][] keys, byte[][] values)
    {
        if (keys.Length == 0) return MerkleTrie.EmptyRoot;
        TrieKeySorter.Sort(keys, values);
        for (int i = 1; i < keys.Length; i++)
            if (keys[i - 1].AsSpan().SequenceEqual(keys[i]))
                throw new ArgumentException($"duplicate trie key 0x{Convert.ToHexStringLower(keys[i])}");

        var builder = new TrieRootBuilder(keys, values);
        try
        {
            var root = builder.WriterAt(0);
            builder.EncodeNode(0, keys.Length, 0, 0);
            return root.ComputeKeccak();
        }
        finally
        {
            foreach (var w in builder._writers) w.Dispose();
        }
    }

    RlpWriter WriterAt(int level)
    {
        while (_writers.Count <= level) _writers.Add(new RlpWriter());
        return _writers[level];
    }

    static int NibbleCount(byte[] key) => key.Length * 2;

    static int NibbleAt(byte[] key, int index) => (index & 1) == 0 ? key[index >> 1] >> 4 : key[index >> 1] & 0x0f;

    /// <summary>Encodes the node for keys [lo, hi) at nibble depth <paramref name="depth"/> into the level's writer.</summary>
    void EncodeNode(int lo, int hi, int depth, int level)
    {
        var w = WriterAt(level);
        w.Reset();
        w.StartList();
        if (hi - lo == 1)
        {
            var key = _keys[lo];
            WriteHexPrefix(w, key, depth, NibbleCount(key) - depth, leaf: true);
            w.WriteBytes(_values[lo]);
        }
        else if (SharedNibbles(_keys[lo], _keys[hi - 1], depth) is var shared and > 0)
        {
            // Sorted keys: the first and last share the fewest nibbles with each other, so theirs is everyone's.
            WriteHexPrefix(w, _keys[lo], depth, shared, leaf: false);
            WriteChild(w, lo, hi, depth + shared, level + 1);
        }
        else
        {
            int i = lo;
            byte[]? branchValue = null;
            if (NibbleCount(_keys[lo]) == depth) branchValue = _values[i++]; // a key ending here sorts first
            for (int nibble = 0; nibble < 16; nibble++)
            {
                int j = i;
                while (j < hi && NibbleAt(_keys[j], depth) == nibble) j++;
                if (j == i) w.WriteBytes([]);
                else WriteChild(w, i, j, depth + 1, level + 1);
                i = j;
            }
            w.WriteBytes(branchValue ?? []);
        }
        w.EndList();
    }

    void WriteChild(RlpWriter parent, int lo, int hi, int depth, int level)
    {
        EncodeNode(lo, hi, depth, level);
        var child = _writers[level];
        int length = child.Length;
        if (length < EmbedLimit)
        {
            Span<byte> encoded = stackalloc byte[EmbedLimit];
            child.WriteTo(encoded);
            parent.WriteEncoded(encoded[..length]);
        }
        else
        {
            parent.WriteHash(child.ComputeKeccak());
        }
    }

    static int SharedNibbles(byte[] a, byte[] b, int depth)
    {
        int limit = Math.Min(NibbleCount(a), NibbleCount(b));
        int n = depth;
        while (n < limit && NibbleAt(a, n) == NibbleAt(b, n)) n++;
        return n - depth;
    }

    /// <summary>Hex-prefix encoding (appendix C): flag nibble = 2·leaf + odd, padded with a zero nibble when even.</summary>
    static void WriteHexPrefix(RlpWriter w, byte[] key, int start, int count, bool leaf)
    {
        int size = count / 2 + 1;
        Span<byte> hp = size <= 128 ? stackalloc byte[128] : new byte[size];
        hp = hp[..size];
        int flag = (leaf ? 2 : 0) + (count & 1);
        int n = start;
        if ((count & 1) == 1) hp[0] = (byte)((flag << 4) | NibbleAt(key, n++));
        else hp[0] = (byte)(flag << 4);
        for (int i = 1; i < size; i++, n += 2)
            hp[i] = (byte)((NibbleAt(key, n) << 4) | NibbleAt(key, n + 1));
        w.WriteBytes(hp);
    }
}
