using System.Text;

namespace ParallelEvm.State.Tests.Crypto;

public class BloomTests
{
    [Fact]
    public void HundredItemsMatchPublishedDigest()
    {
        // go-ethereum core/types bloom9_test.go TestBloomExtensively: keccak of the 256 bloom bytes.
        var bloom = new Bloom();
        for (int i = 0; i < 100; i++) bloom.Add(Encoding.ASCII.GetBytes($"xxxxxxxxxx data {i} yyyyyyyyyyyyyy"));
        Assert.Equal(Hash256.Parse("c8d3ca65cdb4874300a9e39475508f23ed6da09fdbc487f89a2dcf50b09eb263"), Keccak256.Hash(bloom.ToArray()));
    }

    [Fact]
    public void BitPositionsFollowTheYellowPaper()
    {
        // Independent re-derivation for one item: three 11-bit indices from hash byte pairs 0-1, 2-3, 4-5.
        var data = "hello"u8.ToArray();
        var h = Keccak256.Hash(data).ToArray();
        var expected = new byte[256];
        for (int i = 0; i < 6; i += 2)
        {
            int bit = (h[i] * 256 + h[i + 1]) % 2048;
            expected[255 - bit / 8] |= (byte)(1 << (bit % 8));
        }
        var bloom = new Bloom();
        bloom.Add(data);
        Assert.Equal(expected, bloom.ToArray());
    }

    [Fact]
    public void AccumulateAddsAddressAndTopicsButNotData()
    {
        var address = Address.Parse("0x0f572e5295c57f15886f9b263e2f6d2d6c7b5ec6");
        var topic = Keccak256.Hash("Transfer(address,address,uint256)"u8);
        var log = new LogEntry(address, [topic], [1, 2, 3]);

        var expected = new Bloom();
        expected.Add(address.ToArray());
        expected.Add(topic.ToArray());

        var bloom = new Bloom();
        bloom.Accumulate(log);
        Assert.Equal(expected, bloom);
        Assert.True(bloom.MayContain(address.ToArray()));
        Assert.True(bloom.MayContain(topic.ToArray()));
        Assert.Equal(expected, Bloom.FromLogs([log]));
    }

    [Fact]
    public void OrCombines()
    {
        var a = new Bloom(); a.Add("a"u8);
        var b = new Bloom(); b.Add("b"u8);
        var both = new Bloom(); both.Add("a"u8); both.Add("b"u8);
        a.Or(b);
        Assert.Equal(both, a);
    }

    [Fact]
    public void EmptyBloomIsAllZero()
    {
        var bloom = new Bloom();
        Assert.True(bloom.IsEmpty);
        Assert.Equal("0x" + new string('0', 512), bloom.ToString());
        Assert.False(bloom.MayContain("x"u8));
    }

    [Fact]
    public void ParseRoundTripsAndRejectsBadInput()
    {
        var bloom = new Bloom();
        bloom.Add("something"u8);
        var text = bloom.ToString();
        var parsed = Bloom.Parse(text);
        Assert.Equal(bloom, parsed);
        Assert.True(bloom == parsed);
        Assert.Equal(bloom.GetHashCode(), parsed.GetHashCode());
        Assert.Throws<FormatException>(() => Bloom.Parse("0x1234"));
        Assert.Throws<FormatException>(() => Bloom.Parse("0x" + new string('z', 512)));
        Assert.Throws<ArgumentException>(() => new Bloom(new byte[255]));
    }
}
