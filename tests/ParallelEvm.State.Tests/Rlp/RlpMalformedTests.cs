namespace ParallelEvm.State.Tests.Rlp;

/// <summary>Non-canonical and truncated inputs must be rejected with a typed error naming the offset.</summary>
public class RlpMalformedTests
{
    static byte[] H(string hex) => Convert.FromHexString(hex);

    static RlpException ReadBytesFails(string hex)
    {
        var data = H(hex);
        return Assert.Throws<RlpException>(() => { var r = new RlpReader(data); r.ReadBytes(); });
    }

    static RlpException ReadULongFails(string hex)
    {
        var data = H(hex);
        return Assert.Throws<RlpException>(() => { var r = new RlpReader(data); r.ReadULong(); });
    }

    [Theory]
    [InlineData("00")]         // integer zero must be 0x80
    [InlineData("820004")]     // 4 with a leading zero byte
    [InlineData("8800000000000000ff")]
    public void IntegerWithLeadingZerosIsRejected(string hex)
    {
        var e = ReadULongFails(hex);
        Assert.Contains("leading zero", e.Message);
        Assert.Equal(0, e.Offset);
        var data = H(hex);
        Assert.Throws<RlpException>(() => { var r = new RlpReader(data); r.ReadUInt256(); });
    }

    [Fact]
    public void SingleSmallByteWrappedIsRejected()
    {
        var e = ReadBytesFails("8105");
        Assert.Contains("0x05", e.Message);
        Assert.Contains("offset 0", e.Message);
        // 0x81 followed by a byte >= 0x80 is canonical.
        Assert.Equal(new byte[] { 0x80 }, new RlpReader(H("8180")).ReadBytes().ToArray());
    }

    [Theory]
    [InlineData("b80100")]    // long-form string of length 1
    [InlineData("b837" + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")] // 55 in long form
    [InlineData("f80180")]    // long-form list of length 1
    public void LongFormForShortLengthIsRejected(string hex)
    {
        var data = H(hex);
        var e = Assert.Throws<RlpException>(() => { var r = new RlpReader(data); r.Skip(); });
        Assert.Contains("short form", e.Message);
    }

    [Theory]
    [InlineData("b800")]       // long-form length 0 (a zero length byte is a leading zero)
    [InlineData("b9003800")]   // length with a leading zero byte
    [InlineData("f9003800")]
    public void LengthWithLeadingZeroIsRejected(string hex)
    {
        var data = H(hex);
        var e = Assert.Throws<RlpException>(() => { var r = new RlpReader(data); r.Skip(); });
        Assert.Contains("leading zero", e.Message);
    }

    [Theory]
    [InlineData("83646f")]     // string of 3, only 2 bytes
    [InlineData("c3646f")]     // list of 3, only 2 bytes
    [InlineData("b8")]         // missing length byte
    [InlineData("b90400")]     // long string of 1024 with no payload
    [InlineData("")]           // nothing at all
    public void TruncatedInputIsRejected(string hex)
    {
        var data = H(hex);
        Assert.Throws<RlpException>(() => { var r = new RlpReader(data); r.Skip(); });
    }

    [Fact]
    public void ItemRunningPastItsListIsRejected()
    {
        // List claims 2 payload bytes but its string item claims 3.
        var data = H("c283646f67");
        var e = Assert.Throws<RlpException>(() =>
        {
            var r = new RlpReader(data);
            var l = r.ReadList();
            l.ReadBytes();
        });
        Assert.Equal(1, e.Offset); // absolute offset of the inner item
        Assert.Contains("past the end", e.Message);
    }

    [Fact]
    public void TrailingBytesAreRejectedOnRequest()
    {
        var data = H("83646f6701");
        var e = Assert.Throws<RlpException>(() =>
        {
            var r = new RlpReader(data);
            r.ReadBytes();
            r.EnsureEnd();
        });
        Assert.Equal(4, e.Offset);
        Assert.Contains("trailing", e.Message);

        var listData = H("c20102");
        Assert.Throws<RlpException>(() =>
        {
            var r = new RlpReader(listData);
            var l = r.ReadList();
            l.ReadULong();
            l.EnsureEnd();
        });
    }

    [Fact]
    public void KindMismatchesAreRejected()
    {
        var list = H("c0");
        Assert.Throws<RlpException>(() => { var r = new RlpReader(list); r.ReadBytes(); });
        var str = H("80");
        Assert.Throws<RlpException>(() => { var r = new RlpReader(str); r.ReadList(); });
    }

    [Fact]
    public void OversizedScalarsAreRejected()
    {
        Assert.Contains("64 bits", ReadULongFails("89010000000000000000").Message);
        var data = H("a1" + "01" + new string('0', 64));
        Assert.Throws<RlpException>(() => { var r = new RlpReader(data); r.ReadUInt256(); });
    }

    [Fact]
    public void WrongSizedAddressAndHashAreRejected()
    {
        var shortAddr = H("93" + new string('1', 38));
        Assert.Throws<RlpException>(() => { var r = new RlpReader(shortAddr); r.ReadAddress(); });
        var shortHash = H("9f" + new string('1', 62));
        Assert.Throws<RlpException>(() => { var r = new RlpReader(shortHash); r.ReadHash(); });
    }

    [Fact]
    public void HugeDeclaredLengthIsRejectedNotAllocated()
    {
        var data = H("bbffffffff00");
        Assert.Throws<RlpException>(() => { var r = new RlpReader(data); r.Skip(); });
        var data8 = H("bf0100000000000000");
        Assert.Throws<RlpException>(() => { var r = new RlpReader(data8); r.Skip(); });
    }
}
