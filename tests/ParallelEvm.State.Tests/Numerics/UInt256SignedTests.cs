using System.Numerics;
using CsCheck;
using ParallelEvm.State;
using static ParallelEvm.State.Tests.Numerics.UInt256Generators;

namespace ParallelEvm.State.Tests.Numerics;

/// <summary>Two's-complement operations SLT/SGT (SignedCompare), SDIV and SMOD (yellow paper, appendix H).</summary>
public class UInt256SignedTests
{
    const string Max = "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";   // -1
    const string Min = "0x8000000000000000000000000000000000000000000000000000000000000000";   // -2^255

    [Fact]
    public void SignedDivide_truncates_toward_zero() =>
        Gen.Select(Value, Divisor, (a, b) => (a, b)).Sample((a, b) =>
        {
            // BigInteger.Divide truncates; wrapping turns -2^255 / -1 = 2^255 into -2^255 as the EVM wants.
            var expected = b.IsZero ? UInt256.Zero : Wrap(BigInteger.Divide(Signed(a), Signed(b)));
            Assert.Equal(expected, UInt256.SignedDivide(in a, in b));
        }, iter: Iterations);

    [Fact]
    public void SignedModulo_takes_the_sign_of_the_dividend() =>
        Gen.Select(Value, Divisor, (a, b) => (a, b)).Sample((a, b) =>
        {
            var expected = b.IsZero ? UInt256.Zero : Wrap(BigInteger.Remainder(Signed(a), Signed(b)));
            Assert.Equal(expected, UInt256.SignedModulo(in a, in b));
        }, iter: Iterations);

    [Fact]
    public void SignedCompare_matches_reference() =>
        Gen.Select(Value, Value, (a, b) => (a, b)).Sample((a, b) =>
            Assert.Equal(Math.Sign(Signed(a).CompareTo(Signed(b))), Math.Sign(UInt256.SignedCompare(in a, in b))),
            iter: Iterations);

    [Theory]
    [InlineData(Min, Max, Min)]          // yellow paper: -2^255 / -1 = -2^255 (overflow wraps)
    [InlineData(Min, "1", Min)]
    [InlineData(Min, Min, "1")]
    [InlineData(Max, "2", "0")]          // -1 / 2 = 0 (truncation, not floor)
    [InlineData(Max, Max, "1")]          // -1 / -1 = 1
    [InlineData("10", Max, "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff6")]   // 10 / -1 = -10
    [InlineData("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8", "3",
        "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe")]                         // -8 / 3 = -2
    [InlineData("7", "0", "0")]
    [InlineData(Min, "0", "0")]
    public void SignedDivide_known_answers(string a, string b, string expected) =>
        Assert.Equal(UInt256.Parse(expected), UInt256.SignedDivide(UInt256.Parse(a), UInt256.Parse(b)));

    [Theory]
    [InlineData("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8",
        "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd",
        "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe")]   // -8 % -3 = -2
    [InlineData("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8", "3",
        "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe")]   // -8 % 3 = -2
    [InlineData("8", "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd", "2")]  // 8 % -3 = 2
    [InlineData(Min, Max, "0")]
    [InlineData(Min, "3", "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe")]  // -2^255 % 3 = -2
    [InlineData("10", "0", "0")]
    public void SignedModulo_known_answers(string a, string b, string expected) =>
        Assert.Equal(UInt256.Parse(expected), UInt256.SignedModulo(UInt256.Parse(a), UInt256.Parse(b)));

    [Fact]
    public void SignedCompare_orders_across_the_sign_bit()
    {
        var minusOne = UInt256.MaxValue;
        var min = UInt256.Parse(Min);
        Assert.True(UInt256.SignedCompare(minusOne, UInt256.Zero) < 0);
        Assert.True(UInt256.SignedCompare(UInt256.Zero, minusOne) > 0);
        Assert.True(UInt256.SignedCompare(min, minusOne) < 0);
        Assert.True(UInt256.SignedCompare(min - UInt256.One, min) > 0);   // 2^255 - 1 is the largest positive
        Assert.Equal(0, UInt256.SignedCompare(min, min));
    }
}
