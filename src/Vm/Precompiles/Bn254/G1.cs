namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// G1 = E(F_p): y² = x³ + 3 (EIP-196). Its order is the prime r (cofactor 1), so every curve point is in G1.
/// Encoded as x ‖ y, two 32-byte big-endian integers; (0, 0) encodes the point at infinity (it is not on the curve).
/// </summary>
internal static class G1
{
    public const int EncodedLength = 64;

    private static readonly Fp B = Fp.FromUInt64(3);

    /// <summary>Reads an affine point, (0, 0) for infinity. False when a coordinate is ≥ p or the point is off the curve.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes64, out Fp x, out Fp y)
    {
        y = default;
        if (!Fp.TryReadBigEndian(bytes64[..32], out x) || !Fp.TryReadBigEndian(bytes64[32..64], out y)) return false;
        return (x.IsZero && y.IsZero) || IsOnCurve(x, y);
    }

    public static bool IsOnCurve(in Fp x, in Fp y) => Fp.Square(y) == Fp.Square(x) * x + B;

    public static JacobianPoint<Fp> ToJacobian(in Fp x, in Fp y) =>
        x.IsZero && y.IsZero ? JacobianPoint<Fp>.Infinity : JacobianPoint<Fp>.FromAffine(x, y);

    /// <summary>Writes the affine encoding (64 zero bytes for infinity).</summary>
    public static void Write(in JacobianPoint<Fp> point, Span<byte> destination64)
    {
        (Fp x, Fp y) = point.ToAffine();
        x.WriteBigEndian(destination64[..32]);
        y.WriteBigEndian(destination64[32..64]);
    }
}
