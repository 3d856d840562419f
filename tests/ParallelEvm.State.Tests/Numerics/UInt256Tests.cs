using System.Numerics;
using CsCheck;
using ParallelEvm.State;
using static ParallelEvm.State.Tests.Numerics.UInt256Generators;

namespace ParallelEvm.State.Tests.Numerics;

/// <summary>Unsigned arithmetic of UInt256 checked against System.Numerics.BigInteger as the reference model.</summary>
public class UInt256Tests
{
    static readonly Gen<(UInt256, UInt256)> Pair = Gen.Select(Value, Value, (a, b) => (a, b));
    static readonly Gen<(UInt256, UInt256)> DividendDivisor = Gen.Select(Value, Divisor, (a, b) => (a, b));

    [Fact]
    public void Add_matches_reference_and_reports_carry() =>
        Pair.Sample((a, b) =>
        {
            var expected = Big(a) + Big(b);
            Assert.Equal(Wrap(expected), a + b);
            UInt256.Add(in a, in b, out var viaIn);
            Assert.Equal(Wrap(expected), viaIn);
            Assert.Equal(expected >= TwoTo256, UInt256.AddOverflow(in a, in b, out var sum));
            Assert.Equal(Wrap(expected), sum);
        }, iter: Iterations);

    [Fact]
    public void Subtract_matches_reference_and_reports_borrow() =>
        Pair.Sample((a, b) =>
        {
            var expected = Big(a) - Big(b);
            Assert.Equal(Wrap(expected), a - b);
            UInt256.Subtract(in a, in b, out var viaIn);
            Assert.Equal(Wrap(expected), viaIn);
            Assert.Equal(expected.Sign < 0, UInt256.SubtractUnderflow(in a, in b, out var diff));
            Assert.Equal(Wrap(expected), diff);
        }, iter: Iterations);

    [Fact]
    public void Multiply_matches_reference_and_reports_overflow() =>
        Pair.Sample((a, b) =>
        {
            var expected = Big(a) * Big(b);
            Assert.Equal(Wrap(expected), a * b);
            UInt256.Multiply(in a, in b, out var viaIn);
            Assert.Equal(Wrap(expected), viaIn);
            Assert.Equal(expected >= TwoTo256, UInt256.MultiplyOverflow(in a, in b, out var product));
            Assert.Equal(Wrap(expected), product);
            UInt256.MultiplyFull(in a, in b, out var low, out var high);
            Assert.Equal(expected, Big(high) * TwoTo256 + Big(low));
        }, iter: Iterations);

    [Fact]
    public void Square_matches_reference() =>
        Value.Sample(a =>
        {
            UInt256.Square(in a, out var square);
            Assert.Equal(Wrap(Big(a) * Big(a)), square);
        }, iter: Iterations);

    [Fact]
    public void Negate_is_two_complement() =>
        Value.Sample(a =>
        {
            Assert.Equal(Wrap(-Big(a)), a.Negate());
            Assert.Equal(UInt256.Zero, a + a.Negate());
        }, iter: Iterations);

    [Fact]
    public void DivRem_matches_reference_with_zero_divisor_giving_zero() =>
        DividendDivisor.Sample((a, b) =>
        {
            var q = b.IsZero ? UInt256.Zero : UInt256.FromBigInteger(BigInteger.Divide(Big(a), Big(b)));
            var r = b.IsZero ? UInt256.Zero : UInt256.FromBigInteger(BigInteger.Remainder(Big(a), Big(b)));
            Assert.Equal(q, a / b);
            Assert.Equal(r, a % b);
            UInt256.DivRem(in a, in b, out var q2, out var r2);
            Assert.Equal(q, q2);
            Assert.Equal(r, r2);
            UInt256.Divide(in a, in b, out var q3);
            UInt256.Mod(in a, in b, out var r3);
            Assert.Equal(q, q3);
            Assert.Equal(r, r3);
        }, iter: Iterations * 3);

