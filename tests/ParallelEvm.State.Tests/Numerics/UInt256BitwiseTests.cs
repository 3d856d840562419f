using System.Numerics;
using CsCheck;
using ParallelEvm.State;
using static ParallelEvm.State.Tests.Numerics.UInt256Generators;

namespace ParallelEvm.State.Tests.Numerics;

/// <summary>Bitwise logic, shifts (EIP-145), SIGNEXTEND and BYTE.</summary>
public class UInt256BitwiseTests
{
    const string Max = "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";
    const string Min = "0x8000000000000000000000000000000000000000000000000000000000000000";
    const string MaxPositive = "0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

    static readonly Gen<(UInt256, UInt256)> ValueAndCount = Gen.Select(Value, Count, (x, n) => (x, n));

    [Fact]
    public void Logic_operators_match_reference() =>
        Gen.Select(Value, Value, (a, b) => (a, b)).Sample((a, b) =>
        {
            Assert.Equal(Big(a) & Big(b), Big(a & b));
            Assert.Equal(Big(a) | Big(b), Big(a | b));
            Assert.Equal(Big(a) ^ Big(b), Big(a ^ b));
            Assert.Equal(TwoTo256 - 1 - Big(a), Big(~a));
        }, iter: Iterations);

    [Fact]
    public void Int_shifts_match_reference_including_negative_and_huge_counts() =>
        Gen.Select(Value, Gen.Frequency(
                (8, Gen.Int[-300, 300]),
                (1, Gen.Int[0, 4].Select(i => i switch { 0 => int.MinValue, 1 => int.MaxValue, 2 => -256, 3 => 256, _ => -255 }))),
            (x, n) => (x, n)).Sample((x, n) =>
        {
            // Reference: a negative count shifts the other way; results are truncated to 256 bits.
            var left = ReferenceShiftLeft(Big(x), n);
            var right = ReferenceShiftLeft(Big(x), -(long)n);
            Assert.Equal(left, x << n);
            Assert.Equal(left, UInt256.ShiftLeft(in x, n));
            Assert.Equal(right, x >> n);
            Assert.Equal(right, UInt256.ShiftRight(in x, n));
        }, iter: Iterations);

    static UInt256 ReferenceShiftLeft(BigInteger x, long n) =>
        n >= 256 || n <= -256 ? UInt256.Zero : n >= 0 ? Wrap(x << (int)n) : Wrap(x >> (int)-n);

    [Fact]
    public void Evm_shifts_match_reference() =>
        ValueAndCount.Sample((x, n) =>
        {
            bool inRange = n.FitsInUlong && n.U0 < 256;
            int k = inRange ? (int)n.U0 : 0;
            Assert.Equal(inRange ? Wrap(Big(x) << k) : UInt256.Zero, UInt256.ShiftLeft(in x, in n));
            Assert.Equal(inRange ? Wrap(Big(x) >> k) : UInt256.Zero, UInt256.ShiftRight(in x, in n));
            // SAR: floor division by 2^n of the signed value; BigInteger >> rounds toward negative infinity.
            var sar = inRange ? Wrap(Signed(x) >> k) : (x.IsNegative ? UInt256.MaxValue : UInt256.Zero);
            Assert.Equal(sar, UInt256.ShiftRightArithmetic(in x, in n));
        }, iter: Iterations);

    [Theory]
    [InlineData(0), InlineData(1), InlineData(63), InlineData(64), InlineData(65), InlineData(127), InlineData(128),
     InlineData(191), InlineData(192), InlineData(255), InlineData(256), InlineData(257)]
    public void Shifts_at_limb_boundaries(int n)
    {
        var x = UInt256.Parse("0x8123456789abcdef0fedcba987654321f0e1d2c3b4a5968778695a4b3c2d1e0f");
        Assert.Equal(n >= 256 ? UInt256.Zero : Wrap(Big(x) << n), x << n);
        Assert.Equal(n >= 256 ? UInt256.Zero : Wrap(Big(x) >> n), x >> n);
        var count = new UInt256((ulong)n);
        var sar = n >= 256 ? UInt256.MaxValue : Wrap(Signed(x) >> n);
        Assert.Equal(sar, UInt256.ShiftRightArithmetic(in x, in count));
    }

    // Test cases listed in EIP-145 (https://eips.ethereum.org/EIPS/eip-145#test-cases).
    [Theory]
    [InlineData("0x01", "0x00", "0x01")]
    [InlineData("0x01", "0x01", "0x02")]
    [InlineData("0x01", "0xff", Min)]
    [InlineData("0x01", "0x0100", "0x00")]
    [InlineData("0x01", "0x0101", "0x00")]
    [InlineData(Max, "0x00", Max)]
    [InlineData(Max, "0x01", "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe")]
    [InlineData(Max, "0xff", Min)]
    [InlineData(Max, "0x0100", "0x00")]
    [InlineData("0x00", "0x01", "0x00")]
    [InlineData(MaxPositive, "0x01", "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe")]
    public void Shl_eip145_vectors(string value, string shift, string expected) =>
        Assert.Equal(UInt256.Parse(expected), UInt256.ShiftLeft(UInt256.Parse(value), UInt256.Parse(shift)));

