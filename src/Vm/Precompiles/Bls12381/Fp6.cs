using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// Cubic extension Fp6 = Fp2[v]/(v³ − ξ), ξ = 1 + u; element C0 + C1·v + C2·v². The middle layer of the
/// pairing target field tower.
/// </summary>
public readonly struct Fp6 : IEquatable<Fp6>
{
    public readonly Fp2 C0, C1, C2;

    public Fp6(in Fp2 c0, in Fp2 c1, in Fp2 c2)
    {
        C0 = c0;
        C1 = c1;
        C2 = c2;
    }

    public static Fp6 Zero => default;
    public static Fp6 One => new(Fp2.One, Fp2.Zero, Fp2.Zero);

    public bool IsZero => C0.IsZero && C1.IsZero && C2.IsZero;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp6 operator +(in Fp6 a, in Fp6 b) => new(a.C0 + b.C0, a.C1 + b.C1, a.C2 + b.C2);
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp6 operator -(in Fp6 a, in Fp6 b) => new(a.C0 - b.C0, a.C1 - b.C1, a.C2 - b.C2);
    public static Fp6 operator -(in Fp6 a) => new(-a.C0, -a.C1, -a.C2);
    public static Fp6 operator *(in Fp6 a, in Fp6 b) => Multiply(a, b);

    /// <summary>
    /// Karatsuba over the three coefficients; v³ = ξ folds the degree-3 and degree-4 terms back:
    /// c0 = a0b0 + ξ(a1b2 + a2b1), c1 = a0b1 + a1b0 + ξa2b2, c2 = a0b2 + a1b1 + a2b0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp6 Multiply(in Fp6 a, in Fp6 b)
    {
        Fp2 t0 = a.C0 * b.C0;
        Fp2 t1 = a.C1 * b.C1;
        Fp2 t2 = a.C2 * b.C2;
        Fp2 c0 = t0 + Fp2.MultiplyByNonResidue((a.C1 + a.C2) * (b.C1 + b.C2) - t1 - t2);
        Fp2 c1 = (a.C0 + a.C1) * (b.C0 + b.C1) - t0 - t1 + Fp2.MultiplyByNonResidue(t2);
        Fp2 c2 = (a.C0 + a.C2) * (b.C0 + b.C2) - t0 - t2 + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>Squaring by the same formulas with a = b (Chung–Hasan style savings are not needed here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp6 Square(in Fp6 a)
    {
        Fp2 t0 = Fp2.Square(a.C0);
        Fp2 t1 = Fp2.Square(a.C1);
        Fp2 t2 = Fp2.Square(a.C2);
        Fp2 c0 = t0 + Fp2.MultiplyByNonResidue(Fp2.Double(a.C1 * a.C2));
        Fp2 c1 = Fp2.Double(a.C0 * a.C1) + Fp2.MultiplyByNonResidue(t2);
        Fp2 c2 = Fp2.Double(a.C0 * a.C2) + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>a·v = ξa2 + a0·v + a1·v².</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp6 MultiplyByV(in Fp6 a) => new(Fp2.MultiplyByNonResidue(a.C2), a.C0, a.C1);

    /// <summary>a·(b0 + b1·v): the shape of a Miller-loop line's first half.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp6 MultiplyBy01(in Fp6 a, in Fp2 b0, in Fp2 b1)
    {
        Fp2 t0 = a.C0 * b0;
        Fp2 t1 = a.C1 * b1;
        Fp2 c0 = t0 + Fp2.MultiplyByNonResidue(a.C2 * b1);
        Fp2 c1 = (a.C0 + a.C1) * (b0 + b1) - t0 - t1;
        Fp2 c2 = t1 + a.C2 * b0;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>a·(b1·v) = ξa2b1 + a0b1·v + a1b1·v².</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp6 MultiplyBy1(in Fp6 a, in Fp2 b1) =>
        new(Fp2.MultiplyByNonResidue(a.C2 * b1), a.C0 * b1, a.C1 * b1);

    /// <summary>
    /// Inverse as (A + Bv + Cv²)/F with A = a0² − ξa1a2, B = ξa2² − a0a1, C = a1² − a0a2 and
    /// F = a0A + ξ(a2B + a1C), which makes the v and v² terms of the product vanish.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fp6 Invert(in Fp6 a)
    {
        Fp2 A = Fp2.Square(a.C0) - Fp2.MultiplyByNonResidue(a.C1 * a.C2);
        Fp2 B = Fp2.MultiplyByNonResidue(Fp2.Square(a.C2)) - a.C0 * a.C1;
        Fp2 C = Fp2.Square(a.C1) - a.C0 * a.C2;
        Fp2 F = a.C0 * A + Fp2.MultiplyByNonResidue(a.C2 * B + a.C1 * C);
        Fp2 inverseF = Fp2.Invert(F);
        return new Fp6(A * inverseF, B * inverseF, C * inverseF);
    }

    public bool Equals(Fp6 other) => C0.Equals(other.C0) && C1.Equals(other.C1) && C2.Equals(other.C2);

    public override bool Equals(object? obj) => obj is Fp6 other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(C0, C1, C2);
}
