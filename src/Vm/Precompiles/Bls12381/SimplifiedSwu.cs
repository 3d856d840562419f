namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// map_to_curve_simple_swu (RFC 9380 section 6.6.2, as restated in EIP-2537's field_to_curve.md) onto a curve
/// y² = x³ + A·x + B with A·B ≠ 0: the isogenous curves E'₁ and E'₂, since BLS12-381 itself has A = 0.
/// One overload per field; the steps are numbered as in the specification.
/// </summary>
public static class SimplifiedSwu
{
    /// <summary>Constants of one target curve, with the two quotients the map needs precomputed.</summary>
    public sealed class Curve<F> where F : struct, IField<F>
    {
        public readonly F A, B, Z;
        internal readonly F MinusBOverA, BOverZA;

        public Curve(in F a, in F b, in F z)
        {
            A = a;
            B = b;
            Z = z;
            MinusBOverA = F.Negate(F.Multiply(b, F.Invert(a)));
            BOverZA = F.Multiply(b, F.Invert(F.Multiply(z, a)));
        }

        internal F G(in F x) => F.Add(F.Multiply(F.Add(F.Square(x), A), x), B);
    }

    public static AffinePoint<Fp> Map(in Fp u, Curve<Fp> curve)
    {
        Fp zu2 = curve.Z * Fp.Square(u);
        Fp tv1 = Fp.Invert(Fp.Square(zu2) + zu2);                       // 1. inv0(Z²u⁴ + Zu²)
        Fp x1 = tv1.IsZero ? curve.BOverZA : curve.MinusBOverA * (Fp.One + tv1); // 2, 3.
        Fp x;
        if (Fp.TrySqrt(curve.G(x1), out Fp y)) x = x1;                  // 4, 7.
        else
        {
            x = zu2 * x1;                                                // 5.
            if (!Fp.TrySqrt(curve.G(x), out y))                          // 6, 8.
                throw new InvalidOperationException("simplified SWU: neither g(x1) nor g(x2) is square (bad Z)");
        }
        if (u.Sgn0() != y.Sgn0()) y = -y;                                // 9.
        return new AffinePoint<Fp>(x, y);
    }

    public static AffinePoint<Fp2> Map(in Fp2 u, Curve<Fp2> curve)
    {
        Fp2 zu2 = curve.Z * Fp2.Square(u);
        Fp2 tv1 = Fp2.Invert(Fp2.Square(zu2) + zu2);
        Fp2 x1 = tv1.IsZero ? curve.BOverZA : curve.MinusBOverA * (Fp2.One + tv1);
        Fp2 x;
        if (Fp2.TrySqrt(curve.G(x1), out Fp2 y)) x = x1;
        else
        {
            x = zu2 * x1;
            if (!Fp2.TrySqrt(curve.G(x), out y))
                throw new InvalidOperationException("simplified SWU: neither g(x1) nor g(x2) is square (bad Z)");
        }
        if (u.Sgn0() != y.Sgn0()) y = -y;
        return new AffinePoint<Fp2>(x, y);
    }
}
