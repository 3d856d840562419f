namespace ParallelEvm.Vm.Precompiles.Bn254;

/// <summary>
/// f^((p¹² − 1)/r), split as (p⁶ − 1)(p² + 1) · (p⁴ − p² + 1)/r. The hard part uses the BN decomposition
/// (p⁴ − p² + 1)/r = λ₀ + λ₁p + λ₂p² + λ₃p³ with λ₃ = 1, λ₂ = 6u² + 1, λ₁ = −36u³ − 18u² − 12u + 1,
/// λ₀ = −36u³ − 30u² − 18u − 2, evaluated with three exponentiations by u and the addition chain of
/// Scott et al., "On the final exponentiation for calculating pairings on ordinary elliptic curves" (2009).
/// </summary>
internal static class FinalExponentiation
{
    public static Fp12 Apply(in Fp12 f)
    {
        // Easy part: f^(p⁶ − 1) = conj(f)/f, then ^(p² + 1). The result is in the cyclotomic subgroup, where
        // conjugation is inversion.
        Fp12 t = Fp12.Conjugate(f) * Fp12.Inverse(f);
        Fp12 m = Fp12.FrobeniusSquared(t) * t;
        return HardPart(m);
    }

    private static Fp12 HardPart(in Fp12 m)
    {
        Fp12 mx = Fp12.CyclotomicPow(m, MillerLoop.U);
        Fp12 mx2 = Fp12.CyclotomicPow(mx, MillerLoop.U);
        Fp12 mx3 = Fp12.CyclotomicPow(mx2, MillerLoop.U);
        Fp12 mp = Fp12.Frobenius(m);
        Fp12 mp2 = Fp12.FrobeniusSquared(m);
        Fp12 mp3 = Fp12.Frobenius(mp2);

        // y0..y6 such that the result is y0 · y1² · y2⁶ · y3¹² · y4¹⁸ · y5³⁰ · y6³⁶.
        Fp12 y0 = mp * mp2 * mp3;                                         // m^(p + p² + p³)
        Fp12 y1 = Fp12.Conjugate(m);                                       // m^(−1)
        Fp12 y2 = Fp12.FrobeniusSquared(mx2);                              // m^(u²p²)
        Fp12 y3 = Fp12.Conjugate(Fp12.Frobenius(mx));                     // m^(−up)
        Fp12 y4 = Fp12.Conjugate(mx * Fp12.Frobenius(mx2));               // m^(−u − u²p)
        Fp12 y5 = Fp12.Conjugate(mx2);                                     // m^(−u²)
        Fp12 y6 = Fp12.Conjugate(mx3 * Fp12.Frobenius(mx3));              // m^(−u³ − u³p)

        Fp12 t0 = Fp12.CyclotomicSquare(y6) * y4 * y5;
        Fp12 t1 = y3 * y5 * t0;
        t0 *= y2;
        t1 = Fp12.CyclotomicSquare(Fp12.CyclotomicSquare(t1) * t0);
        t0 = t1 * y1;
        t1 *= y0;
        return Fp12.CyclotomicSquare(t0) * t1;
    }
}
