namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// F_p⁶ = F_p²[v]/(v³ − ξ), ξ = 9 + i: value C0 + C1·v + C2·v². The middle layer of the 2-3-2 tower
/// (Beuchat et al., "High-Speed Software Implementation of the Optimal Ate Pairing over BN Curves", 2010).
/// </summary>
internal readonly struct Fp6 : IEquatable<Fp6>
{
    public readonly Fp2 C0, C1, C2;

    public Fp6(in Fp2 c0, in Fp2 c1, in Fp2 c2) { C0 = c0; C1 = c1; C2 = c2; }

    public static Fp6 Zero => default;
    public static Fp6 One { get; } = new(Fp2.One, Fp2.Zero, Fp2.Zero);

    public bool IsZero => C0.IsZero && C1.IsZero && C2.IsZero;

    public static Fp6 operator +(in Fp6 a, in Fp6 b) => new(a.C0 + b.C0, a.C1 + b.C1, a.C2 + b.C2);
    public static Fp6 operator -(in Fp6 a, in Fp6 b) => new(a.C0 - b.C0, a.C1 - b.C1, a.C2 - b.C2);
    public static Fp6 operator -(in Fp6 a) => new(-a.C0, -a.C1, -a.C2);

    public static Fp6 operator *(in Fp6 a, in Fp6 b)
    {
        // Karatsuba over the cubic extension (Devegili, Ó hÉigeartaigh, Scott, Dahab 2006): 6 F_p² products.
        Fp2 v0 = a.C0 * b.C0;
        Fp2 v1 = a.C1 * b.C1;
        Fp2 v2 = a.C2 * b.C2;
        Fp2 c0 = v0 + Fp2.MulByXi((a.C1 + a.C2) * (b.C1 + b.C2) - v1 - v2);
        Fp2 c1 = (a.C0 + a.C1) * (b.C0 + b.C1) - v0 - v1 + Fp2.MulByXi(v2);
        Fp2 c2 = (a.C0 + a.C2) * (b.C0 + b.C2) - v0 - v2 + v1;
        return new Fp6(c0, c1, c2);
    }

    public static Fp6 operator *(in Fp6 a, in Fp2 s) => new(a.C0 * s, a.C1 * s, a.C2 * s);

    /// <summary>a·(b0 + b1·v): the shape of line-function coefficients; 5 F_p² products.</summary>
    public static Fp6 MulBy01(in Fp6 a, in Fp2 b0, in Fp2 b1)
    {
        Fp2 v0 = a.C0 * b0;
        Fp2 v1 = a.C1 * b1;
        Fp2 c0 = v0 + Fp2.MulByXi(a.C2 * b1);
        Fp2 c1 = (a.C0 + a.C1) * (b0 + b1) - v0 - v1;
        Fp2 c2 = a.C2 * b0 + v1;
        return new Fp6(c0, c1, c2);
    }

    public static Fp6 Square(in Fp6 a)
    {
        // Chung–Hasan SQR2: a0² + ξ·2a1a2, 2a0a1 + ξ·a2², a1² + 2a0a2 (the last via (a0 − a1 + a2)²).
        Fp2 s0 = Fp2.Square(a.C0);
        Fp2 ab = a.C0 * a.C1;
        Fp2 s1 = ab + ab;
        Fp2 s2 = Fp2.Square(a.C0 - a.C1 + a.C2);
        Fp2 bc = a.C1 * a.C2;
        Fp2 s3 = bc + bc;
        Fp2 s4 = Fp2.Square(a.C2);
        return new Fp6(s0 + Fp2.MulByXi(s3), s1 + Fp2.MulByXi(s4), s1 + s2 + s3 - s0 - s4);
    }

    /// <summary>a·v: shifts coefficients up, the top one wrapping round times ξ (v³ = ξ).</summary>
    public static Fp6 MulByV(in Fp6 a) => new(Fp2.MulByXi(a.C2), a.C0, a.C1);

    public static Fp6 Inverse(in Fp6 a)
    {
        // The adjugate over the cubic extension: a·(t0 + t1·v + t2·v²) = N(a) ∈ F_p².
        Fp2 t0 = Fp2.Square(a.C0) - Fp2.MulByXi(a.C1 * a.C2);
        Fp2 t1 = Fp2.MulByXi(Fp2.Square(a.C2)) - a.C0 * a.C1;
        Fp2 t2 = Fp2.Square(a.C1) - a.C0 * a.C2;
        Fp2 norm = a.C0 * t0 + Fp2.MulByXi(a.C2 * t1 + a.C1 * t2);
        Fp2 normInverse = Fp2.Inverse(norm);
        return new Fp6(t0 * normInverse, t1 * normInverse, t2 * normInverse);
    }

    public bool Equals(Fp6 other) => C0.Equals(other.C0) && C1.Equals(other.C1) && C2.Equals(other.C2);
    public override bool Equals(object? obj) => obj is Fp6 other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(C0, C1, C2);
}
