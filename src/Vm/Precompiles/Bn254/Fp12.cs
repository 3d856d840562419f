namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// F_p¹² = F_p⁶[w]/(w² − v): value C0 + C1·w, where pairing values live. Since w² = v and v³ = ξ, w⁶ = ξ, so an
/// element is also Σ cᵢ·wⁱ with (c0, c2, c4) = C0 and (c1, c3, c5) = C1 — the view the Frobenius maps use.
/// </summary>
internal readonly struct Fp12 : IEquatable<Fp12>
{
    public readonly Fp6 C0, C1;

    public Fp12(in Fp6 c0, in Fp6 c1) { C0 = c0; C1 = c1; }

    public static Fp12 One { get; } = new(Fp6.One, Fp6.Zero);

    public bool IsOne => Equals(One);

    public static Fp12 operator *(in Fp12 a, in Fp12 b)
    {
        // Karatsuba over the quadratic extension: (a0 + a1w)(b0 + b1w) = a0b0 + a1b1·v + ((a0+a1)(b0+b1) − a0b0 − a1b1)·w.
        Fp6 v0 = a.C0 * b.C0;
        Fp6 v1 = a.C1 * b.C1;
        return new Fp12(v0 + Fp6.MulByV(v1), (a.C0 + a.C1) * (b.C0 + b.C1) - v0 - v1);
    }

    public static Fp12 Square(in Fp12 a)
    {
        // Complex squaring: a0² + a1²v = (a0 + a1)(a0 + a1v) − a0a1 − a0a1·v; the w part is 2a0a1.
        Fp6 product = a.C0 * a.C1;
        Fp6 c0 = (a.C0 + a.C1) * (a.C0 + Fp6.MulByV(a.C1)) - product - Fp6.MulByV(product);
        return new Fp12(c0, product + product);
    }

    /// <summary>
    /// a·ℓ for a line value ℓ = l0 + l1·w + l3·w³ (the only non-zero coefficients a line through twist points
    /// evaluated at a G1 point has): in tower form ℓ = (l0, 0, 0) + (l1, l3, 0)·w. 13 F_p² products instead of 18.
    /// </summary>
    public static Fp12 MulByLine(in Fp12 a, in Fp2 l0, in Fp2 l1, in Fp2 l3)
    {
        Fp6 t0 = a.C0 * l0;
        Fp6 t1 = Fp6.MulBy01(a.C1, l1, l3);
        Fp6 c1 = Fp6.MulBy01(a.C0 + a.C1, l0 + l1, l3) - t0 - t1;
        return new Fp12(t0 + Fp6.MulByV(t1), c1);
    }

    /// <summary>a^(p⁶): negates the w part. On the cyclotomic subgroup (after the easy part of the final
    /// exponentiation) this is the inverse.</summary>
    public static Fp12 Conjugate(in Fp12 a) => new(a.C0, -a.C1);

    public static Fp12 Inverse(in Fp12 a)
    {
        // 1/(a0 + a1w) = (a0 − a1w)/(a0² − a1²v)
        Fp6 normInverse = Fp6.Inverse(Fp6.Square(a.C0) - Fp6.MulByV(Fp6.Square(a.C1)));
        return new Fp12(a.C0 * normInverse, -(a.C1 * normInverse));
    }

    /// <summary>a^p: conjugate every F_p² coefficient cᵢ of wⁱ and multiply it by γᵢ.</summary>
    public static Fp12 Frobenius(in Fp12 a) => new(
        new Fp6(
            Fp2.Conjugate(a.C0.C0),
            Fp2.Conjugate(a.C0.C1) * FrobeniusConstants.Gamma2,
            Fp2.Conjugate(a.C0.C2) * FrobeniusConstants.Gamma4),
        new Fp6(
            Fp2.Conjugate(a.C1.C0) * FrobeniusConstants.Gamma1,
            Fp2.Conjugate(a.C1.C1) * FrobeniusConstants.Gamma3,
            Fp2.Conjugate(a.C1.C2) * FrobeniusConstants.Gamma5));

    /// <summary>a^(p²): coefficients are fixed (p² is even), wⁱ picks up δᵢ ∈ F_p.</summary>
    public static Fp12 FrobeniusSquared(in Fp12 a) => new(
        new Fp6(
            a.C0.C0,
            a.C0.C1 * FrobeniusConstants.Delta2,
            a.C0.C2 * FrobeniusConstants.Delta4),
        new Fp6(
            a.C1.C0 * FrobeniusConstants.Delta1,
            a.C1.C1 * FrobeniusConstants.Delta3,
            a.C1.C2 * FrobeniusConstants.Delta5));

    /// <summary>
    /// a² for a in the cyclotomic subgroup (order dividing p⁴ − p² + 1, e.g. after the easy part of the final
    /// exponentiation), by Granger and Scott, "Faster squaring in the cyclotomic subgroup of sixth degree
    /// extensions" (PKC 2010). Viewing F_p¹² as F_p⁴[w]/(w³ − s) with F_p⁴ = F_p²[s]/(s² − ξ), s = w³, and
    /// a = A + B·w + C·w²: a² = (3A² − 2Ā) + (3sC² + 2B̄)·w + (3B² − 2C̄)·w², where x̄ negates s.
    /// In tower coordinates A = (C0.C0, C1.C1), B = (C1.C0, C0.C2), C = (C0.C1, C1.C2). 6 F_p² squarings.
    /// Wrong for elements outside the subgroup.
    /// </summary>
    public static Fp12 CyclotomicSquare(in Fp12 a)
    {
        (Fp2 aa0, Fp2 aa1) = Fp4Square(a.C0.C0, a.C1.C1);
        (Fp2 bb0, Fp2 bb1) = Fp4Square(a.C1.C0, a.C0.C2);
        (Fp2 cc0, Fp2 cc1) = Fp4Square(a.C0.C1, a.C1.C2);

        Fp2 newA0 = Triple(aa0) - Fp2.Double(a.C0.C0);
        Fp2 newA1 = Triple(aa1) + Fp2.Double(a.C1.C1);
        Fp2 newB0 = Triple(Fp2.MulByXi(cc1)) + Fp2.Double(a.C1.C0);
        Fp2 newB1 = Triple(cc0) - Fp2.Double(a.C0.C2);
        Fp2 newC0 = Triple(bb0) - Fp2.Double(a.C0.C1);
        Fp2 newC1 = Triple(bb1) + Fp2.Double(a.C1.C2);
        return new Fp12(new Fp6(newA0, newC0, newB1), new Fp6(newB0, newA1, newC1));
    }

    /// <summary>(x + y·s)² = (x² + ξy²) + 2xy·s in F_p⁴ = F_p²[s]/(s² − ξ).</summary>
    private static (Fp2, Fp2) Fp4Square(in Fp2 x, in Fp2 y)
    {
        Fp2 xx = Fp2.Square(x);
        Fp2 yy = Fp2.Square(y);
        return (xx + Fp2.MulByXi(yy), Fp2.Square(x + y) - xx - yy);
    }

    private static Fp2 Triple(in Fp2 x) => Fp2.Double(x) + x;

    /// <summary>a^e for a in the cyclotomic subgroup and a non-negative exponent, square-and-multiply from the top bit.</summary>
    public static Fp12 CyclotomicPow(in Fp12 a, ulong exponent)
    {
        Fp12 result = One;
        for (int bit = 63 - System.Numerics.BitOperations.LeadingZeroCount(exponent); bit >= 0; bit--)
        {
            result = CyclotomicSquare(result);
            if (((exponent >> bit) & 1) != 0) result *= a;
        }
        return result;
    }

    public bool Equals(Fp12 other) => C0.Equals(other.C0) && C1.Equals(other.C1);
    public override bool Equals(object? obj) => obj is Fp12 other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(C0, C1);
}
