using System.Text;

namespace ParallelEvm.State.Tests.Trie;

/// <summary>Vectors from ethereum/tests TrieTests (trieanyorder.json, trieanyorder_secureTrie.json, hex_encoded_securetrie_test.json).</summary>
public class MerkleTrieTests
{
    // A key or value in the fixtures is hex when it starts with 0x, ASCII otherwise.
    static byte[] B(string s) => s.StartsWith("0x") ? Convert.FromHexString(s[2..]) : Encoding.ASCII.GetBytes(s);

    static List<KeyValuePair<byte[], byte[]>> Entries(params string[] kv)
    {
        var list = new List<KeyValuePair<byte[], byte[]>>();
        for (int i = 0; i < kv.Length; i += 2) list.Add(new(B(kv[i]), B(kv[i + 1])));
        return list;
    }

    public static TheoryData<string, string[], string, string> AnyOrder => new()
    {
        { "singleItem", ["A", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"],
            "d23786fb4a010da3ce639d66d5e904a11dbc02746d1ce25029e53290cabf28ab", "e9e2935138352776cad724d31c9fa5266a5c593bb97726dd2a908fe6d53284df" },
        { "dogs", ["doe", "reindeer", "dog", "puppy", "dogglesworth", "cat"],
            "8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3", "d4cd937e4a4368d7931a9cf51686b7e10abb3dce38a39000fd7902a092b64585" },
        { "puppy", ["do", "verb", "horse", "stallion", "doge", "coin", "dog", "puppy"],
            "5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84", "29b235a58c3c25ab83010c327d5932bcf05324b7d6b1185e650798034783ca9d" },
        { "foo", ["foo", "bar", "food", "bass"],
            "17beaa1648bafa633cda809c90c04af50fc8aed3cb40d16efbddee6fdf63c4c3", "1385f23a33021025d9e87cca5c66c00de06178807b96a9acc92b7d651ccde842" },
        { "smallValues", ["be", "e", "dog", "puppy", "bed", "d"],
            "3f67c7a47520f79faa29255d2d3c084a7a6df0453116ed7232ff10277a8be68b", "826a4f9f9054a3e980e54b20da992c24fa20467f1ca635115ef4917be66e746f" },
        { "testy", ["test", "test", "te", "testy"],
            "8452568af70d8d140f58d941338542f645fcca50094b20f3c3d8c3df49337928", "aea54fb6c80499674248a462864c420c9d9f3b3d38c879c12425bade1ad76552" },
        { "hex", ["0x0045", "0x0123456789", "0x4500", "0x9876543210"],
            "285505fcabe84badc8aa310e2aae17eddc7d120aabec8a476902c8184b3a3503", "bc11c02c8ab456db0c4d2728b6a2a6210d06f26a2ace4f7d8bdfc72ddf2630ab" },
    };

    [Theory]
    [MemberData(nameof(AnyOrder))]
    public void TrieAnyOrder(string name, string[] kv, string root, string secureRoot)
    {
        _ = name;
        Assert.Equal(Hash256.Parse(root), MerkleTrie.ComputeRoot(Entries(kv)));
        Assert.Equal(Hash256.Parse(secureRoot), MerkleTrie.ComputeSecureRoot(Entries(kv)));
    }

    [Theory]
    [MemberData(nameof(AnyOrder))]
    public void InsertionOrderDoesNotMatter(string name, string[] kv, string root, string secureRoot)
    {
        _ = name; _ = secureRoot;
        var entries = Entries(kv);
        var rng = new Random(name.Length);
        for (int trial = 0; trial < 10; trial++)
        {
            var shuffled = entries.OrderBy(_ => rng.Next()).ToList();
            Assert.Equal(Hash256.Parse(root), MerkleTrie.ComputeRoot(shuffled));
        }
    }

    [Fact]
    public void EmptyTrie()
    {
        Assert.Equal("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421", MerkleTrie.ComputeRoot([]).ToString());
        Assert.Equal(MerkleTrie.EmptyRoot, MerkleTrie.ComputeSecureRoot([]));
        Assert.Equal(MerkleTrie.EmptyRoot, OrderedTrie.ComputeRoot([]));
        Assert.Equal(Keccak256.Hash([0x80]), MerkleTrie.EmptyRoot);
    }

    [Fact]
    public void EmptyValuesAreAbsent()
    {
        // trietest "emptyValues" ends with {do: verb, horse: stallion, doge: coin, dog: puppy} = the puppy root.
        var entries = Entries("do", "verb", "ether", "", "horse", "stallion", "shaman", "", "doge", "coin", "dog", "puppy");
        Assert.Equal(Hash256.Parse("5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84"), MerkleTrie.ComputeRoot(entries));
    }

    [Fact]
    public void TrieTestInsertMiddleLeafFinalState()
    {
        var entries = Entries(
            "key1aa", "0123456789012345678901234567890123456789xxx",
            "key1", "0123456789012345678901234567890123456789Very_Long",
            "key2bb", "aval3",
            "key2", "short",
            "key3cc", "aval3",
            "key3", "1234567890123456789012345678901");
        Assert.Equal(Hash256.Parse("cb65032e2f76c48b82b5c24b3db8f670ce73982869d38cd39a624f23d62a9e89"), MerkleTrie.ComputeRoot(entries));
    }

    [Fact]
    public void TrieTestBranchValueUpdateFinalState()
    {
        var entries = Entries("abc", "abc", "abcd", "abcd");
        Assert.Equal(Hash256.Parse("7a320748f780ad9ad5b0837302075ce0eeba6c26e3d8562c67ccc0f1b273298a"), MerkleTrie.ComputeRoot(entries));
    }

    [Fact]
    public void HexEncodedSecureTrieTest1()
    {
        // Account-style values (RLP of [nonce, balance, storageRoot, codeHash]) keyed by address, secure trie.
        var entries = Entries(
            "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b", "0xf848018405f446a7a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
            "0x095e7baea6a6c7c4c2dfeb977efac326af552d87", "0xf8440101a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a004bccc5d94f4d1f99aab44369a910179931772f2a5c001c3229f57831c102769",
            "0xd2571607e241ecf590ed94b12d87c94babe36db6", "0xf8440180a0ba4b47865c55a341a4a78759bb913cd15c3ee8eaf30a62fa8d1c8863113d84e8a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
            "0x62c01474f089b07dae603491675dc5b5748f7049", "0xf8448080a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
            "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba", "0xf8478083019a59a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        Assert.Equal(Hash256.Parse("730a444e08ab4b8dee147c9b232fc52d34a223d600031c1e9d25bfc985cbd797"), MerkleTrie.ComputeSecureRoot(entries));
    }

    [Fact]
    public void HexEncodedSecureTrieTest3()
    {
        var entries = Entries(
            "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b", "0xf84c01880de0b6b3a7614bc3a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
            "0x095e7baea6a6c7c4c2dfeb977efac326af552d87", "0xf84880840132b3a0a065fee2fffd7a68488cf7ef79f35f7979133172ac5727b5e0cf322953d13de492a06e5d8fec8b6b9bf41c3fb9b61696d5c87b66f6daa98d5f02ba9361b0c6916467",
            "0x0000000000000000000000000000000000000001", "0xf8448080a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
            "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba", "0xf8478083012d9da056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        Assert.Equal(Hash256.Parse("40b37be88a49e2c08b8d33fcb03a0676ffd0481df54dfebd3512b8ec54f40cad"), MerkleTrie.ComputeSecureRoot(entries));
    }

    [Fact]
    public void DuplicateKeysAreRejected()
    {
        Assert.Throws<ArgumentException>(() => MerkleTrie.ComputeRoot(Entries("dog", "a", "dog", "b")));
    }

    [Fact]
    public void NullKeyIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => MerkleTrie.ComputeRoot([new KeyValuePair<byte[], byte[]>(null!, [1])]));
    }

    [Fact]
    public void FiftyThousandRandomEntriesAreOrderIndependent()
    {
        var rng = new Random(50_000);
        var entries = new List<KeyValuePair<byte[], byte[]>>(50_000);
        var seen = new HashSet<string>();
        while (entries.Count < 50_000)
        {
            var key = new byte[rng.Next(1, 33)];
            rng.NextBytes(key);
            if (!seen.Add(Convert.ToHexString(key))) continue;
            var value = new byte[rng.Next(1, 80)];
            rng.NextBytes(value);
            entries.Add(new(key, value));
        }
        var root = MerkleTrie.ComputeRoot(entries);
        entries.Reverse();
        Assert.Equal(root, MerkleTrie.ComputeRoot(entries));
        Assert.NotEqual(MerkleTrie.EmptyRoot, root);
    }
}
