using System.Globalization;
using System.Numerics;
using CsCheck;
using ParallelEvm.State;
using static ParallelEvm.State.Tests.Numerics.UInt256Generators;

namespace ParallelEvm.State.Tests.Numerics;

/// <summary>Big-endian bytes, BigInteger, decimal and hex text.</summary>
public class UInt256ConversionTests
{
    const string TwoTo256MinusOneDecimal = "115792089237316195423570985008687907853269984665640564039457584007913129639935";
    const string TwoTo256Decimal = "115792089237316195423570985008687907853269984665640564039457584007913129639936";

    [Fact]
    public void Big_endian_round_trips() =>
        Value.Sample(x =>
        {
            var bytes = x.ToBigEndianBytes();
            Assert.Equal(32, bytes.Length);
            Assert.Equal(x.ToBigInteger(), new BigInteger(bytes, isUnsigned: true, isBigEndian: true));
            Assert.Equal(x, UInt256.FromBigEndian(bytes));

            var minimal = x.ToMinimalBigEndianBytes();
            Assert.Equal(x.IsZero ? [] : x.ToBigInteger().ToByteArray(isUnsigned: true, isBigEndian: true), minimal);
            Assert.Equal(x, UInt256.FromBigEndian(minimal));

            Span<byte> wide = stackalloc byte[40];
            wide.Fill(0xAA);
            x.WriteBigEndian(wide);
            Assert.True(wide[..32].SequenceEqual(bytes));
            Assert.Equal(0xAA, wide[32]);
        }, iter: Iterations);

    [Fact]
    public void FromBigEndian_left_pads_short_input_and_rejects_long_input()
    {
        Assert.Equal(UInt256.Zero, UInt256.FromBigEndian([]));
        Assert.Equal(new UInt256(0x0102), UInt256.FromBigEndian([0x01, 0x02]));
        var nine = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        Assert.Equal(new UInt256(0x0203040506070809, 0x01, 0, 0), UInt256.FromBigEndian(nine));
        Assert.Throws<ArgumentException>(() => UInt256.FromBigEndian(new byte[33]));
        Assert.ThrowsAny<ArgumentException>(() => UInt256.One.WriteBigEndian(new byte[31]));
        Assert.Empty(UInt256.Zero.ToMinimalBigEndianBytes());
    }

    [Fact]
    public void BigInteger_round_trips_and_rejects_out_of_range()
    {
        Value.Sample(x => Assert.Equal(x, UInt256.FromBigInteger(x.ToBigInteger())), iter: Iterations);
        Assert.Throws<OverflowException>(() => UInt256.FromBigInteger(TwoTo256));
        Assert.Throws<OverflowException>(() => UInt256.FromBigInteger(BigInteger.MinusOne));
    }

    [Fact]
    public void Text_round_trips() =>
        Value.Sample(x =>
        {
            var big = x.ToBigInteger();
            string dec = x.ToString();
            Assert.Equal(big.ToString(CultureInfo.InvariantCulture), dec);
            Assert.Equal(x, UInt256.Parse(dec));

            string hex = x.ToHexString();
            string expectedHex = "0x" + (big.IsZero ? "0" : big.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'));
            Assert.Equal(expectedHex, hex);
            Assert.Equal(x, UInt256.Parse(hex));
            Assert.Equal(x, UInt256.Parse("0X" + hex[2..].ToUpperInvariant()));
            Assert.True(UInt256.TryParse("  " + dec + "\t", out var parsed, out var overflow));
            Assert.False(overflow);
            Assert.Equal(x, parsed);
        }, iter: Iterations);

    [Theory]
    [InlineData("0", "0")]
    [InlineData("0x", "0")]
    [InlineData("0x0", "0")]
    [InlineData("000123", "123")]
    [InlineData("18446744073709551616", "0x10000000000000000")]
    [InlineData("10000000000000000000", "0x8ac7230489e80000")]
    [InlineData(TwoTo256MinusOneDecimal, "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0x00000000000000000000000000000000000000000000000000000000000000000000000001", "1")]
    [InlineData("00000000000000000000000000000000000000000000000000000000000000000000000000000000000000042", "42")]
    [InlineData("0xDeadBeef", "3735928559")]
    public void Parse_accepts(string text, string sameValue) =>
        Assert.Equal(UInt256.Parse(sameValue), UInt256.Parse(text));

    [Fact]
    public void Parse_ignores_leading_zeros_beyond_64_hex_or_78_decimal_digits()
    {
        Assert.Equal(UInt256.MaxValue, UInt256.Parse("0x" + new string('0', 40) + new string('f', 64)));
        Assert.Equal(UInt256.MaxValue, UInt256.Parse(new string('0', 40) + TwoTo256MinusOneDecimal));
        Assert.Throws<OverflowException>(() => UInt256.Parse("0x" + new string('0', 40) + "1" + new string('0', 64)));
    }

    [Theory]
    [InlineData(TwoTo256Decimal)]
    [InlineData("999999999999999999999999999999999999999999999999999999999999999999999999999999")]
    [InlineData("0x10000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0x1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void Parse_overflow_throws_and_try_parse_reports_it(string text)
    {
        Assert.Throws<OverflowException>(() => UInt256.Parse(text));
        Assert.False(UInt256.TryParse(text, out var value, out var overflow));
        Assert.True(overflow);
        Assert.Equal(UInt256.Zero, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("12a")]
    [InlineData("0xg")]
    [InlineData("0x 1")]
    [InlineData("1 2")]
    [InlineData("x12")]
    // A bad character wins over overflow: this is not a number at all.
    [InlineData("0x1000000000000000000000000000000000000000000000000000000000000000000000z")]
    public void Parse_rejects_malformed_text(string text)
    {
        Assert.Throws<FormatException>(() => UInt256.Parse(text));
        Assert.False(UInt256.TryParse(text, out _, out var overflow));
        Assert.False(overflow);
    }

    [Fact]
    public void ToString_known_answers()
    {
        Assert.Equal("0", UInt256.Zero.ToString());
        Assert.Equal("0x0", UInt256.Zero.ToHexString());
        Assert.Equal(TwoTo256MinusOneDecimal, UInt256.MaxValue.ToString());
        Assert.Equal("0x" + new string('f', 64), UInt256.MaxValue.ToHexString());
        // 10^19 and 10^38 exercise the zero padding between 19-digit chunks.
        Assert.Equal("1" + new string('0', 19), new UInt256(0x8ac7230489e80000).ToString());
        Assert.Equal("1" + new string('0', 38), UInt256.Parse("0x4b3b4ca85a86c47a098a224000000000").ToString());
        Assert.Equal("18446744073709551616", new UInt256(0, 1, 0, 0).ToString());
        Assert.Equal("0x10000000000000000", new UInt256(0, 1, 0, 0).ToHexString());
    }
}
