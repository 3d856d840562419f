namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// G2: the order-r subgroup of the sextic twist E'(F_p²): y² = x³ + 3/ξ, ξ = 9 + i (EIP-197). The twist has a
/// large cofactor, so membership needs an explicit check. Encoded as x_imag ‖ x_real ‖ y_imag ‖ y_real
/// (imaginary part first), each 32 bytes big-endian; all zeros encodes the point at infinity.
/// </summary>
internal static class G2
{
    public const int EncodedLength = 128;

    /// <summary>b' = 3/ξ.</summary>
    public static readonly Fp2 B = new Fp2(Fp.FromUInt64(3), Fp.Zero) * Fp2.Inverse(Fp2.Xi);

    /// <summary>The group order r, big-endian.</summary>
    private static readonly byte[] Order = Convert.FromHexString("30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001");

    /// <summary>Reads an affine G2 point, (0, 0) for infinity. False when a coordinate is ≥ p, the point is off the twist,
    /// or it lies outside the order-r subgroup.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes128, out Fp2 x, out Fp2 y)
    {
        x = default;
        y = default;
        if (!Fp.TryReadBigEndian(bytes128[..32], out Fp xImaginary) ||
            !Fp.TryReadBigEndian(bytes128[32..64], out Fp xReal) ||
            !Fp.TryReadBigEndian(bytes128[64..96], out Fp yImaginary) ||
            !Fp.TryReadBigEndian(bytes128[96..128], out Fp yReal))
        {
            return false;
        }
        x = new Fp2(xReal, xImaginary);
        y = new Fp2(yReal, yImaginary);
        if (x.IsZero && y.IsZero) return true;
        return IsOnTwist(x, y) && IsInSubgroup(x, y);
    }

    public static bool IsOnTwist(in Fp2 x, in Fp2 y) => Fp2.Square(y).Equals(Fp2.Square(x) * x + B);

    /// <summary>[r]·Q = O. Plain scalar multiplication: the call is priced far above its cost.</summary>
    public static bool IsInSubgroup(in Fp2 x, in Fp2 y) => JacobianPoint<Fp2>.Multiply(x, y, Order).IsInfinity;

    /// <summary>
    /// The p-power Frobenius endomorphism carried to the twist: untwist (x·w², y·w³), raise to p, twist back:
    /// (conj(x)·γ₂, conj(y)·γ₃). On G2 it acts as multiplication by p.
    /// </summary>
    public static (Fp2 X, Fp2 Y) Frobenius(in Fp2 x, in Fp2 y) =>
        (Fp2.Conjugate(x) * FrobeniusConstants.Gamma2, Fp2.Conjugate(y) * FrobeniusConstants.Gamma3);

    /// <summary>The p²-power Frobenius on the twist: (x·δ₂, y·δ₃).</summary>
    public static (Fp2 X, Fp2 Y) FrobeniusSquared(in Fp2 x, in Fp2 y) =>
        (x * FrobeniusConstants.Delta2, y * FrobeniusConstants.Delta3);
}
