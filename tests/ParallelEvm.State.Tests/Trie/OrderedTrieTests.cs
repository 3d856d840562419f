namespace ParallelEvm.State.Tests.Trie;

public class OrderedTrieTests
{
    [Fact]
    public void KeysAreRlpOfTheIndex()
    {
        var rng = new Random(5);
        var values = new List<byte[]>();
        for (int i = 0; i < 300; i++)
        {
            var v = new byte[rng.Next(1, 120)];
            rng.NextBytes(v);
            values.Add(v);
        }
        var entries = values.Select((v, i) => new KeyValuePair<byte[], byte[]>(State.Rlp.EncodeULong((ulong)i), v));
        Assert.Equal(MerkleTrie.ComputeRoot(entries), OrderedTrie.ComputeRoot(values));
    }

    [Fact]
    public void SingleItemUsesKey0x80()
    {
        // One entry: the root is KEC(RLP([HP([8,0], leaf) = 0x2080, value])); payload 3 + 4 bytes → 0xc7.
        byte[] value = [0x01, 0x02, 0x03];
        byte[] expectedNode = [0xc7, 0x82, 0x20, 0x80, 0x83, 0x01, 0x02, 0x03];
        Assert.Equal(Keccak256.Hash(expectedNode), OrderedTrie.ComputeRoot([value]));
    }

    [Fact]
    public void OrderMatters()
    {
        byte[] a = [1], b = [2];
        Assert.NotEqual(OrderedTrie.ComputeRoot([a, b]), OrderedTrie.ComputeRoot([b, a]));
    }
}
