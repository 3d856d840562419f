using System.Numerics;
using ParallelEvm.Vm.Precompiles.Bls12381;

namespace ParallelEvm.Vm.Tests.Precompiles.Bls12381;

/// <summary>Deterministic pseudo-random field elements, scalars and points for the BLS12-381 tests.</summary>
internal sealed class TestValues(int seed)
{
    public static readonly BigInteger P = BigInteger.Parse(
        "01a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab",
        System.Globalization.NumberStyles.HexNumber);

    public static readonly BigInteger R = BigInteger.Parse(
        "073eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001",
        System.Globalization.NumberStyles.HexNumber);

    private readonly Random _random = new(seed);

    public BigInteger Integer(BigInteger modulus)
    {
        var bytes = new byte[modulus.GetByteCount() + 8];
        _random.NextBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true) % modulus;
    }

    public Fp Fp() => ParallelEvm.Vm.Precompiles.Bls12381.Fp.FromBigInteger(Integer(P));

    public Fp2 Fp2() => new(Fp(), Fp());

    public Fp6 Fp6() => new(Fp2(), Fp2(), Fp2());

    public Fp12 Fp12() => new(Fp6(), Fp6());

    /// <summary>A scalar below r as 32 big-endian bytes.</summary>
    public byte[] Scalar() => ToBytes32(Integer(R));

    public static byte[] ToBytes32(BigInteger value)
    {
        var bytes = new byte[32];
        value.TryWriteBytes(bytes.AsSpan(32 - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return bytes;
    }

    public static BigInteger FromBytes(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);
}
