using System.Runtime.CompilerServices;

namespace ParallelEvm.Vm.Precompiles.Bls12381;

/// <summary>
/// EIP-2537 MAP_FP_TO_G1 / MAP_FP2_TO_G2 (field_to_curve.md): map_to_curve_simple_swu onto the isogenous curve,
/// iso_map onto BLS12-381, then clear_cofactor — RFC 9380's map_to_curve plus clear_cofactor for the suites
/// BLS12381G1_XMD:SHA-256_SSWU_ and BLS12381G2_XMD:SHA-256_SSWU_, without hashing bytes to field elements.
/// </summary>
public static class MapToCurve
{
    /// <summary>h_eff for G1 = 1 − x = 0xd201000000010001 (RFC 9380 section 8.8.1).</summary>
    internal const ulong G1EffectiveCofactor = 0xd201000000010001;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AffinePoint<Fp> ToG1(in Fp u) =>
        G1Isogeny.Map(SimplifiedSwu.Map(u, G1Isogeny.Curve)).Multiply(G1EffectiveCofactor).ToAffine();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AffinePoint<Fp2> ToG2(in Fp2 u) =>
        ClearG2Cofactor(G2Isogeny.Map(SimplifiedSwu.Map(u, G2Isogeny.Curve))).ToAffine();

    /// <summary>
    /// [h_eff]P for G2 via the endomorphism (Budroni–Pintore; RFC 9380 appendix G.3, clear_cofactor_bls12381_g2):
    /// h_eff·P = [x² − x − 1]P + [x − 1]ψ(P) + ψ²(2P), evaluated with two multiplications by the 64-bit x instead of
    /// one by the 636-bit h_eff. x is negative, so [x]T = −[|x|]T.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JacobianPoint<Fp2> ClearG2Cofactor(in JacobianPoint<Fp2> p)
    {
        JacobianPoint<Fp2> t1 = TimesX(p);                         // [x]P
        JacobianPoint<Fp2> t2 = G2Psi.Apply(p);                    // ψ(P)
        JacobianPoint<Fp2> t3 = G2Psi.Apply(G2Psi.Apply(p.Double())); // ψ²(2P)
        t3 = t3.Subtract(t2);                                      // ψ²(2P) − ψ(P)
        t2 = TimesX(t1.Add(t2));                                   // [x²]P + [x]ψ(P)
        t3 = t3.Add(t2).Subtract(t1);                              // … − [x]P
        return t3.Subtract(p);                                     // … − P
    }

    private static JacobianPoint<Fp2> TimesX(in JacobianPoint<Fp2> p) => p.Multiply(Pairing.AbsX).Negate();
}
