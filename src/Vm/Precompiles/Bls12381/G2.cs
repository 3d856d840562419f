using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// G2: the order-r subgroup of the sextic twist E'(Fp2): y² = x³ + 4(1 + u)
/// (draft-irtf-cfrg-pairing-friendly-curves, BLS12_381; EIP-2537).
/// </summary>
public static class G2
{
    /// <summary>ZCash compressed encoding: x.c1 ‖ x.c0, flags in the top bits of the first byte.</summary>
    public const int CompressedLength = 96;

    /// <summary>EIP-2537 encoding: x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1, each 64 bytes with 16 zero bytes of padding.</summary>
    public const int UncompressedLength = 256;

    public static readonly Fp2 B = Fp2.MultiplyByFp(Fp2.NonResidue, Fp.FromUInt64(4));

    public static readonly AffinePoint<Fp2> Generator = new(
        new Fp2(
            Parse("024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8"),
            Parse("13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e")),
        new Fp2(
            Parse("0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801"),
            Parse("0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be")));

    public static bool IsOnCurve(in AffinePoint<Fp2> p) =>
        p.IsInfinity || Fp2.Square(p.Y) == Fp2.Square(p.X) * p.X + B;

    /// <summary>
    /// True if Q is on the curve and in the order-r subgroup. Test: ψ(Q) = [x]Q with x = −|x| (Scott, "A note on
    /// group membership tests for G1, G2 and GT on BLS pairing-friendly curves", sec. 4; EIP-2537
    /// fast_subgroup_checks.md: psi(P) + |x|·P = 0). One 64-bit multiplication instead of one by 255-bit r.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsInSubgroup(in AffinePoint<Fp2> p)
    {
        if (p.IsInfinity) return true;
        if (!IsOnCurve(p)) return false;
        JacobianPoint<Fp2> q = p.ToJacobian();
        return G2Psi.Apply(q).IsSamePoint(q.Multiply(Pairing.AbsX).Negate());
    }

    /// <summary>Reference membership test [r]Q = O (slow; kept to cross-check the endomorphism test).</summary>
    internal static bool IsInSubgroupByOrder(in AffinePoint<Fp2> p) =>
        p.IsInfinity || (IsOnCurve(p) && p.ToJacobian().Multiply(ScalarField.ModulusBigEndian).IsInfinity);

    /// <summary>
    /// Decodes the ZCash compressed form; the result is on the curve but NOT yet checked for subgroup membership.
    /// </summary>
    public static bool TryDecompress(ReadOnlySpan<byte> encoded, out AffinePoint<Fp2> point)
    {
        point = AffinePoint<Fp2>.Infinity;
        if (encoded.Length != CompressedLength) return false;
        if (!PointCompression.TryReadFlags(encoded, out bool infinity, out bool largest)) return false;
        if (infinity) return PointCompression.IsCanonicalInfinity(encoded);

        Span<byte> c1Bytes = stackalloc byte[Fp.ByteLength];
        encoded[..Fp.ByteLength].CopyTo(c1Bytes);
        c1Bytes[0] &= PointCompression.CoordinateMask;
        if (!Fp.TryFromBigEndian(c1Bytes, out Fp c1) || !Fp.TryFromBigEndian(encoded[Fp.ByteLength..], out Fp c0)) return false;
        var x = new Fp2(c0, c1);
        if (!Fp2.TrySqrt(Fp2.Square(x) * x + B, out Fp2 y)) return false;
        if (y.IsLexicographicallyLargest() != largest) y = -y;
        point = new AffinePoint<Fp2>(x, y);
        return true;
    }

    public static byte[] Compress(in AffinePoint<Fp2> p)
    {
        var output = new byte[CompressedLength];
        if (p.IsInfinity)
        {
            output[0] = PointCompression.CompressionFlag | PointCompression.InfinityFlag;
            return output;
        }
        p.X.C1.WriteBigEndian(output.AsSpan(0, Fp.ByteLength));
        p.X.C0.WriteBigEndian(output.AsSpan(Fp.ByteLength, Fp.ByteLength));
        output[0] |= PointCompression.CompressionFlag;
        if (p.Y.IsLexicographicallyLargest()) output[0] |= PointCompression.SignFlag;
        return output;
    }

    /// <summary>EIP-2537 decoding (all zeros is infinity); checks padding, canonical coordinates and the curve equation.</summary>
    public static bool TryDecodeUncompressed(ReadOnlySpan<byte> encoded, out AffinePoint<Fp2> point)
    {
        point = AffinePoint<Fp2>.Infinity;
        if (encoded.Length != UncompressedLength) return false;
        if (!encoded.ContainsAnyExcept((byte)0)) return true;
        if (!PaddedField.TryRead(encoded[..64], out Fp x0) || !PaddedField.TryRead(encoded[64..128], out Fp x1) ||
            !PaddedField.TryRead(encoded[128..192], out Fp y0) || !PaddedField.TryRead(encoded[192..], out Fp y1))
            return false;
        point = new AffinePoint<Fp2>(new Fp2(x0, x1), new Fp2(y0, y1));
        return IsOnCurve(point);
    }

    public static byte[] EncodeUncompressed(in AffinePoint<Fp2> p)
    {
        var output = new byte[UncompressedLength];
        if (p.IsInfinity) return output;
        PaddedField.Write(p.X.C0, output.AsSpan(0, 64));
        PaddedField.Write(p.X.C1, output.AsSpan(64, 64));
        PaddedField.Write(p.Y.C0, output.AsSpan(128, 64));
        PaddedField.Write(p.Y.C1, output.AsSpan(192, 64));
        return output;
    }

    private static Fp Parse(string hex)
    {
        if (!Fp.TryFromBigEndian(Convert.FromHexString(hex), out Fp value)) throw new InvalidOperationException("bad constant");
        return value;
    }
}