    [Theory]
    [InlineData("0x01", "0x00", "0x01")]
    [InlineData("0x01", "0x01", "0x00")]
    [InlineData(Min, "0x01", "0x4000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(Min, "0xff", "0x01")]
    [InlineData(Min, "0x0100", "0x00")]
    [InlineData(Min, "0x0101", "0x00")]
    [InlineData(Max, "0x00", Max)]
    [InlineData(Max, "0x01", MaxPositive)]
    [InlineData(Max, "0xff", "0x01")]
    [InlineData(Max, "0x0100", "0x00")]
    [InlineData("0x00", "0x01", "0x00")]
    public void Shr_eip145_vectors(string value, string shift, string expected) =>
        Assert.Equal(UInt256.Parse(expected), UInt256.ShiftRight(UInt256.Parse(value), UInt256.Parse(shift)));

    [Theory]
    [InlineData("0x01", "0x00", "0x01")]
    [InlineData("0x01", "0x01", "0x00")]
    [InlineData(Min, "0x01", "0xc000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(Min, "0xff", Max)]
    [InlineData(Min, "0x0100", Max)]
    [InlineData(Min, "0x0101", Max)]
    [InlineData(Max, "0x00", Max)]
    [InlineData(Max, "0x01", Max)]
    [InlineData(Max, "0xff", Max)]
    [InlineData(Max, "0x0100", Max)]
    [InlineData("0x00", "0x01", "0x00")]
    [InlineData("0x4000000000000000000000000000000000000000000000000000000000000000", "0xfe", "0x01")]
    [InlineData(MaxPositive, "0xf8", "0x7f")]
    [InlineData(MaxPositive, "0xfe", "0x01")]
    [InlineData(MaxPositive, "0xff", "0x00")]
    [InlineData(MaxPositive, "0x0100", "0x00")]
    // Beyond the EIP list: counts that do not fit in 64 bits.
    [InlineData(Min, Max, Max)]
    [InlineData(MaxPositive, "0x10000000000000000", "0x00")]
    public void Sar_eip145_vectors(string value, string shift, string expected) =>
        Assert.Equal(UInt256.Parse(expected), UInt256.ShiftRightArithmetic(UInt256.Parse(value), UInt256.Parse(shift)));

    [Fact]
    public void SignExtend_matches_reference() =>
        Gen.Select(Gen.Frequency((8, Gen.Int[0, 40].Select(i => new UInt256((ulong)i))), (1, Count)), Value, (b, x) => (b, x))
            .Sample((b, x) =>
            {
                UInt256 expected;
                if (!b.FitsInUlong || b.U0 >= 31) expected = x;
                else
                {
                    // Yellow paper: bits above position 8b+7 copy that bit.
                    int bit = (int)b.U0 * 8 + 7;
                    var low = (BigInteger.One << (bit + 1)) - 1;
                    bool set = !(Big(x) >> bit).IsEven;
                    expected = UInt256.FromBigInteger(set ? Big(x) | (TwoTo256 - 1 - low) : Big(x) & low);
                }
                Assert.Equal(expected, UInt256.SignExtend(in b, in x));
            }, iter: Iterations);

    [Theory]
    [InlineData("0", "0xff", Max)]
    [InlineData("0", "0x7f", "0x7f")]
    [InlineData("0", "0x1280", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff80")]
    [InlineData("1", "0x8000", "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8000")]
    [InlineData("1", "0xff7fff", "0x7fff")]
    [InlineData("7", "0x80000000000000ff", "0xffffffffffffffffffffffffffffffffffffffffffffffff80000000000000ff")]
    [InlineData("30", "0x0080000000000000000000000000000000000000000000000000000000000000",
        "0xff80000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("31", "0x0080000000000000000000000000000000000000000000000000000000000000",
        "0x0080000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0x10000000000000000", "0xff", "0xff")]
    [InlineData(Max, "0x80", "0x80")]
    public void SignExtend_known_answers(string b, string x, string expected) =>
        Assert.Equal(UInt256.Parse(expected), UInt256.SignExtend(UInt256.Parse(b), UInt256.Parse(x)));

    [Fact]
    public void Byte_matches_reference() =>
        Gen.Select(Gen.Frequency((8, Gen.Int[0, 40].Select(i => new UInt256((ulong)i))), (1, Count)), Value, (i, x) => (i, x))
            .Sample((i, x) =>
            {
                var expected = !i.FitsInUlong || i.U0 >= 32
                    ? UInt256.Zero
                    : UInt256.FromBigInteger((Big(x) >> (8 * (31 - (int)i.U0))) & 0xff);
                Assert.Equal(expected, UInt256.Byte(in i, in x));
            }, iter: Iterations);

    [Fact]
    public void Byte_indexes_from_the_most_significant_end()
    {
        var x = UInt256.Parse("0x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        for (int i = 0; i < 32; i++)
            Assert.Equal(new UInt256((ulong)i), UInt256.Byte(new UInt256((ulong)i), x));
        Assert.Equal(UInt256.Zero, UInt256.Byte(new UInt256(32), UInt256.MaxValue));
        Assert.Equal(UInt256.Zero, UInt256.Byte(UInt256.MaxValue, UInt256.MaxValue));
        Assert.Equal(UInt256.Zero, UInt256.Byte(new UInt256(0, 1, 0, 0), UInt256.MaxValue));
    }
}
