using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// Optimal ate pairing on BLS12-381: a Miller loop over |x| = 0xd201000000010000 (x is negative) followed by the
/// final exponentiation to the power (p¹² − 1)/r. Inputs must already be in G1 and G2 (callers check subgroups).
/// </summary>
public static class Pairing
{
    /// <summary>|x|, the absolute value of the BLS12-381 curve parameter x = −0xd201000000010000.</summary>
    internal const ulong AbsX = 0xd201000000010000;

    /// <summary>True if Π e(Pᵢ, Qᵢ) = 1; pairs with a point at infinity contribute 1. An empty product is 1.</summary>
    public static bool Check(ReadOnlySpan<(AffinePoint<Fp> P, AffinePoint<Fp2> Q)> pairs)
    {
        var prepared = new (AffinePoint<Fp>, G2Prepared)[pairs.Length];
        for (int i = 0; i < pairs.Length; i++) prepared[i] = (pairs[i].P, new G2Prepared(pairs[i].Q));
        return Check(prepared);
    }

    /// <summary>As <see cref="Check(ReadOnlySpan{ValueTuple{AffinePoint{Fp}, AffinePoint{Fp2}}})"/> with prepared G2 points.</summary>
    public static bool Check(ReadOnlySpan<(AffinePoint<Fp> P, G2Prepared Q)> pairs) =>
        FinalExponentiation(MillerLoop(pairs)).IsOne;

    /// <summary>e(P, Q) as an element of GT ⊂ Fp12 (reference use; Check is cheaper for products).</summary>
    public static Fp12 Compute(in AffinePoint<Fp> p, in AffinePoint<Fp2> q) =>
        FinalExponentiation(MillerLoop([(p, new G2Prepared(q))]));

    internal static Fp12 MillerLoop(ReadOnlySpan<(AffinePoint<Fp> P, AffinePoint<Fp2> Q)> pairs)
    {
        var prepared = new (AffinePoint<Fp>, G2Prepared)[pairs.Length];
        for (int i = 0; i < pairs.Length; i++) prepared[i] = (pairs[i].P, new G2Prepared(pairs[i].Q));
        return MillerLoop(prepared);
    }

    /// <summary>
    /// Product of the Miller functions f_{|x|,Qᵢ}(Pᵢ), sharing the squarings of f: for each bit of |x| below the
    /// top one, square f and multiply in the doubling line, and the addition line where the bit is set.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Fp12 MillerLoop(ReadOnlySpan<(AffinePoint<Fp> P, G2Prepared Q)> pairs)
    {
        Fp12 f = Fp12.One;
        int line = 0;
        for (int bit = 62; bit >= 0; bit--)
        {
            f = Fp12.Square(f);
            MultiplyLines(ref f, pairs, line++);
            if (((AbsX >> bit) & 1) != 0) MultiplyLines(ref f, pairs, line++);
        }
        // x < 0: f_{x,Q} = 1/f_{|x|,Q} up to factors the final exponentiation kills, and 1/f ≡ f^(p^6).
        return Fp12.Conjugate(f);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MultiplyLines(ref Fp12 f, ReadOnlySpan<(AffinePoint<Fp> P, G2Prepared Q)> pairs, int index)
    {
        foreach (var (p, q) in pairs)
        {
            if (p.IsInfinity || q.IsInfinity) continue;
            ref readonly LineCoefficients l = ref q.Lines[index];
            f = Fp12.MultiplyByLine(f, l.L0, l.Lx * p.X, l.Ly * p.Y);
        }
    }

    /// <summary>
    /// f^((p¹² − 1)/r). Easy part f^((p⁶ − 1)(p² + 1)) lands in the cyclotomic subgroup (where inversion is
    /// conjugation); the hard part uses 3·(p⁴ − p² + 1)/r = (x − 1)²·(x + p)·(x² + p² − 1) + 3, so the result is the
    /// cube of the reduced pairing: still bilinear and non-degenerate (gcd(3, r) = 1), and 1 exactly when it is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Fp12 FinalExponentiation(in Fp12 f)
    {
        Fp12 t = Fp12.Conjugate(f) * Fp12.Invert(f);
        t = Fp12.Frobenius(t, 2) * t;

        Fp12 a = ExpByX(t) * Fp12.Conjugate(t);
        Fp12 b = ExpByX(a) * Fp12.Conjugate(a);
        Fp12 c = ExpByX(b) * Fp12.Frobenius(b, 1);
        Fp12 d = ExpByX(ExpByX(c)) * Fp12.Frobenius(c, 2) * Fp12.Conjugate(c);
        return d * Fp12.Square(t) * t;
    }

    /// <summary>g^x for g in the cyclotomic subgroup: g^|x| by square-and-multiply, then conjugate because x &lt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Fp12 ExpByX(in Fp12 g)
    {
        Fp12 result = g;
        for (int bit = 62; bit >= 0; bit--)
        {
            result = Fp12.CyclotomicSquare(result);
            if (((AbsX >> bit) & 1) != 0) result *= g;
        }
        return Fp12.Conjugate(result);
    }
}
