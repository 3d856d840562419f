using System.Runtime.CompilerServices;
using System.Numerics;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// Top of the tower, Fp12 = Fp6[w]/(w² − v), element C0 + C1·w; pairing values live here.
/// Seen over Fp2 the element is Σ cᵢwⁱ (i = 0..5) with w⁶ = ξ, and
/// (c0, c1, c2, c3, c4, c5) = (C0.C0, C1.C0, C0.C1, C1.C1, C0.C2, C1.C2).
/// </summary>
public readonly struct Fp12 : IEquatable<Fp12>
{
    public readonly Fp6 C0, C1;

    public Fp12(in Fp6 c0, in Fp6 c1)
    {
        C0 = c0;
        C1 = c1;
    }

    public static Fp12 One => new(Fp6.One, Fp6.Zero);

    public bool IsOne => Equals(One);

    public static Fp12 operator *(in Fp12 a, in Fp12 b) => Multiply(a, b);

    /// <summary>Karatsuba with w² = v: (a0 + a1w)(b0 + b1w) = a0b0 + a1b1·v + ((a0+a1)(b0+b1) − a0b0 − a1b1)w.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp12 Multiply(in Fp12 a, in Fp12 b)
    {
        Fp6 t0 = a.C0 * b.C0;
        Fp6 t1 = a.C1 * b.C1;
        Fp6 c1 = (a.C0 + a.C1) * (b.C0 + b.C1) - t0 - t1;
        return new Fp12(t0 + Fp6.MultiplyByV(t1), c1);
    }

    /// <summary>(a0 + a1w)² = (a0 + a1)(a0 + v·a1) − a0a1 − v·a0a1 + 2a0a1·w (two Fp6 products).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp12 Square(in Fp12 a)
    {
        Fp6 product = a.C0 * a.C1;
        Fp6 c0 = (a.C0 + a.C1) * (a.C0 + Fp6.MultiplyByV(a.C1)) - product - Fp6.MultiplyByV(product);
        return new Fp12(c0, product + product);
    }

    /// <summary>
    /// Squaring valid only in the cyclotomic subgroup (a^(p⁶+1) = 1, e.g. after the easy part of the final
    /// exponentiation): Granger–Scott, "Faster Squaring in the Cyclotomic Subgroup of Sixth Degree Extensions".
    /// View a as A0 + A1·w + A2·w² over Fp4 = Fp2[s]/(s² − ξ), s = w³, with Aj = cj + c(j+3)·s; then
    /// a² = (3A0² − 2Ā0) + (3s·A2² + 2Ā1)·w + (3A1² − 2Ā2)·w², where Ā is conjugation over Fp2 (s ↦ −s).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp12 CyclotomicSquare(in Fp12 a)
    {
        Fp2 c0 = a.C0.C0, c1 = a.C1.C0, c2 = a.C0.C1, c3 = a.C1.C1, c4 = a.C0.C2, c5 = a.C1.C2;
        Fp4Square(c0, c3, out Fp2 a0Re, out Fp2 a0Im);
        Fp4Square(c1, c4, out Fp2 a1Re, out Fp2 a1Im);
        Fp4Square(c2, c5, out Fp2 a2Re, out Fp2 a2Im);

        // s·(x + y·s) = ξy + x·s
        Fp2 sA2Re = Fp2.MultiplyByNonResidue(a2Im);
        Fp2 sA2Im = a2Re;

        Fp2 n0 = Triple(a0Re) - Fp2.Double(c0);
        Fp2 n3 = Triple(a0Im) + Fp2.Double(c3);
        Fp2 n1 = Triple(sA2Re) + Fp2.Double(c1);
        Fp2 n4 = Triple(sA2Im) - Fp2.Double(c4);
        Fp2 n2 = Triple(a1Re) - Fp2.Double(c2);
        Fp2 n5 = Triple(a1Im) + Fp2.Double(c5);
        return new Fp12(new Fp6(n0, n2, n4), new Fp6(n1, n3, n5));
    }

    /// <summary>(x + y·s)² = (x² + ξy²) + 2xy·s in Fp4 = Fp2[s]/(s² − ξ).</summary>
    private static void Fp4Square(in Fp2 x, in Fp2 y, out Fp2 real, out Fp2 imaginary)
    {
        Fp2 xx = Fp2.Square(x);
        Fp2 yy = Fp2.Square(y);
        real = xx + Fp2.MultiplyByNonResidue(yy);
        imaginary = Fp2.Square(x + y) - xx - yy;
    }

    private static Fp2 Triple(in Fp2 a) => Fp2.Double(a) + a;

    /// <summary>
    /// Multiplies by a sparse Miller-loop line l0 + l2·w² + l3·w³, i.e. (l0 + l2·v) + (l3·v)·w.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp12 MultiplyByLine(in Fp12 a, in Fp2 l0, in Fp2 l2, in Fp2 l3)
    {
        Fp6 t0 = Fp6.MultiplyBy01(a.C0, l0, l2);
        Fp6 t1 = Fp6.MultiplyBy1(a.C1, l3);
        Fp6 c1 = Fp6.MultiplyBy01(a.C0 + a.C1, l0, l2 + l3) - t0 - t1;
        return new Fp12(t0 + Fp6.MultiplyByV(t1), c1);
    }

    /// <summary>a^(p^6): w^(p^6) = −w, so this negates C1. On the cyclotomic subgroup it is the inverse.</summary>
    public static Fp12 Conjugate(in Fp12 a) => new(a.C0, -a.C1);

    /// <summary>(a0 + a1w)⁻¹ = (a0 − a1w)/(a0² − v·a1²).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp12 Invert(in Fp12 a)
    {
        Fp6 norm = Fp6.Square(a.C0) - Fp6.MultiplyByV(Fp6.Square(a.C1));
        Fp6 inverseNorm = Fp6.Invert(norm);
        return new Fp12(a.C0 * inverseNorm, -(a.C1 * inverseNorm));
    }

    /// <summary>
    /// a^(p^k) for k = 1, 2, 3: (cᵢwⁱ)^(p^k) = cᵢ^(p^k)·wⁱ·ξ^(i(p^k−1)/6), where cᵢ^(p^k) is k-fold conjugation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp12 Frobenius(in Fp12 a, int k)
    {
        ReadOnlySpan<Fp2> g = FrobeniusCoefficients.ForPower(k);
        bool odd = (k & 1) == 1;
        return new Fp12(
            new Fp6(FrobeniusTerm(a.C0.C0, g[0], odd), FrobeniusTerm(a.C0.C1, g[2], odd), FrobeniusTerm(a.C0.C2, g[4], odd)),
            new Fp6(FrobeniusTerm(a.C1.C0, g[1], odd), FrobeniusTerm(a.C1.C1, g[3], odd), FrobeniusTerm(a.C1.C2, g[5], odd)));
    }

    private static Fp2 FrobeniusTerm(in Fp2 c, in Fp2 gamma, bool conjugate) => (conjugate ? Fp2.Conjugate(c) : c) * gamma;

    /// <summary>a^e for a non-negative exponent (tests and reference computations).</summary>
    public static Fp12 Pow(in Fp12 a, BigInteger exponent)
    {
        Fp12 result = One;
        for (long bit = (long)exponent.GetBitLength() - 1; bit >= 0; bit--)
        {
            result = Square(result);
            if (!(exponent >> (int)bit).IsEven) result = Multiply(result, a);
        }
        return result;
    }

    public bool Equals(Fp12 other) => C0.Equals(other.C0) && C1.Equals(other.C1);

    public override bool Equals(object? obj) => obj is Fp12 other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(C0, C1);
}
