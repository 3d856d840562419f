using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// G1: the order-r subgroup of E(Fp): y² = x³ + 4 (draft-irtf-cfrg-pairing-friendly-curves, BLS12_381; EIP-2537).
/// </summary>
public static class G1
{
    /// <summary>ZCash compressed encoding length (EIP-4844 commitments and proofs).</summary>
    public const int CompressedLength = 48;

    /// <summary>EIP-2537 encoding: x and y, each a 64-byte big-endian field element with 16 zero bytes of padding.</summary>
    public const int UncompressedLength = 128;

    public static readonly Fp B = Fp.FromUInt64(4);

    public static readonly AffinePoint<Fp> Generator = new(
        Parse("17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
        Parse("08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"));

    /// <summary>
    /// β, a primitive cube root of unity in Fp chosen so that the endomorphism φ(x, y) = (βx, y) acts on G1 as
    /// multiplication by −x² (the other root gives x² − 1). Derived at start-up and checked on the generator.
    /// </summary>
    private static readonly Fp Beta = FindBeta();

    public static bool IsOnCurve(in AffinePoint<Fp> p) =>
        p.IsInfinity || Fp.Square(p.Y) == Fp.Square(p.X) * p.X + B;

    /// <summary>
    /// True if P is on the curve and in the order-r subgroup. Test: φ(P) = [−x²]P (Scott, "A note on group membership
    /// tests for G1, G2 and GT on BLS pairing-friendly curves"). Sufficient because φ² + φ + 1 = 0 (the points
    /// (x, y), (βx, y), (β²x, y) are collinear), so φ(P) = −x²P gives (x⁴ − x² + 1)P = rP = O; necessary because φ
    /// acts as −x² on G1 by the choice of β. Costs two 64-bit scalar multiplications instead of one by 255-bit r.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsInSubgroup(in AffinePoint<Fp> p)
    {
        if (p.IsInfinity) return true;
        if (!IsOnCurve(p)) return false;
        JacobianPoint<Fp> xxP = p.ToJacobian().Multiply(Pairing.AbsX).Multiply(Pairing.AbsX);
        var phiP = new JacobianPoint<Fp>(Beta * p.X, p.Y, Fp.One);
        return phiP.IsSamePoint(xxP.Negate());
    }

    /// <summary>Reference membership test [r]P = O (slow; kept to cross-check the endomorphism test).</summary>
    internal static bool IsInSubgroupByOrder(in AffinePoint<Fp> p) =>
        p.IsInfinity || (IsOnCurve(p) && p.ToJacobian().Multiply(ScalarField.ModulusBigEndian).IsInfinity);

    /// <summary>
    /// Decodes the ZCash compressed form; the result is on the curve but NOT yet checked for subgroup membership.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryDecompress(ReadOnlySpan<byte> encoded, out AffinePoint<Fp> point)
    {
        point = AffinePoint<Fp>.Infinity;
        if (encoded.Length != CompressedLength) return false;
        if (!PointCompression.TryReadFlags(encoded, out bool infinity, out bool largest)) return false;
        if (infinity) return PointCompression.IsCanonicalInfinity(encoded);

        Span<byte> xBytes = stackalloc byte[Fp.ByteLength];
        encoded.CopyTo(xBytes);
        xBytes[0] &= PointCompression.CoordinateMask;
        if (!Fp.TryFromBigEndian(xBytes, out Fp x)) return false;
        if (!Fp.TrySqrt(Fp.Square(x) * x + B, out Fp y)) return false;
        if (y.IsLexicographicallyLargest() != largest) y = -y;
        point = new AffinePoint<Fp>(x, y);
        return true;
    }

    public static byte[] Compress(in AffinePoint<Fp> p)
    {
        var output = new byte[CompressedLength];
        if (p.IsInfinity)
        {
            output[0] = PointCompression.CompressionFlag | PointCompression.InfinityFlag;
            return output;
        }
        p.X.WriteBigEndian(output);
        output[0] |= PointCompression.CompressionFlag;
        if (p.Y.IsLexicographicallyLargest()) output[0] |= PointCompression.SignFlag;
        return output;
    }

    /// <summary>EIP-2537 decoding (all zeros is infinity); checks padding, canonical coordinates and the curve equation.</summary>
    public static bool TryDecodeUncompressed(ReadOnlySpan<byte> encoded, out AffinePoint<Fp> point)
    {
        point = AffinePoint<Fp>.Infinity;
        if (encoded.Length != UncompressedLength) return false;
        if (!encoded.ContainsAnyExcept((byte)0)) return true;
        if (!PaddedField.TryRead(encoded[..64], out Fp x) || !PaddedField.TryRead(encoded[64..], out Fp y)) return false;
        point = new AffinePoint<Fp>(x, y);
        return IsOnCurve(point);
    }

    public static byte[] EncodeUncompressed(in AffinePoint<Fp> p)
    {
        var output = new byte[UncompressedLength];
        if (p.IsInfinity) return output;
        PaddedField.Write(p.X, output.AsSpan(0, 64));
        PaddedField.Write(p.Y, output.AsSpan(64, 64));
        return output;
    }

    private static Fp FindBeta()
    {
        // g^((p−1)/3) ≠ 1 for a non-cube g is a primitive cube root of unity; β and β² are the two choices.
        ulong[] exponent = Fp.IntegerToLimbs((Fp.Modulus - 1) / 3);
        for (ulong g = 2; ; g++)
        {
            Fp candidate = Fp.Pow(Fp.FromUInt64(g), exponent);
            if (candidate.IsOne) continue;
            JacobianPoint<Fp> minusXxG = Generator.ToJacobian().Multiply(Pairing.AbsX).Multiply(Pairing.AbsX).Negate();
            foreach (Fp beta in new[] { candidate, Fp.Square(candidate) })
            {
                if (new JacobianPoint<Fp>(beta * Generator.X, Generator.Y, Fp.One).IsSamePoint(minusXxG)) return beta;
            }
            throw new InvalidOperationException("no cube root of unity acts as −x² on G1");
        }
    }

    private static Fp Parse(string hex)
    {
        if (!Fp.TryFromBigEndian(Convert.FromHexString(hex), out Fp value)) throw new InvalidOperationException("bad constant");
        return value;
    }
}