    /// <summary>
    /// Shapes for the rare branches of Knuth's algorithm D (checked with an instrumented copy when written):
    /// the first and third force step D6 (q̂ still one too large, the divisor is added back); the last two
    /// force the q̂ = 2^64 - 1 clamp (top dividend limb equal to the top divisor limb).
    /// </summary>
    [Theory]
    [InlineData("0x7fffffffffffffff800000000000000000000000000000000000000000000000", "0x800000000000000000000000000000000000000000000001")]
    [InlineData("0x7fffffffffffffff800000000000000000000000000000000000000000000000", "0x80000000000000000000000000000001")]
    [InlineData("0x7fffffffffffffff80000000000000000000000000000000fffffffffffffffe", "0x80000000000000000000000000000000ffffffffffffffff")]
    [InlineData("0x800000000000000000000000000000000000000000000000", "0x800000000000000000000000000000000000000000000001")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0x1ffffffffffffffffffffffffffffffff")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "0xffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("0xfffffffffffffffffffffffffffffffe00000000000000000000000000000000", "0xffffffffffffffffffffffffffffffff")]
    [InlineData("0x0000000000000001000000000000000000000000000000000000000000000000", "0x10000000000000001")]
    public void DivRem_handles_estimate_correction_shapes(string dividend, string divisor)
    {
        var a = UInt256.Parse(dividend);
        var b = UInt256.Parse(divisor);
        UInt256.DivRem(in a, in b, out var q, out var r);
        Assert.Equal(BigInteger.Divide(Big(a), Big(b)), Big(q));
        Assert.Equal(BigInteger.Remainder(Big(a), Big(b)), Big(r));
    }

    [Fact]
    public void DivRem_outputs_may_alias_inputs()
    {
        var a = UInt256.Parse("0x123456789abcdef0fedcba9876543210123456789abcdef0fedcba9876543210");
        var b = UInt256.Parse("0xfedcba98765432100123456789abcdef");
        var expectedQ = a / b;
        var expectedR = a % b;
        var x = a; var y = b;
        UInt256.DivRem(in x, in y, out x, out y);
        Assert.Equal(expectedQ, x);
        Assert.Equal(expectedR, y);

        var s = a;
        UInt256.Add(in s, in s, out s);
        Assert.Equal(a + a, s);
        var m = a;
        UInt256.Multiply(in m, in m, out m);
        Assert.Equal(a * a, m);
    }

    [Fact]
    public void AddMod_uses_a_257_bit_intermediate() =>
        Gen.Select(Value, Value, Divisor, (a, b, m) => (a, b, m)).Sample((a, b, m) =>
        {
            var expected = m.IsZero ? UInt256.Zero : UInt256.FromBigInteger((Big(a) + Big(b)) % Big(m));
            Assert.Equal(expected, UInt256.AddMod(in a, in b, in m));
        }, iter: Iterations * 2);

    [Fact]
    public void MulMod_uses_a_512_bit_intermediate() =>
        Gen.Select(Value, Value, Divisor, (a, b, m) => (a, b, m)).Sample((a, b, m) =>
        {
            var expected = m.IsZero ? UInt256.Zero : UInt256.FromBigInteger(Big(a) * Big(b) % Big(m));
            Assert.Equal(expected, UInt256.MulMod(in a, in b, in m));
        }, iter: Iterations * 2);

    [Fact]
    public void AddMod_and_MulMod_edge_cases()
    {
        var max = UInt256.MaxValue;
        // 2·(2^256-1) is a multiple of 2^256-1, and needs the 257th bit.
        Assert.Equal(UInt256.Zero, UInt256.AddMod(in max, in max, in max));
        // (2^256-1)^2 mod (2^256-1) = 0, and mod (2^256-2) = 1 since 2^256-1 ≡ 1.
        Assert.Equal(UInt256.Zero, UInt256.MulMod(in max, in max, in max));
        var maxMinus1 = max - UInt256.One;
        Assert.Equal(UInt256.One, UInt256.MulMod(in max, in max, in maxMinus1));
        // x mod 0 = 0 (EVM).
        Assert.Equal(UInt256.Zero, UInt256.AddMod(in max, in max, in UInt256.Zero));
        Assert.Equal(UInt256.Zero, UInt256.MulMod(in max, in max, in UInt256.Zero));
        // 2^256 - 1 + 1 = 2^256 ≡ 2^256 mod 3 = 1 (since 2^2 ≡ 1 mod 3).
        var three = new UInt256(3);
        Assert.Equal(UInt256.One, UInt256.AddMod(in max, in UInt256.One, in three));
    }

