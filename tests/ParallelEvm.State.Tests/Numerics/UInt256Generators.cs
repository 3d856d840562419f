using System.Numerics;
using CsCheck;
using ParallelEvm.State;

namespace ParallelEvm.State.Tests.Numerics;

/// <summary>
/// CsCheck generators for UInt256 biased toward the values where limb arithmetic breaks: carries across
/// limb boundaries, all-ones limbs, the sign bit, and divisors of every limb count.
/// </summary>
internal static class UInt256Generators
{
    public static readonly BigInteger TwoTo256 = BigInteger.One << 256;
    public static readonly BigInteger TwoTo255 = BigInteger.One << 255;

    static readonly BigInteger[] EdgeValues =
    [
        0, 1, 2, 3, 10, 255, 256,
        ulong.MaxValue, (BigInteger)ulong.MaxValue + 1, (BigInteger)ulong.MaxValue + 2,
        (BigInteger.One << 63), (BigInteger.One << 63) - 1,
        (BigInteger.One << 128) - 1, BigInteger.One << 128, (BigInteger.One << 128) + 1,
        (BigInteger.One << 192) - 1, BigInteger.One << 192, (BigInteger.One << 192) + 1,
        TwoTo255 - 1, TwoTo255, TwoTo255 + 1,
        TwoTo256 - 1, TwoTo256 - 2, TwoTo256 - ulong.MaxValue,
        BigInteger.Pow(10, 19), BigInteger.Pow(10, 38), BigInteger.Pow(10, 77),
    ];

    public static readonly UInt256[] Edges = EdgeValues.Select(v => UInt256.FromBigInteger(v)).ToArray();

    /// <summary>A limb: mostly random, often one of the carry-critical constants.</summary>
    public static readonly Gen<ulong> Limb = Gen.Frequency(
        (4, Gen.ULong),
        (1, Gen.Int[0, 6].Select(i => i switch
        {
            0 => 0UL,
            1 => 1UL,
            2 => ulong.MaxValue,
            3 => ulong.MaxValue - 1,
            4 => 1UL << 63,
            5 => (1UL << 63) - 1,
            _ => 0x8000_0000_0000_0001UL,
        })));

    static Gen<UInt256> WithLimbs(int count) =>
        Gen.Select(Limb, Limb, Limb, Limb, (a, b, c, d) =>
            new UInt256(a, count > 1 ? b : 0, count > 2 ? c : 0, count > 3 ? d : 0));

    /// <summary>Only the high limbs set (low limbs zero).</summary>
    static readonly Gen<UInt256> HighOnly = Gen.Select(Limb, Limb, Gen.Int[1, 3], (a, b, k) =>
        k switch { 1 => new UInt256(0, 0, 0, a), 2 => new UInt256(0, 0, b, a), _ => new UInt256(0, b, a, b) });

    /// <summary>2^k, 2^k - 1 and 2^k + 1.</summary>
    static readonly Gen<UInt256> NearPowerOfTwo = Gen.Select(Gen.Int[0, 255], Gen.Int[-1, 1], (k, delta) =>
        UInt256.FromBigInteger(((BigInteger.One << k) + delta + TwoTo256) % TwoTo256));

    static readonly Gen<UInt256> Edge = Gen.Int[0, EdgeValues.Length - 1].Select(i => Edges[i]);

    /// <summary>Any 256-bit value, edge-biased.</summary>
    public static readonly Gen<UInt256> Value = Gen.Frequency(
        (3, Edge),
        (1, WithLimbs(1)), (1, WithLimbs(2)), (1, WithLimbs(3)), (3, WithLimbs(4)),
        (1, HighOnly),
        (2, NearPowerOfTwo));

    /// <summary>Divisors: every limb count equally likely, including 0 and small values.</summary>
    public static readonly Gen<UInt256> Divisor = Gen.Frequency(
        (1, Edge),
        (2, WithLimbs(1)), (2, WithLimbs(2)), (2, WithLimbs(3)), (2, WithLimbs(4)),
        (1, HighOnly),
        (1, NearPowerOfTwo),
        (1, Gen.Int[0, 16].Select(i => new UInt256((ulong)i))));

    /// <summary>Shift/byte-index counts as UInt256: small, around the boundaries, and huge.</summary>
    public static readonly Gen<UInt256> Count = Gen.Frequency(
        (6, Gen.Int[0, 300].Select(i => new UInt256((ulong)i))),
        (1, Gen.Select(Gen.ULong, u => new UInt256(u))),
        (1, Gen.Select(Gen.ULong, Gen.ULong, (lo, hi) => new UInt256(lo, hi | 1, 0, 0))),
        (1, Gen.Const(UInt256.MaxValue)));

    public static BigInteger Big(UInt256 x) => x.ToBigInteger();

    /// <summary>Reduces modulo 2^256 into a UInt256 (two's complement for negatives).</summary>
    public static UInt256 Wrap(BigInteger v)
    {
        v %= TwoTo256;
        if (v.Sign < 0) v += TwoTo256;
        return UInt256.FromBigInteger(v);
    }

    /// <summary>The two's-complement signed reading of x.</summary>
    public static BigInteger Signed(UInt256 x)
    {
        var v = x.ToBigInteger();
        return v >= TwoTo255 ? v - TwoTo256 : v;
    }

    /// <summary>Number of iterations per property: enough to hit rare paths (Knuth D's add-back) in CI time.</summary>
    public const long Iterations = 20_000;
}
