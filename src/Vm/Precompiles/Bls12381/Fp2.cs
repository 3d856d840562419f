using System.Runtime.CompilerServices;
using System.Numerics;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// Quadratic extension Fp2 = Fp[u]/(u² + 1) (draft-irtf-cfrg-pairing-friendly-curves, BLS12_381), element C0 + C1·u.
/// G2 coordinates live here.
/// </summary>
public readonly struct Fp2 : IField<Fp2>
{
    public readonly Fp C0, C1;

    public Fp2(in Fp c0, in Fp c1)
    {
        C0 = c0;
        C1 = c1;
    }

    public static Fp2 Zero => default;
    public static Fp2 One => new(Fp.One, Fp.Zero);

    /// <summary>ξ = 1 + u: the non-residue defining Fp6 (v³ = ξ) and the G2 twist b' = 4ξ.</summary>
    public static Fp2 NonResidue => new(Fp.One, Fp.One);

    public bool IsZero => C0.IsZero && C1.IsZero;

    public bool IsOne => C0.IsOne && C1.IsZero;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp2 Add(in Fp2 a, in Fp2 b) => new(a.C0 + b.C0, a.C1 + b.C1);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp2 Subtract(in Fp2 a, in Fp2 b) => new(a.C0 - b.C0, a.C1 - b.C1);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp2 Negate(in Fp2 a) => new(-a.C0, -a.C1);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp2 Double(in Fp2 a) => new(Fp.Double(a.C0), Fp.Double(a.C1));

    /// <summary>Karatsuba: (a0 + a1u)(b0 + b1u) = (a0b0 − a1b1) + ((a0+a1)(b0+b1) − a0b0 − a1b1)u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp2 Multiply(in Fp2 a, in Fp2 b)
    {
        Fp v0 = a.C0 * b.C0;
        Fp v1 = a.C1 * b.C1;
        Fp cross = (a.C0 + a.C1) * (b.C0 + b.C1);
        return new Fp2(v0 - v1, cross - v0 - v1);
    }

    /// <summary>(a0 + a1u)² = (a0+a1)(a0−a1) + 2a0a1·u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp2 Square(in Fp2 a)
    {
        Fp real = (a.C0 + a.C1) * (a.C0 - a.C1);
        Fp imaginary = a.C0 * a.C1;
        return new Fp2(real, Fp.Double(imaginary));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp2 MultiplyByFp(in Fp2 a, in Fp b) => new(a.C0 * b, a.C1 * b);

    /// <summary>a·ξ = (a0 + a1u)(1 + u) = (a0 − a1) + (a0 + a1)u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp2 MultiplyByNonResidue(in Fp2 a) => new(a.C0 - a.C1, a.C0 + a.C1);

    /// <summary>a^p, which for Fp2 is conjugation (u^p = −u since p ≡ 3 mod 4).</summary>
    public static Fp2 Conjugate(in Fp2 a) => new(a.C0, -a.C1);

    /// <summary>(a0 + a1u)⁻¹ = (a0 − a1u)/(a0² + a1²); zero maps to zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp2 Invert(in Fp2 a)
    {
        Fp norm = Fp.Square(a.C0) + Fp.Square(a.C1);
        Fp inverseNorm = Fp.Invert(norm);
        return new Fp2(a.C0 * inverseNorm, -(a.C1 * inverseNorm));
    }

    /// <summary>
    /// Square root via the norm: if x = x0 + x1u squares to a, then N(a) = a0² + a1² = N(x)², so with s = √N(a)
    /// we get x0² = (a0 ± s)/2 and x1 = a1/(2x0). The result is verified by squaring.
    /// </summary>
    public static bool TrySqrt(in Fp2 a, out Fp2 root)
    {
        if (a.C1.IsZero)
        {
            // a is in Fp: either √a0 or √(−a0)·u.
            if (Fp.TrySqrt(a.C0, out Fp r)) { root = new Fp2(r, Fp.Zero); return true; }
            if (Fp.TrySqrt(-a.C0, out r)) { root = new Fp2(Fp.Zero, r); return true; }
            root = default;
            return false;
        }
        if (!Fp.TrySqrt(Fp.Square(a.C0) + Fp.Square(a.C1), out Fp s))
        {
            root = default;
            return false;
        }
        Fp half = Fp.Invert(Fp.FromUInt64(2));
        if (!Fp.TrySqrt((a.C0 + s) * half, out Fp x0) && !Fp.TrySqrt((a.C0 - s) * half, out x0))
        {
            root = default;
            return false;
        }
        Fp x1 = a.C1 * Fp.Invert(Fp.Double(x0));
        root = new Fp2(x0, x1);
        return Square(root).Equals(a);
    }

    /// <summary>
    /// ZCash serialization sign for Fp2: compare the imaginary part first, the real part only when it is zero.
    /// </summary>
    public bool IsLexicographicallyLargest() =>
        C1.IsZero ? C0.IsLexicographicallyLargest() : C1.IsLexicographicallyLargest();

    /// <summary>RFC 9380 sgn0 for m = 2: sgn0(c0), or sgn0(c1) when c0 is zero.</summary>
    public bool Sgn0() => C0.IsZero ? C1.Sgn0() : C0.Sgn0();

    /// <summary>a^e for a non-negative integer exponent (constant derivation and tests only).</summary>
    public static Fp2 Pow(in Fp2 a, BigInteger exponent)
    {
        Fp2 result = One;
        for (long bit = (long)exponent.GetBitLength() - 1; bit >= 0; bit--)
        {
            result = Square(result);
            if (!(exponent >> (int)bit).IsEven) result = Multiply(result, a);
        }
        return result;
    }

    public static Fp2 operator +(in Fp2 a, in Fp2 b) => Add(a, b);
    public static Fp2 operator -(in Fp2 a, in Fp2 b) => Subtract(a, b);
    public static Fp2 operator -(in Fp2 a) => Negate(a);
    public static Fp2 operator *(in Fp2 a, in Fp2 b) => Multiply(a, b);
    public static Fp2 operator *(in Fp2 a, in Fp b) => MultiplyByFp(a, b);
    public static bool operator ==(in Fp2 a, in Fp2 b) => a.Equals(b);
    public static bool operator !=(in Fp2 a, in Fp2 b) => !a.Equals(b);

    public bool Equals(Fp2 other) => C0.Equals(other.C0) && C1.Equals(other.C1);

    public override bool Equals(object? obj) => obj is Fp2 other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(C0, C1);

    public override string ToString() => $"({C0} + {C1}·u)";
}