    [Fact]
    public void Exp_matches_modular_power() =>
        Gen.Select(Value, Gen.Frequency(
                (3, Gen.Int[0, 300].Select(i => new UInt256((ulong)i))),
                (1, Value)),
            (b, e) => (b, e)).Sample((b, e) =>
        {
            var expected = BigInteger.ModPow(Big(b), Big(e), TwoTo256);
            Assert.Equal(UInt256.FromBigInteger(expected), UInt256.Exp(in b, in e));
        }, iter: Iterations / 4);

    [Theory]
    [InlineData("0", "0", "1")]
    [InlineData("0", "5", "0")]
    [InlineData("2", "255", "0x8000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("2", "256", "0")]
    [InlineData("0x100000000000000000000000000000000", "2", "0")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "2", "1")]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "3",
        "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("3", "5", "243")]
    [InlineData("10", "77", "100000000000000000000000000000000000000000000000000000000000000000000000000000")]
    public void Exp_known_answers(string b, string e, string expected)
    {
        var x = UInt256.Parse(b);
        var y = UInt256.Parse(e);
        Assert.Equal(UInt256.Parse(expected), UInt256.Exp(in x, in y));
    }

    [Fact]
    public void Comparisons_match_reference() =>
        Pair.Sample((a, b) =>
        {
            int expected = Big(a).CompareTo(Big(b));
            Assert.Equal(Math.Sign(expected), Math.Sign(a.CompareTo(b)));
            Assert.Equal(Math.Sign(expected), Math.Sign(UInt256.Compare(in a, in b)));
            Assert.Equal(expected < 0, a < b);
            Assert.Equal(expected <= 0, a <= b);
            Assert.Equal(expected > 0, a > b);
            Assert.Equal(expected >= 0, a >= b);
            Assert.Equal(expected == 0, a == b);
            Assert.Equal(expected != 0, a != b);
            Assert.Equal(expected < 0, UInt256.LessThan(in a, in b));
            Assert.Equal(expected == 0, a.Equals(b));
            Assert.Equal(expected == 0, a.Equals((object)b));
            if (expected == 0) Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
        }, iter: Iterations);

    [Fact]
    public void Properties_match_reference() =>
        Value.Sample(a =>
        {
            var big = Big(a);
            Assert.Equal(big.IsZero, a.IsZero);
            Assert.Equal(big.IsOne, a.IsOne);
            Assert.Equal(big >= TwoTo255, a.IsNegative);
            Assert.Equal(big <= ulong.MaxValue, a.FitsInUlong);
            Assert.Equal((int)big.GetBitLength(), a.BitLength);
            Assert.Equal(256 - (int)big.GetBitLength(), a.LeadingZeroCount);
            Assert.Equal(256 - (int)big.GetBitLength(), UInt256.CountLeadingZeros(in a));
            Assert.Equal(big <= long.MaxValue ? (long)big : long.MaxValue, a.ToLongSaturating());
            Assert.Equal((ulong)(big & ulong.MaxValue), (ulong)a);
            Assert.Equal(unchecked((long)(ulong)(big & ulong.MaxValue)), (long)a);
        }, iter: Iterations);

    [Fact]
    public void Constants_and_implicit_conversions()
    {
        Assert.Equal(BigInteger.Zero, Big(UInt256.Zero));
        Assert.Equal(BigInteger.One, Big(UInt256.One));
        Assert.Equal(TwoTo256 - 1, Big(UInt256.MaxValue));
        Assert.Equal(new UInt256(7), (UInt256)7);
        Assert.Equal(new UInt256(uint.MaxValue), (UInt256)uint.MaxValue);
        Assert.Equal(new UInt256(ulong.MaxValue), (UInt256)ulong.MaxValue);
        Assert.Throws<OverflowException>(() => { UInt256 x = -1; return x; });
        Assert.Equal(256, UInt256.Zero.LeadingZeroCount);
        Assert.Equal(0, UInt256.Zero.BitLength);
        Assert.Equal(256, UInt256.MaxValue.BitLength);
    }
}
