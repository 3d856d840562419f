using System.Text;

namespace ParallelEvm.State.Tests.Rlp;

public class RlpReaderTests
{
    static byte[] H(string hex) => Convert.FromHexString(hex);

    [Fact]
    public void ReadsCatDog()
    {
        var r = new RlpReader(H("c88363617483646f67"));
        Assert.True(r.IsList);
        var list = r.ReadList();
        r.EnsureEnd();
        Assert.Equal("cat", Encoding.ASCII.GetString(list.ReadBytes()));
        Assert.Equal("dog", Encoding.ASCII.GetString(list.ReadBytes()));
        Assert.True(list.IsEnd);
    }

    [Fact]
    public void ReadsSetTheoreticalThree()
    {
        var r = new RlpReader(H("c7c0c1c0c3c0c1c0"));
        var outer = r.ReadList();
        Assert.True(outer.ReadList().IsEnd);
        var second = outer.ReadList();
        Assert.True(second.ReadList().IsEnd);
        second.EnsureEnd();
        var third = outer.ReadList();
        third.Skip();
        third.Skip();
        third.EnsureEnd();
        outer.EnsureEnd();
        r.EnsureEnd();
    }

    [Theory]
    [InlineData("80", 0UL)]
    [InlineData("0f", 15UL)]
    [InlineData("820400", 1024UL)]
    [InlineData("88ffffffffffffffff", ulong.MaxValue)]
    public void ReadsIntegers(string hex, ulong expected)
    {
        var r = new RlpReader(H(hex));
        Assert.Equal(expected, r.ReadULong());
        r.EnsureEnd();
        Assert.Equal(new UInt256(expected), new RlpReader(H(hex)).ReadUInt256());
    }

    [Fact]
    public void ReadsLongString()
    {
        var lorem = Encoding.ASCII.GetBytes("Lorem ipsum dolor sit amet, consectetur adipisicing elit");
        var r = new RlpReader(H("b838" + Convert.ToHexString(lorem)));
        Assert.Equal(lorem, r.ReadByteArray());
        r.EnsureEnd();
    }

    [Fact]
    public void PeekKindAndPosition()
    {
        var r = new RlpReader(H("83646f67c0"));
        Assert.Equal(RlpKind.String, r.PeekKind());
        r.Skip();
        Assert.Equal(4, r.Position);
        Assert.Equal(RlpKind.List, r.PeekKind());
        Assert.Equal(H("c0"), r.ReadEncodedItem().ToArray());
        Assert.True(r.IsEnd);
    }

    [Fact]
    public void RoundTripsStructuredValues()
    {
        var address = Address.Parse("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
        var hash = Keccak256.Hash("x"u8);
        var big = new UInt256(5, 6, 7, 8);
        var rng = new Random(3);
        var blob = new byte[1000];
        rng.NextBytes(blob);

        using var w = new RlpWriter();
        w.StartList();
        w.WriteAddress(address);
        w.WriteHash(hash);
        w.WriteUInt256(big);
        w.WriteULong(300);
        w.WriteBool(true);
        w.StartList();
        w.WriteBytes(blob);
        w.WriteBytes([]);
        w.WriteBytes([0x7f]);
        w.WriteBytes([0x80]);
        w.EndList();
        w.EndList();

        var r = new RlpReader(w.ToArray());
        var l = r.ReadList();
        r.EnsureEnd();
        Assert.Equal(address, l.ReadAddress());
        Assert.Equal(hash, l.ReadHash());
        Assert.Equal(big, l.ReadUInt256());
        Assert.Equal(300UL, l.ReadULong());
        Assert.True(l.ReadBool());
        var inner = l.ReadList();
        l.EnsureEnd();
        Assert.Equal(blob, inner.ReadByteArray());
        Assert.Equal(0, inner.ReadBytes().Length);
        Assert.Equal(new byte[] { 0x7f }, inner.ReadByteArray());
        Assert.Equal(new byte[] { 0x80 }, inner.ReadByteArray());
        inner.EnsureEnd();
    }

    [Fact]
    public void RandomByteStringsRoundTrip()
    {
        var rng = new Random(11);
        foreach (int length in new[] { 0, 1, 2, 55, 56, 57, 255, 256, 65535, 65536, 70000 })
        {
            var data = new byte[length];
            rng.NextBytes(data);
            var encoded = State.Rlp.EncodeBytes(data);
            Assert.Equal(State.Rlp.LengthOfBytes(data), encoded.Length);
            var r = new RlpReader(encoded);
            Assert.Equal(data, r.ReadByteArray());
            r.EnsureEnd();
        }
    }

    [Fact]
    public void RandomIntegersRoundTrip()
    {
        var rng = new Random(12);
        for (int i = 0; i < 2000; i++)
        {
            int bits = rng.Next(0, 257);
            var bytes = new byte[32];
            rng.NextBytes(bytes);
            var v = UInt256.FromBigEndian(bytes);
            v = bits == 256 ? v : v & ((UInt256.One << bits) - UInt256.One);
            var r = new RlpReader(State.Rlp.EncodeUInt256(v));
            Assert.Equal(v, r.ReadUInt256());
            r.EnsureEnd();
        }
    }
}
