using System.Text;

namespace ParallelEvm.State.Tests.Rlp;

/// <summary>Examples from the yellow paper appendix B and the Ethereum wiki RLP page.</summary>
public class RlpWriterTests
{
    static string Hex(byte[] b) => Convert.ToHexStringLower(b);
    static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    [Fact]
    public void Dog() => Assert.Equal("83646f67", Hex(State.Rlp.EncodeBytes(Ascii("dog"))));

    [Fact]
    public void CatDogList()
    {
        using var w = new RlpWriter();
        w.StartList();
        w.WriteBytes(Ascii("cat"));
        w.WriteBytes(Ascii("dog"));
        w.EndList();
        Assert.Equal("c88363617483646f67", Hex(w.ToArray()));
    }

    [Fact]
    public void EmptyString() => Assert.Equal("80", Hex(State.Rlp.EncodeBytes([])));

    [Fact]
    public void EmptyList()
    {
        using var w = new RlpWriter();
        w.StartList();
        w.EndList();
        Assert.Equal("c0", Hex(w.ToArray()));
        Assert.Equal("c0", Hex(State.Rlp.EncodeList()));
    }

    [Theory]
    [InlineData(0UL, "80")]
    [InlineData(15UL, "0f")]
    [InlineData(127UL, "7f")]
    [InlineData(128UL, "8180")]
    [InlineData(1024UL, "820400")]
    [InlineData(0xFFFFFFFFFFFFFFFFUL, "88ffffffffffffffff")]
    public void Integers(ulong value, string expected)
    {
        Assert.Equal(expected, Hex(State.Rlp.EncodeULong(value)));
        Assert.Equal(expected, Hex(State.Rlp.EncodeUInt256(new UInt256(value))));
    }

    [Fact]
    public void ByteZeroIsNotIntegerZero()
    {
        // The byte string [0x00] is its own encoding; the integer 0 is the empty string.
        Assert.Equal("00", Hex(State.Rlp.EncodeBytes([0x00])));
        Assert.Equal("80", Hex(State.Rlp.EncodeULong(0)));
    }

    [Fact]
    public void LargeUInt256IsMinimalBigEndian()
    {
        var v = new UInt256(0x0102030405060708, 0x1112131415161718, 0x00000000000000AB, 0);
        Assert.Equal("91ab11121314151617180102030405060708", Hex(State.Rlp.EncodeUInt256(v)));
        Assert.Equal("a0" + new string('f', 64), Hex(State.Rlp.EncodeUInt256(UInt256.MaxValue)));
    }

    [Fact]
    public void SetTheoreticalRepresentationOfThree()
    {
        // [ [], [[]], [ [], [[]] ] ]
        using var w = new RlpWriter();
        w.StartList();
        w.StartList(); w.EndList();
        w.StartList(); w.StartList(); w.EndList(); w.EndList();
        w.StartList();
        w.StartList(); w.EndList();
        w.StartList(); w.StartList(); w.EndList(); w.EndList();
        w.EndList();
        w.EndList();
        Assert.Equal("c7c0c1c0c3c0c1c0", Hex(w.ToArray()));
    }

    [Fact]
    public void LongString()
    {
        var lorem = Ascii("Lorem ipsum dolor sit amet, consectetur adipisicing elit");
        Assert.Equal(56, lorem.Length);
        Assert.Equal("b838" + Hex(lorem), Hex(State.Rlp.EncodeBytes(lorem)));
    }

    [Fact]
    public void StringLengthBoundary55And56()
    {
        Assert.Equal("b7", Hex(State.Rlp.EncodeBytes(new byte[55]))[..2]);
        Assert.Equal("b838", Hex(State.Rlp.EncodeBytes(new byte[56]))[..4]);
        Assert.Equal("b90400", Hex(State.Rlp.EncodeBytes(new byte[1024]))[..6]);
    }

    [Fact]
    public void LongListHeader()
    {
        // A list whose payload is 60 bytes: 20 three-byte strings → f83c + payload.
        using var w = new RlpWriter();
        w.StartList();
        for (int i = 0; i < 20; i++) w.WriteBytes(Ascii("dog")[..2]);
        w.EndList();
        var bytes = w.ToArray();
        Assert.Equal(62, bytes.Length);
        Assert.Equal("f83c", Hex(bytes)[..4]);
    }

    [Fact]
    public void NestedLongListsGetCorrectHeaders()
    {
        // Outer list holds an inner list of 100 one-byte items → inner f864, outer f866.
        using var w = new RlpWriter();
        w.StartList();
        w.StartList();
        for (int i = 0; i < 100; i++) w.WriteULong(1);
        w.EndList();
        w.EndList();
        var bytes = w.ToArray();
        Assert.Equal("f866f864", Hex(bytes)[..8]);
        Assert.Equal(104, bytes.Length);
        Assert.Equal(104, w.Length);
    }

    [Fact]
    public void AddressAndHash()
    {
        var a = Address.Parse("0x00000000000000000000000000000000000000ff");
        Assert.Equal("94" + "00000000000000000000000000000000000000ff", Hex(State.Rlp.EncodeAddress(a)));
        var h = Keccak256.OfEmpty;
        Assert.Equal("a0" + h.ToString()[2..], Hex(State.Rlp.EncodeHash(h)));
    }

    [Fact]
    public void ComputeKeccakEqualsHashOfBytes()
    {
        using var w = new RlpWriter();
        w.StartList();
        w.WriteBytes(new byte[300]);
        w.StartList(); w.WriteULong(7); w.EndList();
        w.EndList();
        Assert.Equal(Keccak256.Hash(w.ToArray()), w.ComputeKeccak());
    }

    [Fact]
    public void EmptyListHashIsOmmersHash()
    {
        using var w = new RlpWriter();
        w.StartList();
        w.EndList();
        Assert.Equal(Hash256.Parse("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"), w.ComputeKeccak());
    }

    [Fact]
    public void ResetAllowsReuse()
    {
        using var w = new RlpWriter(16);
        w.StartList(); w.WriteBytes(new byte[100]); w.EndList();
        w.Reset();
        w.WriteBytes(Ascii("dog"));
        Assert.Equal("83646f67", Hex(w.ToArray()));
    }

    [Fact]
    public void UnbalancedListsAreReported()
    {
        using var w = new RlpWriter();
        Assert.Throws<InvalidOperationException>(() => w.EndList());
        w.StartList();
        Assert.Throws<InvalidOperationException>(() => w.ToArray());
    }

    [Fact]
    public void WriteToRejectsShortDestination()
    {
        using var w = new RlpWriter();
        w.WriteBytes(Ascii("dog"));
        Assert.Throws<ArgumentException>(() => w.WriteTo(new byte[3]));
    }
}
