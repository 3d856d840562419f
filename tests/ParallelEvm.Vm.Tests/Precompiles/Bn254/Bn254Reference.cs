using System.Numerics;
using ParallelEvm.Vm.Precompiles.Bn254;

namespace ParallelEvm.Vm.Tests.Precompiles.Bn254;

/// <summary>
/// Independent slow reference for the tests: BigInteger affine arithmetic on y² = x³ + 3 mod p straight from the
/// textbook group law, plus conversions and encoders for precompile inputs.
/// </summary>
internal static class Bn254Reference
{
    public static readonly BigInteger P = BigInteger.Parse("21888242871839275222246405745257275088696311157297823662689037894645226208583");
    public static readonly BigInteger R = BigInteger.Parse("21888242871839275222246405745257275088548364400416034343698204186575808495617");

    // EIP-197 G2 generator (x = XImag·i + XReal, y = YImag·i + YReal).
    public static readonly BigInteger G2XReal = BigInteger.Parse("10857046999023057135944570762232829481370756359578518086990519993285655852781");
    public static readonly BigInteger G2XImag = BigInteger.Parse("11559732032986387107991004021392285783925812861821192530917403151452391805634");
    public static readonly BigInteger G2YReal = BigInteger.Parse("8495653923123431417604973247489272438418190587263600148770280649306958101930");
    public static readonly BigInteger G2YImag = BigInteger.Parse("4082367875863433681332203403145435568316851327593401208105741076214120093531");

    public static BigInteger Mod(BigInteger a) => ((a % P) + P) % P;

    public static byte[] Word(BigInteger value)
    {
        byte[] raw = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        if (raw.Length > 32) throw new ArgumentException("does not fit 32 bytes");
        var word = new byte[32];
        raw.CopyTo(word, 32 - raw.Length);
        return word;
    }

    public static BigInteger FromWord(ReadOnlySpan<byte> word) => new(word, isUnsigned: true, isBigEndian: true);

    public static Fp ToFp(BigInteger value)
    {
        Assert.True(Fp.TryReadBigEndian(Word(Mod(value)), out Fp fp));
        return fp;
    }

    public static BigInteger ToBig(in Fp value)
    {
        var word = new byte[32];
        value.WriteBigEndian(word);
        return FromWord(word);
    }

    public static Fp2 ToFp2(BigInteger real, BigInteger imaginary) => new(ToFp(real), ToFp(imaginary));

    public static Fp2 G2X => ToFp2(G2XReal, G2XImag);
    public static Fp2 G2Y => ToFp2(G2YReal, G2YImag);

    /// <summary>Affine point; null is the point at infinity.</summary>
    public readonly record struct Point(BigInteger X, BigInteger Y);

    public static Point? Add(Point? a, Point? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        Point p = a.Value, q = b.Value;
        BigInteger lambda;
        if (p.X == q.X)
        {
            if (Mod(p.Y + q.Y) == 0) return null;
            lambda = Mod(3 * p.X * p.X * BigInteger.ModPow(2 * p.Y, P - 2, P));
        }
        else
        {
            lambda = Mod((q.Y - p.Y) * BigInteger.ModPow(Mod(q.X - p.X), P - 2, P));
        }
        BigInteger x = Mod(lambda * lambda - p.X - q.X);
        BigInteger y = Mod(lambda * (p.X - x) - p.Y);
        return new Point(x, y);
    }

    public static Point? Multiply(Point? a, BigInteger k)
    {
        Point? result = null;
        Point? addend = a;
        while (k > 0)
        {
            if (!k.IsEven) result = Add(result, addend);
            addend = Add(addend, addend);
            k >>= 1;
        }
        return result;
    }

    public static Point? Negate(Point? a) => a is null ? null : new Point(a.Value.X, Mod(-a.Value.Y));

    public static byte[] EncodeG1(Point? point) =>
        point is null ? new byte[64] : [.. Word(point.Value.X), .. Word(point.Value.Y)];

    public static byte[] EncodeG2(in Fp2 x, in Fp2 y)
    {
        var bytes = new byte[128];
        x.Imaginary.WriteBigEndian(bytes.AsSpan(0, 32));
        x.Real.WriteBigEndian(bytes.AsSpan(32, 32));
        y.Imaginary.WriteBigEndian(bytes.AsSpan(64, 32));
        y.Real.WriteBigEndian(bytes.AsSpan(96, 32));
        return bytes;
    }

    /// <summary>[k]Q on the twist as affine coordinates, via the production Jacobian code over F_p².</summary>
    public static (Fp2 X, Fp2 Y) MultiplyG2(in Fp2 x, in Fp2 y, BigInteger k) =>
        JacobianPoint<Fp2>.Multiply(x, y, k.ToByteArray(isUnsigned: true, isBigEndian: true)).ToAffine();

    public static Fp12 Pow(in Fp12 a, BigInteger exponent)
    {
        Fp12 result = Fp12.One;
        foreach (byte b in exponent.ToByteArray(isUnsigned: true, isBigEndian: true))
        {
            for (int bit = 7; bit >= 0; bit--)
            {
                result = Fp12.Square(result);
                if (((b >> bit) & 1) != 0) result *= a;
            }
        }
        return result;
    }

    public static Fp RandomFp(Random random)
    {
        var bytes = new byte[40];
        random.NextBytes(bytes);
        return ToFp(new BigInteger(bytes, isUnsigned: true));
    }

    public static Fp2 RandomFp2(Random random) => new(RandomFp(random), RandomFp(random));

    public static Fp6 RandomFp6(Random random) => new(RandomFp2(random), RandomFp2(random), RandomFp2(random));

    public static Fp12 RandomFp12(Random random) => new(RandomFp6(random), RandomFp6(random));

    public static byte[] Hex(string hex) => Convert.FromHexString(hex);
}
